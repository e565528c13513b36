// A measure grouped by dimensions, aggregated by the server in one statement.
import { AnalyticsResultFields, graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const ANALYTICS_QUERY = graphql(
  `
  query DashboardAnalytics($measure: AnalyticsMeasure!, $groupBy: [AnalyticsDimension!]!, $filter: AnalyticsFilter) {
    analytics(measure: $measure, groupBy: $groupBy, filter: $filter) { ...AnalyticsResultFields }
  }
`,
  [AnalyticsResultFields],
);

export type AnalyticsResult = ResultOf<typeof AnalyticsResultFields>;
export type AnalyticsVariables = VariablesOf<typeof ANALYTICS_QUERY>;
export type AnalyticsMeasure = AnalyticsVariables['measure'];
export type AnalyticsDimension = AnalyticsVariables['groupBy'][number];
export type AnalyticsFilter = NonNullable<AnalyticsVariables['filter']>;

const analytics = (d: ResultOf<typeof ANALYTICS_QUERY>) => d.analytics;

export function useAnalytics(v: AnalyticsVariables | null) {
  return useApiQuery(ANALYTICS_QUERY, v, analytics);
}
