// Training classes of a province in a year.
import { graphql, UnitFields, type ResultOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const TRAINING_CLASSES_QUERY = graphql(
  `
  query DashboardTrainingClasses($first: Int!, $filter: TrainingClassFilter) {
    trainingClasses(first: $first, filter: $filter) {
      totalCount
      edges { node { id topic organiser audience startsOn endsOn plannedLearners actualLearners unit { ...UnitFields } } }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof TRAINING_CLASSES_QUERY>;
export type TrainingClassRow = Result['trainingClasses']['edges'][number]['node'];

export const useTrainingClasses = rootFieldHook(TRAINING_CLASSES_QUERY, 'trainingClasses');
