// Allocated against disbursed, grouped the same way (by funding source or by
// district), in one request: the budget screen's panels each ask once.
// Disbursed is counted against the allocation it was paid from
// (disbursed_from_allocation_vnd), the numerator of disbursement_rate, so the
// bars, the totals and the rate beside them read one measure.
import type { AnalyticsDimension, AnalyticsFilter, AnalyticsResult } from './analytics.ts';
import { AnalyticsResultFields, ApprovalFields, graphql, type ResultOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const BUDGET_SPLIT_QUERY = graphql(
  `
  query DashboardBudgetSplit($groupBy: [AnalyticsDimension!]!, $allocated: AnalyticsFilter, $disbursed: AnalyticsFilter) {
    allocated: analytics(measure: ALLOCATED_VND, groupBy: $groupBy, filter: $allocated) { ...AnalyticsResultFields }
    disbursed: analytics(metric: "disbursed_from_allocation_vnd", groupBy: $groupBy, filter: $disbursed) {
      ...AnalyticsResultFields
      metric { labelVi labelEn }
      approval { ...ApprovalFields }
    }
  }
`,
  [AnalyticsResultFields, ApprovalFields],
);

export interface BudgetSplitVariables {
  groupBy: AnalyticsDimension;
  /** The budget year's allocations. */
  allocated: AnalyticsFilter;
  /** Its payments up to the as-of date. */
  disbursed: AnalyticsFilter;
}

/** Allocated and disbursed, in that order (what the panels pair); the disbursed total says whether its data is approved. */
export type BudgetSplit = [AnalyticsResult, ResultOf<typeof BUDGET_SPLIT_QUERY>['disbursed']];

const pair = (d: ResultOf<typeof BUDGET_SPLIT_QUERY>): BudgetSplit => [d.allocated, d.disbursed];

export function useBudgetSplit(v: BudgetSplitVariables | null) {
  return useApiQuery(BUDGET_SPLIT_QUERY, v && { groupBy: [v.groupBy], allocated: v.allocated, disbursed: v.disbursed }, pair);
}
