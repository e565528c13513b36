// Dates as day numbers (days since 1970-01-01, UTC): cheap to compare and add,
// and free of time-zone shifts. Rows carry ISO strings ("2024-12-31").

export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The dataset's "today": programme data runs up to this date and product status is as of it. */
export const DATASET_TODAY = '2026-11-22';
/** First year of the programme data. */
export const FIRST_YEAR = 2019;
/** Last year of the programme data (partial, up to DATASET_TODAY). */
export const LAST_YEAR = 2026;
/** The 2-level administrative system (no districts) starts on this date. */
export const REFORM_DAY = dayOf('2025-07-01');
/** Decision 148/QĐ-TTg (24/02/2023): districts may recognise 3-star products from the 2023 cycle on. */
export const DECISION_148_YEAR = 2023;

export function ymd(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayOf(iso: string): Day {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function iso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** PostgreSQL's `date + interval 'n months'`: the same day of month, clamped to the month's end. */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return ymd(y + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1, Math.min(d.getUTCDate(), lastDay));
}

/** A certificate's expiry, as the generated column computes it. */
export function expiryOf(decided: Day): Day {
  return addMonths(decided, 36);
}

export const TODAY: Day = dayOf(DATASET_TODAY);
