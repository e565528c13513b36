// Where a target stands: the expected-to-date path, the run-rate forecast and
// the status. Pure functions, the rules written in docs/targets.md.
import { daysBetween } from '../common/dates.ts';

export enum ProgressStatus {
  achieved = 'achieved',
  on_track = 'on_track',
  at_risk = 'at_risk',
  off_track = 'off_track',
  not_started = 'not_started',
  overdue = 'overdue',
}

/** A forecast within this fraction of the target is "at risk" rather than "off track". */
export const AT_RISK_FRACTION = 0.85;

export interface ProgressInput {
  periodStart: string;
  dueDate: string;
  asOf: string;
  /** Value at the period start (0 for flow metrics). */
  baseline: number;
  actual: number | null;
  targetMin: number;
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

/** Straight-line run rate since the period start, carried to the due date. */
export function forecastAtDue(i: ProgressInput): number | null {
  if (i.actual === null) return null;
  if (i.asOf >= i.dueDate) return i.actual;
  const fraction = elapsedFraction(i.periodStart, i.dueDate, i.asOf);
  if (fraction <= 0) return null;
  return i.baseline + (i.actual - i.baseline) / fraction;
}

export function progressFigures(i: ProgressInput): ProgressFigures {
  const expected = i.asOf < i.periodStart ? i.baseline : expectedToDate(i, i.asOf);
  const forecast = forecastAtDue(i);
  const figures = {
    expectedToDate: expected,
    forecast,
    gap: i.actual === null ? null : i.targetMin - i.actual,
    ratio: i.actual === null || i.targetMin === 0 ? null : i.actual / i.targetMin,
  };
  return { ...figures, status: statusOf(i, expected, forecast) };
}

function statusOf(i: ProgressInput, expected: number, forecast: number | null): ProgressStatus {
  if (i.actual !== null && i.actual >= i.targetMin) return ProgressStatus.achieved;
  if (i.asOf > i.dueDate) return ProgressStatus.overdue;
  if (i.asOf < i.periodStart || i.actual === null || i.actual <= i.baseline) return ProgressStatus.not_started;
  if (i.actual >= expected || (forecast !== null && forecast >= i.targetMin)) return ProgressStatus.on_track;
  if (forecast !== null && forecast >= AT_RISK_FRACTION * i.targetMin) return ProgressStatus.at_risk;
  return ProgressStatus.off_track;
}
