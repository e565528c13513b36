// Data windows of the periodic report, from the Decree 09/2019 rule data.
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { periodLabel, periodWindow, ReportPeriodCode, reportingRules } from '../../server/reports/report-period.ts';

const P = ReportPeriodCode;

describe('periodWindow', () => {
  it('reproduces every worked example of the rule file', () => {
    const examples = JSON.parse(JSON.stringify(reportingRules())).windowFormula.examples as {
      periodCode: string;
      year: number;
      endMonth: number;
      from: string;
      to: string;
    }[];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const e of examples) {
      const w = periodWindow(e.periodCode.replace('-', '_') as ReportPeriodCode, e.year, e.endMonth);
      expect({ from: w.from, to: w.to }, `${e.periodCode} ${e.endMonth}/${e.year}`).toEqual({ from: e.from, to: e.to });
    }
  });

  it('runs a year from 15 December of the year before to 14 December', () => {
    expect(periodWindow(P.year, 2024)).toMatchObject({ from: '2023-12-15', to: '2024-12-14', endMonth: 12 });
  });

  it('runs a month from the 15th of the month before to the 14th, across the new year', () => {
    expect(periodWindow(P.month, 2025, 1)).toMatchObject({ from: '2024-12-15', to: '2025-01-14' });
    expect(periodWindow(P.month, 2024, 3)).toMatchObject({ from: '2024-02-15', to: '2024-03-14' });
  });

  it('runs a quarter from the 15th of the month before it to the 14th of its last month', () => {
    expect(periodWindow(P.quarter, 2024, 6)).toMatchObject({ from: '2024-03-15', to: '2024-06-14' });
    expect(periodWindow(P.quarter, 2024, 12)).toMatchObject({ from: '2024-09-15', to: '2024-12-14' });
  });

  it('has two halves and one nine-month window', () => {
    expect(periodWindow(P.half_year, 2025, 6)).toMatchObject({ from: '2024-12-15', to: '2025-06-14' });
    expect(periodWindow(P.half_year, 2025, 12)).toMatchObject({ from: '2025-06-15', to: '2025-12-14' });
    expect(periodWindow(P.nine_months, 2025)).toMatchObject({ from: '2024-12-15', to: '2025-09-14' });
  });

  it('refuses a month the period type does not end in, naming the argument in both languages', () => {
    const attempt = () => periodWindow(P.quarter, 2024, 5);
    expect(attempt).toThrow(GraphQLError);
    expect(attempt).toThrow(/endMonth.*3, 6, 9, 12.*not in month 5/);
    expect(() => periodWindow(P.month, 2024)).toThrow(/endMonth/);
    expect(() => periodWindow(P.year, 1999)).toThrow(/year/);
  });
});

describe('periodLabel', () => {
  it('names the period as a report title does', () => {
    expect(periodLabel({ code: P.year, year: 2024, endMonth: 12 }).vi).toBe('năm 2024');
    expect(periodLabel({ code: P.quarter, year: 2026, endMonth: 3 }).vi).toBe('quý I năm 2026');
    expect(periodLabel({ code: P.quarter, year: 2026, endMonth: 12 }).vi).toBe('quý IV năm 2026');
    expect(periodLabel({ code: P.half_year, year: 2025, endMonth: 6 }).vi).toBe('6 tháng đầu năm 2025');
    expect(periodLabel({ code: P.month, year: 2025, endMonth: 3 })).toEqual({ vi: 'tháng 3 năm 2025', en: 'month 3 of 2025' });
  });
});
