import { describe, expect, it } from 'vitest';
import type { AnalyticsResult } from '../../dashboard/src/api/analytics.ts';
import type { BudgetLine } from '../../dashboard/src/api/plan.ts';
import {
  analyticsPoints,
  budgetBreakdown,
  countBy,
  cumulativeByMonth,
  formatSort,
  joinSeries,
  parseSort,
  pivotAnalytics,
  snapshotDates,
  sortRows,
} from '../../dashboard/src/lib/reshape.ts';

const line = (source: BudgetLine['source'], amount: string | null): BudgetLine => ({
  id: Math.random(),
  source,
  amount,
  year: 2024,
  activity: '',
  note: null,
  recipientUnit: { code: '24', name: 'Bắc Giang', type: 'Tỉnh', validTo: null },
});

function result(rows: [string | null, string | null, number][], dims: ['DISTRICT' | 'YEAR', 'STARS'] | ['DISTRICT'] = ['DISTRICT']): AnalyticsResult {
  return {
    measure: 'CERTIFICATES',
    asOf: '2024-12-31',
    total: { value: rows.reduce((s, r) => s + r[2], 0), exact: '' },
    rows: rows.map(([k1, k2, value]) => ({
      value,
      exact: String(value),
      keys:
        dims.length === 1
          ? [{ dimension: dims[0], key: k1, label: k1 }]
          : [
              { dimension: dims[0], key: k1, label: k1 },
              { dimension: dims[1], key: k2, label: k2 },
            ],
    })),
  };
}

describe('budgetBreakdown', () => {
  it("splits the Bắc Giang 2024 plan's 20.967.000.000 ₫ by source", () => {
    const b = budgetBreakdown([line('central', '5867000000'), line('provincial', '8970000000'), line('district', '6130000000'), line('other', null)]);
    expect(b.total).toBe('20967000000');
    expect(b.stated).toBe(true);
    expect(b.parts.map((p) => [p.source, p.amount])).toEqual([
      ['central', '5867000000'],
      ['provincial', '8970000000'],
      ['district', '6130000000'],
      ['other', null],
    ]);
    expect(b.parts[0].share).toBeCloseTo(27.98, 1);
    expect(b.parts[3].share).toBeNull();
  });
  it('orders sources and sums several lines of one source', () => {
    const b = budgetBreakdown([line('district', '1'), line('central', '2'), line('district', '3')]);
    expect(b.parts.map((p) => [p.source, p.amount])).toEqual([
      ['central', '2'],
      ['district', '4'],
    ]);
  });
  it('says when a plan states no amount at all', () => {
    const b = budgetBreakdown([line('central', null), line('district', null)]);
    expect(b.stated).toBe(false);
    expect(b.total).toBe('0');
    expect(b.parts.every((p) => p.amount === null && p.share === null)).toBe(true);
  });
});

describe('analytics reshapes', () => {
  it('turns rows into points and joins series on their keys', () => {
    const a = analyticsPoints(
      result([
        ['217', null, 5],
        ['218', null, 3],
      ]),
    );
    const d = analyticsPoints(
      result([
        ['218', null, 2],
        ['219', null, 1],
      ]),
    );
    expect(joinSeries({ allocated: a, disbursed: d })).toEqual([
      { key: '217', label: '217', allocated: 5, disbursed: null },
      { key: '218', label: '218', allocated: 3, disbursed: 2 },
      { key: '219', label: '219', allocated: null, disbursed: 1 },
    ]);
    expect(analyticsPoints(null)).toEqual([]);
  });
  it('pivots two dimensions into a grid with zeros for missing cells', () => {
    const p = pivotAnalytics(
      result(
        [
          ['2023', '3', 4],
          ['2023', '4', 1],
          ['2024', '3', 6],
          ['2024', '5', 1],
        ],
        ['YEAR', 'STARS'],
      ),
    );
    expect(p.columns.map((c) => c.key)).toEqual(['3', '4', '5']);
    expect(p.rows).toEqual([
      { key: '2023', label: '2023', '3': 4, '4': 1, '5': 0 },
      { key: '2024', label: '2024', '3': 6, '4': 0, '5': 1 },
    ]);
  });
  it('accumulates monthly amounts against the calendar pace', () => {
    const months = ['2024-01', '2024-02', '2024-03', '2024-04'];
    const points = cumulativeByMonth(
      [
        { key: '2024-01', value: 10 },
        { key: '2024-03', value: 5 },
      ],
      months,
      40,
      '2024-03-15',
    );
    expect(points).toEqual([
      { month: '2024-01', cumulative: 10, calendar: 10 },
      { month: '2024-02', cumulative: 10, calendar: 20 },
      { month: '2024-03', cumulative: 15, calendar: 30 },
      { month: '2024-04', cumulative: null, calendar: 40 },
    ]);
    expect(cumulativeByMonth([], months, null)[3]).toEqual({ month: '2024-04', cumulative: 0, calendar: null });
  });
});

describe('sorting', () => {
  it('reads and writes the sort of the URL', () => {
    expect(parseSort('-rank', 'name')).toEqual({ key: 'rank', dir: 'desc' });
    expect(parseSort(null, 'rank')).toEqual({ key: 'rank', dir: 'asc' });
    expect(formatSort('rank', 'desc')).toBe('-rank');
  });
  it('sorts numbers and Vietnamese names, missing values last, stable', () => {
    const rows = [
      { n: 'Yên Thế', v: 2 },
      { n: 'Bắc Giang', v: null },
      { n: 'Lục Ngạn', v: 15 },
      { n: 'Ân Thi', v: 2 },
    ];
    expect(sortRows(rows, (r) => r.v, 'desc').map((r) => r.n)).toEqual(['Lục Ngạn', 'Yên Thế', 'Ân Thi', 'Bắc Giang']);
    expect(sortRows(rows, (r) => r.v, 'asc').map((r) => r.n)).toEqual(['Yên Thế', 'Ân Thi', 'Lục Ngạn', 'Bắc Giang']);
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual(['Ân Thi', 'Bắc Giang', 'Lục Ngạn', 'Yên Thế']);
  });
  it('counts statuses', () => {
    expect(countBy(['achieved', 'off_track', 'achieved'])).toEqual({ achieved: 2, off_track: 1 });
  });
});

describe('snapshotDates', () => {
  it('reads the stock at each year end, then on the as-of date', () => {
    expect(snapshotDates(2021, '2024-12-31')).toEqual(['2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31']);
    expect(snapshotDates(2021, '2024-06-30')).toEqual(['2021-12-31', '2022-12-31', '2023-12-31', '2024-06-30']);
    expect(snapshotDates(2021, '2021-03-01')).toEqual(['2021-03-01']);
  });
});
