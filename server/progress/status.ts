// Where a target stands: the expected-to-date path, the forecast and the
// status. Before the due date a target is on track, at risk or behind, with a
// forecast; on and after it, the verdict is final: achieved or not achieved,
// with no forecast. Pure functions, the rules written in docs/targets.md.
import { daysBetween } from '../common/dates.ts';
import { isRatio, type Rollup } from '../metrics/metric-definition.ts';

export enum ProgressStatus {
  achieved = 'achieved',
  not_achieved = 'not_achieved',
  on_track = 'on_track',
  at_risk = 'at_risk',
  off_track = 'off_track',
  not_started = 'not_started',
  no_data = 'no_data',
  invalid_definition = 'invalid_definition',
}

/** Final verdicts: the due date has come. */
export const FINAL_STATUSES: readonly ProgressStatus[] = [ProgressStatus.achieved, ProgressStatus.not_achieved];

/** A forecast within this fraction of the target is "at risk" rather than "off track". */
export const AT_RISK_FRACTION = 0.85;

export interface ProgressInput {
  periodStart: string;
  dueDate: string;
  asOf: string;
  /** Value at the period start (0 for flow metrics). */
  baseline: number;
  /** Null where the metric has no basis (a ratio over nothing). */
  actual: number | null;
  targetMin: number;
  /**
   * How the value moves: `count` accumulates from nothing (a flow count or sum:
   * "not started" while it is 0); `stock` is a level that grows or shrinks;
   * `ratio` is a share or rate, judged on its level from the period's first day.
   */
  shape: 'count' | 'stock' | 'ratio';
}

/** How a metric's value moves, read with the roll-up a target uses (a count read as a share is a ratio). */
export function shapeOf(kind: 'stock' | 'flow', rollup: Rollup): ProgressInput['shape'] {
  return isRatio(rollup) ? 'ratio' : kind === 'stock' ? 'stock' : 'count';
}

export interface ProgressFigures {
  expectedToDate: number | null;
  forecast: number | null;
  gap: number | null;
  ratio: number | null;
  status: ProgressStatus;
}

/** Share of the period elapsed on `asOf`, clamped to [0, 1]. */
export function elapsedFraction(periodStart: string, dueDate: string, asOf: string): number {
  const total = daysBetween(periodStart, dueDate) + 1;
  const elapsed = daysBetween(periodStart, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

export function expectedToDate(i: Pick<ProgressInput, 'periodStart' | 'dueDate' | 'baseline' | 'targetMin'>, on: string): number {
  return i.baseline + (i.targetMin - i.baseline) * elapsedFraction(i.periodStart, i.dueDate, on);
}

/**
 * The value expected on the due date, before it: for counts and stocks the run
 * rate since the period start carried on; a ratio is a level, expected to stay
 * where it is. Null once the due date has come (the verdict is final) or
 * without an actual.
 */
export function forecastAtDue(i: ProgressInput): number | null {
  if (i.actual === null || i.asOf >= i.dueDate) return null;
  if (i.shape === 'ratio') return i.actual;
  const fraction = elapsedFraction(i.periodStart, i.dueDate, i.asOf);
  if (fraction <= 0) return null;
  return i.baseline + (i.actual - i.baseline) / fraction;
}

export function progressFigures(i: ProgressInput): ProgressFigures {
  const expected = i.asOf < i.periodStart ? i.baseline : expectedToDate(i, i.asOf);
  const forecast = forecastAtDue(i);
  return {
    expectedToDate: expected,
    forecast,
    gap: i.actual === null ? null : i.targetMin - i.actual,
    ratio: i.actual === null || i.targetMin === 0 ? null : i.actual / i.targetMin,
    status: statusOf(i, expected, forecast),
  };
}

/** The rules in order; the first that holds wins (docs/targets.md). */
function statusOf(i: ProgressInput, expected: number, forecast: number | null): ProgressStatus {
  if (i.actual === null) return ProgressStatus.no_data;
  if (i.asOf >= i.dueDate) return i.actual >= i.targetMin ? ProgressStatus.achieved : ProgressStatus.not_achieved;
  if (i.asOf < i.periodStart || (i.shape === 'count' && i.actual === 0)) return ProgressStatus.not_started;
  if (i.actual >= expected || (forecast !== null && forecast >= i.targetMin)) return ProgressStatus.on_track;
  if (forecast !== null && forecast >= AT_RISK_FRACTION * i.targetMin) return ProgressStatus.at_risk;
  return ProgressStatus.off_track;
}
