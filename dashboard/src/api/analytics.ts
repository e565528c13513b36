// A measure grouped by dimensions, aggregated by the server in one statement.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult } from './types.ts';
import { useQuery } from './use-query.ts';

export const ANALYTICS_QUERY = `query DashboardAnalytics($measure: AnalyticsMeasure!, $groupBy: [AnalyticsDimension!]!, $filter: AnalyticsFilter) {
  analytics(measure: $measure, groupBy: $groupBy, filter: $filter) {
    measure asOf
    total { value exact }
    rows { value exact keys { dimension key label } }
  }
}`;

export interface AnalyticsVariables {
  measure: AnalyticsMeasure;
  groupBy: AnalyticsDimension[];
  filter: AnalyticsFilter;
}

export async function fetchAnalytics(v: AnalyticsVariables, options?: RequestOptions): Promise<AnalyticsResult> {
  const data = await gqlRequest<{ analytics: AnalyticsResult }>(ANALYTICS_QUERY, v, options);
  return data.analytics;
}

export function useAnalytics(v: AnalyticsVariables | null) {
  return useQuery('analytics', fetchAnalytics, v);
}
