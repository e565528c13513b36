// Training classes of a province in a year.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { Connection, TrainingClassRow } from './types.ts';
import { useQuery } from './use-query.ts';

export const TRAINING_CLASSES_QUERY = `query DashboardTrainingClasses($first: Int!, $after: String, $filter: TrainingClassFilter) {
  trainingClasses(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id topic organiser audience startsOn endsOn plannedLearners actualLearners unit { code name type } } }
  }
}`;

export interface ListVariables {
  first: number;
  after: string | null;
  filter: { provinceCode: string; unitsAsOf: string; year?: number };
}

export async function fetchTrainingClasses(v: ListVariables, options?: RequestOptions): Promise<Connection<TrainingClassRow>> {
  const data = await gqlRequest<{ trainingClasses: Connection<TrainingClassRow> }>(TRAINING_CLASSES_QUERY, v, options);
  return data.trainingClasses;
}

export function useTrainingClasses(v: ListVariables | null) {
  return useQuery('trainingClasses', fetchTrainingClasses, v);
}
