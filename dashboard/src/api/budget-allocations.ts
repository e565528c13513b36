// The budget allocations a user may pay from (their province or district),
// newest year first, with what is already disbursed from each.
import type { AllocationScope } from '../lib/entry.ts';
import { graphql, type ResultOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const BUDGET_ALLOCATIONS_QUERY = graphql(`
  query DashboardBudgetAllocations($filter: BudgetAllocationFilter) {
    budgetAllocations(first: 500, filter: $filter, orderBy: [{ field: YEAR, direction: DESC }, { field: SOURCE }]) {
      edges { node { id year source amount disbursedAmount activity recipientUnit { id code name type level validFrom validTo successor { id code name type level validFrom validTo } } plan { key } } }
    }
  }
`);

type Result = ResultOf<typeof BUDGET_ALLOCATIONS_QUERY>;
export type AllocationFilter = AllocationScope;
export type AllocationOption = Result['budgetAllocations']['edges'][number]['node'];

const nodes = (d: Result) => d.budgetAllocations.edges.map((e) => e.node);

export function useBudgetAllocations(v: { filter: AllocationFilter } | null) {
  return useApiQuery(BUDGET_ALLOCATIONS_QUERY, v, nodes);
}
