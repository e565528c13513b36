// What the overview asks for once its plan and date are chosen: the page and
// the shell's prefetch (pages/prefetch.ts) build the same requests.
import type { AlertsVariables } from '../../api/alerts.ts';
import type { PlanSummary } from '../../api/plans.ts';
import type { TargetProgressVariables } from '../../api/target-progress.ts';
import { figureOptions } from '../../lib/reading.ts';
import type { ViewState } from '../../lib/url-state.ts';

export function overviewRequests(
  plan: PlanSummary | null,
  asOf: string | null,
  state: Pick<ViewState, 'map' | 'approved'>,
): { progress: TargetProgressVariables; alerts: AlertsVariables } | null {
  if (!plan || !asOf) return null;
  return { progress: { planId: plan.id, asOf, ...figureOptions(state) }, alerts: { unitCode: plan.issuer.code, asOf } };
}
