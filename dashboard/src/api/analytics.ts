// A measure grouped by dimensions, aggregated by the server in one statement.
import { AnalyticsResultFields, graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

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

export const useAnalytics = rootFieldHook(ANALYTICS_QUERY, 'analytics');
