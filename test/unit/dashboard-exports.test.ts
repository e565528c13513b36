// The export builders (dashboard/src/lib/export-table.ts, target-export.ts,
// components/DataTable.tsx tableExport): the table in the reader's language as
// the screen shows it, the same rows as codes for analysts, in both languages.
import { createElement, Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import type { TargetProgress } from '../../dashboard/src/api/target-progress.ts';
import { makeI18n } from '../../dashboard/src/app/i18n-context.tsx';
import { nodeText, tableExport, type Column } from '../../dashboard/src/components/DataTable.tsx';
import { toCsv } from '../../dashboard/src/lib/csv.ts';
import { exportOf } from '../../dashboard/src/lib/export-table.ts';
import { FUNDING_SOURCE_LABELS } from '../../dashboard/src/lib/i18n.ts';
import { targetsExport } from '../../dashboard/src/lib/target-export.ts';
import { toXlsxSheets } from '../../dashboard/src/lib/xlsx.ts';

const unit = (name: string, code: string) => ({ id: 1, code, name, type: 'Huyện', level: 'district', validFrom: null, validTo: null, province: null });

/** A province target of 350 certified products with two district breakdowns, as the API gives it. */
const TARGET = {
  target: {
    id: 7,
    key: 'bac-giang-2024-certified',
    params: { minStars: 3 },
    dueDate: '2024-12-31',
    wording: 'Có 350 sản phẩm OCOP',
    scopeUnit: unit('Bắc Giang', '24'),
  },
  metric: { id: 'certified_products', version: 2, labelVi: 'Sản phẩm OCOP còn hiệu lực', labelEn: 'Certified OCOP products', rollup: 'sum' },
  asOf: '2024-12-31',
  unit: 'count',
  actual: 345,
  targetMin: 350,
  targetMax: null,
  ratio: 0.9857142857142858,
  expectedToDate: 350,
  forecast: 345,
  status: 'at_risk',
  approval: { state: 'approved', periods: 12, approved: 12, submitted: 0, returned: 0 },
  sourceRows: 345,
  series: [],
  districts: [
    {
      target: { id: 8, scopeUnit: unit('Lục Ngạn', '219') },
      actual: 40,
      targetMin: 35,
      targetMax: null,
      ratio: 1.1428571428571428,
      status: 'achieved',
      approval: { state: 'not_approved', periods: 12, approved: 0, submitted: 0, returned: 0 },
    },
  ],
} as unknown as TargetProgress;

describe('the targets export', () => {
  const vi = targetsExport('Chỉ tiêu', [TARGET], makeI18n('vi'));
  const en = targetsExport('Targets', [TARGET], makeI18n('en'));

  it('has headers, enum labels and percentages as the screen shows them, in Vietnamese', () => {
    expect(vi.headers).toEqual([
      'Chỉ số',
      'Phạm vi',
      'Huyện',
      'Hạn',
      'Thực hiện',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Tỷ lệ đạt',
      'Dự báo đến hạn',
      'Trạng thái',
      'Phê duyệt',
    ]);
    const [province, district] = vi.rows;
    expect(province).toContain('98,6%');
    expect(province).toContain('31/12/2024');
    expect(province).toContain('Có nguy cơ');
    expect(province).toContain('Đã phê duyệt');
    expect(district).toContain('114,3%');
    expect(district).toContain('Lục Ngạn');
  });

  it('and in English', () => {
    expect(en.headers).toEqual([
      'Metric',
      'Scope',
      'District',
      'Due',
      'Actual',
      'Target',
      'Unit',
      'Share of target',
      'Forecast at due date',
      'Status',
      'Approval',
    ]);
    expect(en.rows[0]).toContain('98.6%');
    expect(en.rows[0]).toContain('At risk');
  });

  it('shows no internal identifier, and keeps every code for analysts', () => {
    for (const t of [vi, en]) {
      const shown = JSON.stringify([t.headers, t.rows]);
      for (const code of ['bac-giang-2024-certified', 'certified_products', 'at_risk', 'achieved', 'not_approved', '0.985']) expect(shown).not.toContain(code);
    }
    expect(vi.codes).toEqual(en.codes);
    expect(vi.codes.headers).toEqual([
      'key',
      'metric',
      'metric_version',
      'scope',
      'district',
      'due_date',
      'actual',
      'target_min',
      'target_max',
      'unit',
      'ratio',
      'forecast',
      'status',
      'approval',
    ]);
    expect(vi.codes.rows[0]).toEqual([
      'bac-giang-2024-certified',
      'certified_products',
      2,
      'Bắc Giang',
      '',
      '2024-12-31',
      345,
      350,
      null,
      'count',
      0.9857142857142858,
      345,
      'at_risk',
      'approved',
    ]);
    expect(vi.codes.rows[1].slice(-2)).toEqual(['achieved', 'not_approved']);
  });
});

describe('exports of money and enum values', () => {
  const lines = [{ source: 'central', amount: '20967000000' }];
  const build = (lang: 'vi' | 'en') => {
    const i18n = makeI18n(lang);
    return exportOf(
      'Budget',
      [
        { code: 'source', header: i18n.t('source'), show: (l: (typeof lines)[number]) => i18n.label(FUNDING_SOURCE_LABELS, l.source), value: (l) => l.source },
        { code: 'amount_vnd', header: i18n.t('amount'), show: (l) => i18n.vnd(l.amount), value: (l) => l.amount, numeric: true },
      ],
      lines,
    );
  };

  it('writes đồng with Vietnamese grouping and the label of the source, exact digits among the codes', () => {
    const vi = build('vi');
    expect(vi.headers).toEqual(['Nguồn vốn', 'Số tiền']);
    expect(vi.rows[0][0]).toBe('Ngân sách trung ương');
    expect(String(vi.rows[0][1]).replace(/\s/g, ' ')).toBe('20.967.000.000 ₫');
    expect(vi.codes).toEqual({ headers: ['source', 'amount_vnd'], rows: [['central', '20967000000']], numericColumns: [1] });
    const en = build('en');
    expect(en.headers).toEqual(['Funding source', 'Amount']);
    expect(en.rows[0][0]).toBe(FUNDING_SOURCE_LABELS.central.en);
  });

  it('puts the codes below the table in a CSV and in a second sheet of an XLSX, named in the reader language', () => {
    const table = { ...build('vi'), meta: [], codesTitle: makeI18n('vi').t('csv.codes') };
    const csv = toCsv(table);
    expect(csv.indexOf('Ngân sách trung ương')).toBeLessThan(csv.indexOf('Mã dữ liệu cho phân tích'));
    expect(csv).toContain('\r\ncentral,20967000000\r\n');
    const sheets = toXlsxSheets(table);
    expect(sheets.map((s) => s.sheet)).toEqual(['Budget', 'Mã dữ liệu cho phân tích']);
    expect(sheets[1].rows[1][1]).toMatchObject({ value: 20967000000, type: Number });
    expect(toXlsxSheets({ ...build('en'), meta: [], codesTitle: makeI18n('en').t('csv.codes') })[1].sheet).toBe('Codes for analysts');
  });
});

describe('a data table as an export', () => {
  type Row = { name: string; status: string; on: string };
  const i18n = makeI18n('vi');
  const columns: Column<Row>[] = [
    { key: 'name', header: 'Tên', cell: (r) => createElement('button', { type: 'button' }, r.name), sortValue: (r) => r.name },
    { key: 'onDate', header: 'Ngày', cell: (r) => i18n.date(r.on), sortValue: (r) => r.on },
    { key: 'status', header: 'Trạng thái', cell: (r) => i18n.label(FUNDING_SOURCE_LABELS, r.status), sortValue: (r) => r.status, exportValue: (r) => r.status },
    { key: 'shownOnly', header: 'Không xuất', cell: () => 'x' },
  ];
  it('writes each cell as shown and its value under the column key among the codes', () => {
    const t = tableExport('Bảng', columns, [{ name: 'Lục Ngạn', status: 'central', on: '2024-12-31' }]);
    expect(t.headers).toEqual(['Tên', 'Ngày', 'Trạng thái']);
    expect(t.rows).toEqual([['Lục Ngạn', '31/12/2024', 'Ngân sách trung ương']]);
    expect(t.codes.headers).toEqual(['name', 'on_date', 'status']);
    expect(t.codes.rows).toEqual([['Lục Ngạn', '2024-12-31', 'central']]);
  });
  it('reads the text of plain elements, not of components', () => {
    expect(nodeText(createElement(Fragment, null, 'Huyện A', createElement('span', null, 'đã giải thể')))).toBe('Huyện A đã giải thể');
    expect(nodeText(createElement(() => null))).toBeUndefined();
  });
});
