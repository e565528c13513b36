// One measure read at several as-of dates in one request (GraphQL aliases):
// the stock of certified products at each year end, by stars.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult } from './types.ts';
import { useQuery } from './use-query.ts';

export interface AnalyticsSnapshotsVariables {
  measure: AnalyticsMeasure;
  groupBy: AnalyticsDimension[];
  filter: AnalyticsFilter;
  dates: string[];
}

export function analyticsSnapshotsQuery(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) => `s${i}: analytics(measure: $measure, groupBy: $groupBy, filter: $f${i}) { asOf total { value exact } rows { value exact keys { dimension key label } } }`,
  );
  const vars = Array.from({ length: count }, (_, i) => `$f${i}: AnalyticsFilter`).join(', ');
  return `query DashboardAnalyticsSnapshots($measure: AnalyticsMeasure!, $groupBy: [AnalyticsDimension!]!, ${vars}) {\n  ${fields.join('\n  ')}\n}`;
}

export interface Snapshot {
  date: string;
  result: AnalyticsResult;
}

export async function fetchAnalyticsSnapshots(v: AnalyticsSnapshotsVariables, options?: RequestOptions): Promise<Snapshot[]> {
  if (!v.dates.length) return [];
  const variables: Record<string, unknown> = { measure: v.measure, groupBy: v.groupBy };
  v.dates.forEach((date, i) => (variables[`f${i}`] = { ...v.filter, asOf: date }));
  const data = await gqlRequest<Record<string, AnalyticsResult>>(analyticsSnapshotsQuery(v.dates.length), variables, options);
  return v.dates.map((date, i) => ({ date, result: data[`s${i}`] }));
}

export function useAnalyticsSnapshots(v: AnalyticsSnapshotsVariables | null) {
  return useQuery('analyticsSnapshots', fetchAnalyticsSnapshots, v);
}
