// The plan and as-of date a screen shows: from the URL, else the province's
// latest plan and that plan's default date (its period end if past, else today).
import { usePlans } from '../../api/plans.ts';
import type { PlanSummary } from '../../api/types.ts';
import type { QueryResult } from '../../api/use-query.ts';
import { defaultAsOf, todayIso } from '../../lib/date.ts';
import { PRE_REFORM_DAY } from '../../lib/provinces.ts';
import type { ViewState } from '../../lib/url-state.ts';

export interface PlanChoice {
  plans: QueryResult<PlanSummary[]>;
  plan: PlanSummary | null;
  /** Null until the plans are known (or when the province has none and no date is set). */
  asOf: string | null;
}

export function usePlanChoice(state: ViewState): PlanChoice {
  const plans = usePlans({ provinceCode: state.province, unitsAsOf: PRE_REFORM_DAY });
  const list = plans.data ?? [];
  const plan = list.find((p) => p.id === state.plan) ?? list[0] ?? null;
  const asOf = state.asOf ?? (plan ? defaultAsOf(plan.periodEnd, todayIso()) : plans.status === 'success' ? todayIso() : null);
  return { plans, plan, asOf };
}
