// The metric catalogue (for the district comparison's metric choice).
import { graphql, type ResultOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const METRICS_QUERY = graphql(`
  query DashboardMetrics { metrics { id version labelVi labelEn kind rollup rule } }
`);

export type MetricInfo = ResultOf<typeof METRICS_QUERY>['metrics'][number];

const metrics = (d: ResultOf<typeof METRICS_QUERY>) => d.metrics;

export function useMetrics() {
  return useApiQuery(METRICS_QUERY, {}, metrics);
}
