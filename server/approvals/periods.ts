// Reporting periods: calendar months and quarters, who reports them, and when.
// Before 1 July 2025 a district reports (its communes had no officers); since
// then a commune, directly under its province. A period is due on day 14 of
// the month after it ends: Decree 09/2019/NĐ-CP Điều 12 khoản 1 closes each
// monthly report's data on the 14th (seeds/rules/reporting.json), so a period
// submitted and approved by then reaches the province's next report.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { addDays } from '../common/dates.ts';
import type { Label } from '../labels/language.ts';

export type PeriodKind = 'month' | 'quarter';

/** Day of the month after a period by which it is due (reporting.json: the monthly cut-off, day 14). */
export const DUE_DAY = 14;

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4. */
  number: number;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The period, or undefined when `number` is not a month (1–12) or a quarter (1–4). */
export function periodOf(kind: PeriodKind, year: number, number: number): Period | undefined {
  const months = kind === 'month' ? 1 : 3;
  if (!Number.isInteger(number) || number < 1 || number > 12 / months) return undefined;
  const first = (number - 1) * months + 1;
  return { kind, year, number, start: `${year}-${pad(first)}-01`, end: monthEnd(year, first + months - 1) };
}

/** The periods of a kind that overlap [from, to], in order. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  const months = kind === 'month' ? 1 : 3;
  let year = Number(from.slice(0, 4));
  let number = Math.floor((Number(from.slice(5, 7)) - 1) / months) + 1;
  for (;;) {
    const p = periodOf(kind, year, number)!;
    if (p.start > to) return out;
    out.push(p);
    number += 1;
    if (number > 12 / months) [year, number] = [year + 1, 1];
  }
}

/** Day 14 of the month after the period. */
export function dueOn(period: Pick<Period, 'end'>): string {
  const next = addDays(period.end, 1);
  return `${next.slice(0, 8)}${pad(DUE_DAY)}`;
}

export function periodLabel(p: Pick<Period, 'kind' | 'year' | 'number'>): Label {
  return p.kind === 'month'
    ? {
        vi: `tháng ${p.number}/${p.year}`,
        en: `${new Date(Date.UTC(p.year, p.number - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${p.year}`,
      }
    : { vi: `quý ${p.number}/${p.year}`, en: `Q${p.number} ${p.year}` };
}

/** Units that report a period: districts (before the reform) and communes directly under a province (since). */
export function reportingUnit(alias: string): Sql {
  const u = raw(alias);
  return sql`(${u}.level = 'district' OR (${u}.level = 'commune' AND ${u}.district_id IS NULL))`;
}

/** The unit existed on every day of [start, end]. */
export function validThroughout(alias: string, start: Sql, end: Sql): Sql {
  const u = raw(alias);
  return sql`COALESCE(${u}.valid_from, '-infinity') <= ${start} AND COALESCE(${u}.valid_to, 'infinity') >= ${end}`;
}
