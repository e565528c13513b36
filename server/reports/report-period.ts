// Reporting periods and their data windows, read from the rule data of Decree
// 09/2019/NĐ-CP (seeds/rules/reporting.json): a new period type or cut-off day
// is a row there, not a change here.
import fs from 'node:fs';
import path from 'node:path';
import { registerEnumType } from 'type-graphql';
import { ROOT_DIR } from '../config.ts';
import { badInput } from '../common/errors.ts';
import type { Label } from '../labels/language.ts';

/** Period types; the rule file spells them with hyphens ("half-year"), GraphQL with underscores. */
export enum ReportPeriodCode {
  month = 'month',
  quarter = 'quarter',
  half_year = 'half_year',
  nine_months = 'nine_months',
  year = 'year',
}
registerEnumType(ReportPeriodCode, {
  name: 'ReportPeriodCode',
  description: 'Type of periodic report (Decree 09/2019/NĐ-CP; rules in seeds/rules/reporting.json).',
  valuesConfig: {
    month: { description: 'Monthly: from the 15th of the previous month to the 14th.' },
    quarter: { description: 'Quarterly: from the 15th of the month before the quarter to the 14th of its last month.' },
    half_year: { description: 'Six-monthly: 15 December – 14 June, or 15 June – 14 December.' },
    nine_months: { description: 'Nine months: 15 December of the previous year – 14 September (a provincial regulation, see the rule file).' },
    year: { description: 'Yearly: 15 December of the previous year – 14 December.' },
  },
});

export interface Citation {
  source: string;
  locator: string;
  quoteVi?: string;
}

export interface PeriodRule {
  code: string;
  nameVi: string;
  nameEn: string;
  spanMonths: number;
  endMonths: number[];
  ruleVi: string;
  basis: string;
  citations: Citation[];
  note?: string;
}

interface ReportingRules {
  regime: { id: string; documentVi: string; signedOn: string; citations: Citation[] };
  windowFormula: { startDay: number; endDay: number };
  periods: PeriodRule[];
}

export const REPORTING_RULES_FILE = path.join(ROOT_DIR, 'seeds', 'rules', 'reporting.json');

let rules: ReportingRules | undefined;

export function reportingRules(): ReportingRules {
  rules ??= JSON.parse(fs.readFileSync(REPORTING_RULES_FILE, 'utf8')) as ReportingRules;
  return rules;
}

export function periodRule(code: ReportPeriodCode): PeriodRule {
  const fileCode = code.replace('_', '-');
  const rule = reportingRules().periods.find((p) => p.code === fileCode);
  if (!rule) throw new Error(`seeds/rules/reporting.json has no period "${fileCode}"`);
  return rule;
}

export interface ReportWindow {
  code: ReportPeriodCode;
  year: number;
  endMonth: number;
  /** First day of the data window (inclusive). */
  from: string;
  /** Cut-off: last day of the data window (inclusive). */
  to: string;
  rule: PeriodRule;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The month a period ends in: as given, or the only one its type has (yearly, nine-month). */
function endMonthOf(rule: PeriodRule, endMonth: number | null | undefined): number | undefined {
  return endMonth ?? (rule.endMonths.length === 1 ? rule.endMonths[0] : undefined);
}

/** What is wrong with a period's year or end month (the argument and the reason), or null. */
export function periodProblem(
  code: ReportPeriodCode,
  year: number,
  endMonth: number | null | undefined,
): { field: 'year' | 'endMonth'; message: Label } | null {
  const rule = periodRule(code);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { field: 'year', message: { vi: `cần một năm như 2024, nhận được ${year}`, en: `expected a year such as 2024, got ${year}` } };
  }
  const month = endMonthOf(rule, endMonth);
  if (month !== undefined && rule.endMonths.includes(month)) return null;
  const allowed = rule.endMonths.join(', ');
  return {
    field: 'endMonth',
    message: {
      vi: `${rule.nameVi.toLowerCase()} kết thúc vào một trong các tháng ${allowed}${month === undefined ? '' : `, không phải tháng ${month}`}`,
      en: `a ${rule.nameEn.toLowerCase()} ends in one of the months ${allowed}${month === undefined ? '' : `, not in month ${month}`}`,
    },
  };
}

/**
 * The data window of a period ending in `endMonth` of `year`: from day startDay
 * of the month spanMonths before (into the previous year when needed) to day
 * endDay of endMonth, both inclusive. `endMonth` may be left out where the
 * period type has only one (yearly, nine-month).
 */
export function periodWindow(code: ReportPeriodCode, year: number, endMonth?: number | null): ReportWindow {
  const problem = periodProblem(code, year, endMonth);
  if (problem) throw badInput(problem.field, problem.message);
  const rule = periodRule(code);
  const { startDay, endDay } = reportingRules().windowFormula;
  const month = endMonthOf(rule, endMonth)!;
  const startIndex = month - rule.spanMonths; // 0 = December of the year before
  const from = startIndex >= 1 ? iso(year, startIndex, startDay) : iso(year - 1, startIndex + 12, startDay);
  return { code, year, endMonth: month, from, to: iso(year, month, endDay), rule };
}

/** "Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ" (with `full`, its title after it). */
export function regimeName(full = false): string {
  const { documentVi, signedOn } = reportingRules().regime;
  const dated = documentVi.replace(' của ', ` ngày ${signedOn.split('-').reverse().join('/')} của `);
  return full ? dated : dated.replace(/ quy định về .*$/, '');
}

/** Where a period's rule was read, in words (seeds/rules/README.md). */
export const BASIS_VI: Record<string, string> = {
  'decree-text': 'theo văn bản Nghị định',
  secondary: 'theo các văn bản ban hành để thực hiện Nghị định',
  'local-regulation': 'theo quy định của một địa phương ban hành để thực hiện Nghị định',
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** How the report names its period: "năm 2024", "quý I năm 2026", "6 tháng đầu năm 2025". */
export function periodLabel(w: Pick<ReportWindow, 'code' | 'year' | 'endMonth'>): Label {
  switch (w.code) {
    case ReportPeriodCode.month:
      return { vi: `tháng ${w.endMonth} năm ${w.year}`, en: `month ${w.endMonth} of ${w.year}` };
    case ReportPeriodCode.quarter:
      return { vi: `quý ${ROMAN[w.endMonth / 3 - 1]} năm ${w.year}`, en: `Q${w.endMonth / 3} ${w.year}` };
    case ReportPeriodCode.half_year:
      return w.endMonth === 6
        ? { vi: `6 tháng đầu năm ${w.year}`, en: `first half of ${w.year}` }
        : { vi: `6 tháng cuối năm ${w.year}`, en: `second half of ${w.year}` };
    case ReportPeriodCode.nine_months:
      return { vi: `9 tháng năm ${w.year}`, en: `nine months of ${w.year}` };
    case ReportPeriodCode.year:
      return { vi: `năm ${w.year}`, en: `year ${w.year}` };
  }
}
