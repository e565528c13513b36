// What a screen asks for first, started by the shell as soon as it knows the
// screen, while the screen's code is still loading: the province's plans
// where the screen chooses its plan, year or date from them, and, for the
// overview (the first screen most people open), its plan's progress and
// alerts. The screens find the answers under the same keys.
import { ALERTS_QUERY } from '../api/alerts.ts';
import { PLANS_QUERY, planList } from '../api/plans.ts';
import { prefetchApiQuery } from '../api/query.ts';
import { TARGET_PROGRESS_QUERY } from '../api/target-progress.ts';
import type { Screen, ViewState } from '../lib/url-state.ts';
import { overviewRequests } from './overview/overview-requests.ts';
import { choosePlan, linkedYear, provincePlans } from './shared/plan-choice.ts';

const YEAR_SCREENS: readonly Screen[] = ['districts', 'budget', 'training'];

export async function prefetchScreen(screen: Screen, state: ViewState): Promise<void> {
  const choosesPlan = screen === 'overview' || screen === 'products' || (YEAR_SCREENS.includes(screen) && linkedYear(state) === null);
  if (!choosesPlan) return;
  const plans = await prefetchApiQuery(PLANS_QUERY, { filter: provincePlans(state) });
  if (screen !== 'overview' || !plans) return;
  const { plan, asOf } = choosePlan(planList(plans), state);
  const requests = overviewRequests(plan, asOf, state);
  if (!requests) return;
  void prefetchApiQuery(TARGET_PROGRESS_QUERY, requests.progress);
  void prefetchApiQuery(ALERTS_QUERY, requests.alerts);
}
