// Training classes of a province in a year.
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const TRAINING_CLASSES_QUERY = graphql(
  `
  query DashboardTrainingClasses($first: Int!, $after: String, $filter: TrainingClassFilter) {
    trainingClasses(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id topic organiser audience startsOn endsOn plannedLearners actualLearners unit { ...UnitFields } } }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof TRAINING_CLASSES_QUERY>;
export type TrainingClassRow = Result['trainingClasses']['edges'][number]['node'];

const classes = (d: Result) => d.trainingClasses;

export function useTrainingClasses(v: VariablesOf<typeof TRAINING_CLASSES_QUERY> | null) {
  return useApiQuery(TRAINING_CLASSES_QUERY, v, classes);
}
