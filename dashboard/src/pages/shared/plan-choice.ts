// The plan, year and as-of date a screen shows: from the URL, else the
// province's latest plan and that plan's default date (its period end if
// past, else today). Until they are known a screen asks for nothing, so no
// panel sends a request for a year or date it will not show.
import { usePlans, type PlanSummary, type PlansVariables } from '../../api/plans.ts';
import type { QueryResult } from '../../api/query.ts';
import { defaultAsOf, minDate, todayIso, yearEnd, yearOf } from '../../lib/date.ts';
import { newProvinceOf, PRE_REFORM_DAY } from '../../lib/provinces.ts';
import type { ViewState } from '../../lib/url-state.ts';

/**
 * The plans a choice reads: the province's own and its districts', codes read
 * before the 2025 reform; on today's map, those of the province of today,
 * which include the plans of every old province it took over.
 */
export function provincePlans(state: Pick<ViewState, 'province' | 'map'>, today = todayIso()): PlansVariables {
  if (state.map === 'today') return { provinceCode: newProvinceOf(state.province).code, unitsAsOf: today };
  return { provinceCode: state.province, unitsAsOf: PRE_REFORM_DAY };
}

/** The year a link gives (its own, or its as-of date's), if any. */
export function linkedYear(state: ViewState): number | null {
  return state.year ?? (state.asOf ? yearOf(state.asOf) : null);
}

/** The link's plan, else the newest; the link's date, else the plan's default (null: no plan and no date). */
export function choosePlan(list: readonly PlanSummary[], state: ViewState): { plan: PlanSummary | null; asOf: string | null } {
  const plan = list.find((p) => p.id === state.plan) ?? list[0] ?? null;
  return { plan, asOf: state.asOf ?? (plan ? defaultAsOf(plan.periodEnd, todayIso()) : null) };
}

export interface PlanChoice {
  plans: QueryResult<PlanSummary[]>;
  plan: PlanSummary | null;
  /** Null until the plans are known (or when the province has none and no date is set). */
  asOf: string | null;
}

export function usePlanChoice(state: ViewState): PlanChoice {
  const plans = usePlans(provincePlans(state));
  // The previous province's plans, still shown while the new ones load, choose nothing.
  const known = plans.status === 'success' && !plans.refreshing;
  const { plan, asOf } = choosePlan(known ? plans.data : [], state);
  return { plans, plan, asOf: asOf ?? (known ? todayIso() : null) };
}

export interface YearChoice {
  year: number;
  /** The as-of date within the year: the URL's, else the year end (today for the running year). */
  asOf: string;
}

/**
 * The year of a year-long screen (districts, budget, training): the URL's
 * year, else the year of its as-of date, else the province's latest plan's
 * year (the plans are asked for only then), else last year when the province
 * has no plan. Null while the plans load.
 */
export function useYearChoice(state: ViewState): YearChoice | null {
  const fromUrl = linkedYear(state);
  const plans = usePlans(fromUrl === null ? provincePlans(state) : null);
  const known = plans.status === 'success' && !plans.refreshing;
  const latest = known ? (plans.data?.[0]?.year ?? yearOf(todayIso()) - 1) : null;
  const year = fromUrl ?? (plans.status === 'error' ? yearOf(todayIso()) - 1 : latest);
  if (year === null) return null;
  const asOf = state.asOf && yearOf(state.asOf) === year ? state.asOf : minDate(yearEnd(year), todayIso());
  return { year, asOf };
}
