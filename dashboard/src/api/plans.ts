// The plans of a province (its own and its districts'), newest first.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { PlanSummary } from './types.ts';
import { useQuery } from './use-query.ts';

export const PLANS_QUERY = `query DashboardPlans($filter: PlanFilter) {
  plans(first: 100, filter: $filter, orderBy: [{ field: YEAR, direction: DESC }, { field: KEY }]) {
    edges { node { id key year title periodStart periodEnd issuer { code name type province { code } } } }
  }
}`;

/** A province's plans (its own and its districts'), or every plan when empty. */
export interface PlansVariables {
  provinceCode?: string;
  unitsAsOf?: string;
}

export async function fetchPlans(v: PlansVariables, options?: RequestOptions): Promise<PlanSummary[]> {
  const data = await gqlRequest<{ plans: { edges: { node: PlanSummary }[] } }>(PLANS_QUERY, { filter: v }, options);
  return data.plans.edges.map((e) => e.node);
}

export function usePlans(v: PlansVariables | null) {
  return useQuery('plans', fetchPlans, v);
}
