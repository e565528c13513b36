// The periods of analytics' time dimensions, as the keys it answers with
// ("2024", "2024-Q3", "2024-07"): every period of a range, so that a grouping
// by quarter never drops an empty quarter, and the dates a stock is read at.
import { AnalyticsDimension as D } from './analytics.types.ts';

export type TimeDimension = D.YEAR | D.QUARTER | D.MONTH;

export const TIME_DIMENSIONS: readonly D[] = [D.YEAR, D.QUARTER, D.MONTH];

export function isTimeDimension(d: D): d is TimeDimension {
  return TIME_DIMENSIONS.includes(d);
}

/** The PostgreSQL to_char format of each time dimension's keys. */
export const TIME_FORMAT: Record<TimeDimension, string> = { [D.YEAR]: 'YYYY', [D.QUARTER]: 'YYYY-"Q"Q', [D.MONTH]: 'YYYY-MM' };

/** Months per period of a time dimension. */
const SPAN: Record<TimeDimension, number> = { [D.YEAR]: 12, [D.QUARTER]: 3, [D.MONTH]: 1 };

/** Month index (year × 12 + month − 1) of the first month of the period a date or key falls in. */
function firstMonth(dim: TimeDimension, dateOrKey: string): number {
  const year = Number(dateOrKey.slice(0, 4));
  const month = dim === D.YEAR ? 1 : dim === D.QUARTER && dateOrKey[5] === 'Q' ? (Number(dateOrKey[6]) - 1) * 3 + 1 : Number(dateOrKey.slice(5, 7));
  const index = year * 12 + month - 1;
  return index - (index % SPAN[dim]);
}

function keyOf(dim: TimeDimension, monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  if (dim === D.YEAR) return String(year);
  if (dim === D.QUARTER) return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every period key from the period of `from` to the period of `to` (dates or keys), in order. */
export function periodKeys(dim: TimeDimension, from: string, to: string): string[] {
  const keys: string[] = [];
  for (let m = firstMonth(dim, from), last = firstMonth(dim, to); m <= last; m += SPAN[dim]) keys.push(keyOf(dim, m));
  return keys;
}

/** The last day of every period from `from` to `to`, the last one cut at `to`: where a stock is read. */
export function periodEnds(dim: TimeDimension, from: string, to: string): string[] {
  return periodKeys(dim, from, to).map((key) => {
    const next = firstMonth(dim, key) + SPAN[dim];
    const end = new Date(Date.UTC(Math.floor(next / 12), next % 12, 0)).toISOString().slice(0, 10);
    return end < to ? end : to;
  });
}
