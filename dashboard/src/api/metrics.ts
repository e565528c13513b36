// The metric catalogue (for the district comparison's metric choice).
import { gqlRequest, type RequestOptions } from './client.ts';
import type { MetricInfo } from './types.ts';
import { useQuery } from './use-query.ts';

export const METRICS_QUERY = `query DashboardMetrics { metrics { id version labelVi labelEn kind rollup rule } }`;

export async function fetchMetrics(_v: Record<string, never>, options?: RequestOptions): Promise<MetricInfo[]> {
  const data = await gqlRequest<{ metrics: MetricInfo[] }>(METRICS_QUERY, {}, options);
  return data.metrics;
}

export function useMetrics() {
  return useQuery('metrics', fetchMetrics, {});
}
