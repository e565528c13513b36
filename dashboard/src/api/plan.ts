// One plan with its targets (the plan's own wording), budget lines and milestones.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { PlanDetail } from './types.ts';
import { useQuery } from './use-query.ts';

export const PLAN_QUERY = `query DashboardPlan($id: Int!) {
  plan(id: $id) {
    id key year title periodStart periodEnd issuerName documentNumber issuedOn source productGroupsDecision
    issuer { code name type }
    targets {
      id key metric params wording dueDate targetMin targetMax unit
      scopeUnit { code name type }
      children { id targetMin targetMax scopeUnit { code name type } }
    }
    milestones { id key kind title wording deadline doneOn scopeUnit { code name type } }
    budgetAllocations { id source amount year activity note recipientUnit { code name type } }
  }
}`;

export async function fetchPlan(v: { id: number }, options?: RequestOptions): Promise<PlanDetail | null> {
  const data = await gqlRequest<{ plan: PlanDetail | null }>(PLAN_QUERY, v, options);
  return data.plan;
}

export function usePlan(v: { id: number } | null) {
  return useQuery('plan', fetchPlan, v);
}
