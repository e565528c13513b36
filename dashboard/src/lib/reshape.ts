// Pure reshapes from API answers to chart- and table-ready rows. Nothing here
// computes a KPI: the figures are the server's; these only regroup, order,
// join and accumulate them for display.
import type { AnalyticsResult } from '../api/analytics.ts';
import type { BudgetLine } from '../api/plan.ts';
import { monthEnd } from './date.ts';
import { sharePercent, sumVnd } from './format.ts';

/** How many of each status, for a text summary. */
export function countBy<T extends string>(values: readonly T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

type FundingSource = BudgetLine['source'];

export const SOURCE_ORDER: readonly FundingSource[] = ['central', 'provincial', 'district', 'commune', 'other'];

export interface BudgetPart {
  source: FundingSource;
  /** Exact đồng, or null when the plan names the source without an amount. */
  amount: string | null;
  /** Percent of the stated total. */
  share: number | null;
}

export interface BudgetBreakdown {
  /** Sum of the stated amounts, exact đồng. */
  total: string;
  parts: BudgetPart[];
  /** At least one line states an amount. */
  stated: boolean;
}

/** A plan's budget lines by funding source, in the usual order, with the stated total. */
export function budgetBreakdown(lines: readonly BudgetLine[]): BudgetBreakdown {
  const total = sumVnd(lines.map((l) => l.amount));
  const stated = lines.some((l) => l.amount !== null);
  const parts: BudgetPart[] = [];
  for (const source of SOURCE_ORDER) {
    const own = lines.filter((l) => l.source === source);
    if (!own.length) continue;
    const amounts = own.map((l) => l.amount).filter((a): a is string => a !== null);
    const amount = amounts.length ? sumVnd(amounts) : null;
    parts.push({ source, amount, share: amount !== null && stated ? sharePercent(amount, total) : null });
  }
  return { total, parts, stated };
}

export interface SeriesPoint {
  key: string;
  label: string;
  value: number;
  exact: string;
}

/** Rows of a one-dimension analytics answer as points (key, label, value). */
export function analyticsPoints(result: AnalyticsResult | null | undefined, dim = 0): SeriesPoint[] {
  if (!result) return [];
  return result.rows.map((r) => ({
    key: r.keys[dim]?.key ?? '',
    label: r.keys[dim]?.label ?? r.keys[dim]?.key ?? '—',
    value: r.value,
    exact: r.exact,
  }));
}

export type JoinedRow = { key: string; label: string } & Record<string, number | string | null>;

/**
 * Several series side by side on their keys: { allocated: [...], disbursed: [...] }
 * → [{ key, label, allocated, disbursed }], keys in order of first appearance.
 */
export function joinSeries(series: Record<string, readonly SeriesPoint[]>): JoinedRow[] {
  const rows = new Map<string, JoinedRow>();
  const names = Object.keys(series);
  for (const name of names) {
    for (const p of series[name]) {
      let row = rows.get(p.key);
      if (!row) {
        row = { key: p.key, label: p.label } as JoinedRow;
        for (const n of names) row[n] = null;
        rows.set(p.key, row);
      }
      row[name] = p.value;
    }
  }
  return [...rows.values()];
}

export interface Pivot {
  columns: { key: string; label: string }[];
  rows: JoinedRow[];
}

/** A two-dimension analytics answer as a grid: one row per first key, one column per second key. */
export function pivotAnalytics(result: AnalyticsResult | null | undefined, rowDim = 0, colDim = 1): Pivot {
  const columns = new Map<string, string>();
  const rows = new Map<string, JoinedRow>();
  for (const r of result?.rows ?? []) {
    const rk = r.keys[rowDim];
    const ck = r.keys[colDim];
    const rowKey = rk?.key ?? '';
    const colKey = ck?.key ?? '';
    if (!columns.has(colKey)) columns.set(colKey, ck?.label ?? colKey);
    let row = rows.get(rowKey);
    if (!row) {
      row = { key: rowKey, label: rk?.label ?? rowKey } as JoinedRow;
      rows.set(rowKey, row);
    }
    row[colKey] = ((row[colKey] as number | null) ?? 0) + r.value;
  }
  const cols = [...columns.entries()].map(([key, label]) => ({ key, label })).sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  for (const row of rows.values()) for (const c of cols) row[c.key] ??= 0;
  return { columns: cols, rows: [...rows.values()] };
}

export interface CumulativePoint {
  month: string;
  /** Running total of the month values up to and including this month. */
  cumulative: number;
  /** The allocation spread evenly over the calendar: total × months elapsed ÷ 12. */
  calendar: number | null;
}

/**
 * Monthly amounts as a running total over the given months, beside the
 * calendar pace of the year's allocation. Months after `until` get no actual.
 */
export function cumulativeByMonth(
  monthly: readonly { key: string; value: number }[],
  months: readonly string[],
  allocated: number | null,
  until?: string,
): (Omit<CumulativePoint, 'cumulative'> & { cumulative: number | null })[] {
  const byMonth = new Map(monthly.map((m) => [m.key, m.value]));
  let running = 0;
  return months.map((month, i) => {
    running += byMonth.get(month) ?? 0;
    const future = until !== undefined && month > until.slice(0, 7);
    return {
      month,
      cumulative: future ? null : running,
      calendar: allocated === null ? null : (allocated * (i + 1)) / months.length,
    };
  });
}

export type SortDir = 'asc' | 'desc';

/** "-rank" → { key: "rank", dir: "desc" }. */
export function parseSort(sort: string | null | undefined, fallback: string): { key: string; dir: SortDir } {
  const s = sort || fallback;
  return s.startsWith('-') ? { key: s.slice(1), dir: 'desc' } : { key: s, dir: 'asc' };
}

export function formatSort(key: string, dir: SortDir): string {
  return dir === 'desc' ? `-${key}` : key;
}

/** A sorted copy; missing values always last, ties keep their order. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => number | string | null | undefined, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      const an = a.v === null || a.v === undefined;
      const bn = b.v === null || b.v === undefined;
      if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'vi');
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}

/** Dates at which to read the stock of certified products: each year end from `fromYear`, then the as-of date. */
export function snapshotDates(fromYear: number, asOf: string): string[] {
  const lastYear = Number(asOf.slice(0, 4));
  const dates: string[] = [];
  for (let y = fromYear; y < lastYear; y++) dates.push(`${y}-12-31`);
  dates.push(asOf);
  return dates;
}

/** The as-of date for a month key in a year-long view: its last day, or the as-of date within its month. */
export function monthAsOf(month: string, asOf: string): string {
  const end = monthEnd(month);
  return end < asOf ? end : asOf;
}
