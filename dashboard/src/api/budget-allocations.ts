// The budget allocations a user may pay from (their province or district),
// newest year first, with what is already disbursed from each.
import type { AllocationScope } from '../lib/entry.ts';
import type { FundingSource } from './types.ts';
import { gqlRequest, type RequestOptions } from './client.ts';
import { useQuery } from './use-query.ts';

export const BUDGET_ALLOCATIONS_QUERY = `query DashboardBudgetAllocations($filter: BudgetAllocationFilter) {
  budgetAllocations(first: 500, filter: $filter, orderBy: [{ field: YEAR, direction: DESC }, { field: SOURCE }]) {
    edges { node { id year source amount disbursedAmount activity recipientUnit { id code name type level validTo } plan { key } } }
  }
}`;

export type AllocationFilter = AllocationScope;

export interface AllocationOption {
  id: number;
  year: number;
  source: FundingSource;
  amount: string | null;
  disbursedAmount: string;
  activity: string;
  recipientUnit: { id: number; code: string; name: string; type: string; level: 'province' | 'district' | 'commune'; validTo: string | null };
  plan: { key: string } | null;
}

export async function fetchBudgetAllocations(v: { filter: AllocationFilter }, options?: RequestOptions): Promise<AllocationOption[]> {
  const data = await gqlRequest<{ budgetAllocations: { edges: { node: AllocationOption }[] } }>(BUDGET_ALLOCATIONS_QUERY, v, options);
  return data.budgetAllocations.edges.map((e) => e.node);
}

export function useBudgetAllocations(v: { filter: AllocationFilter } | null) {
  return useQuery('budgetAllocations', fetchBudgetAllocations, v);
}
