import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvFileName, parseCsv, stripDiacritics, toCsv } from '../../dashboard/src/lib/csv.ts';

describe('csvField', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('Bắc Giang')).toBe('Bắc Giang');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a;b')).toBe('"a;b"');
  });
  it('writes numbers plainly and missing values as empty', () => {
    expect(csvField(20967000000)).toBe('20967000000');
    expect(csvField(0.355)).toBe('0.355');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });
  it('defuses text that Excel would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+84 912')).toBe("'+84 912");
  });
});

describe('toCsv', () => {
  const csv = toCsv({
    title: 'Ngân sách kế hoạch',
    meta: [
      ['Tỉnh', 'Bắc Giang (24)'],
      ['Số liệu tại ngày', '31/12/2024'],
    ],
    headers: ['Nguồn vốn', 'amount_vnd'],
    rows: [
      ['Ngân sách trung ương', '5867000000'],
      ['Nguồn khác', null],
    ],
  });
  it('starts with a BOM so Excel reads UTF-8 Vietnamese', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('writes the filters and as-of date above the header, CRLF line ends', () => {
    expect(csv).toContain('Tỉnh,Bắc Giang (24)\r\n');
    expect(csv).toContain('Số liệu tại ngày,31/12/2024\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('reads back to the same cells', () => {
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Tỉnh', 'Bắc Giang (24)']);
    expect(rows[2]).toEqual(['']);
    expect(rows[3]).toEqual(['Nguồn vốn', 'amount_vnd']);
    expect(rows[4]).toEqual(['Ngân sách trung ương', '5867000000']);
    expect(rows[5]).toEqual(['Nguồn khác', '']);
  });
  it('parses quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('"a, b","say ""hi""","x\r\ny"\r\n1,2,3\r\n')).toEqual([
      ['a, b', 'say "hi"', 'x\r\ny'],
      ['1', '2', '3'],
    ]);
  });
});

describe('file names', () => {
  it('are ASCII slugs with the as-of date', () => {
    expect(stripDiacritics('Đào tạo & Xúc tiến – Bắc Giang')).toBe('Dao tao & Xuc tien – Bac Giang');
    expect(csvFileName('Ngân sách kế hoạch', '2024-12-31')).toBe('ocop_ngan-sach-ke-hoach_2024-12-31.csv');
    expect(csvFileName('Sản phẩm OCOP (≥ 3★)', null)).toBe('ocop_san-pham-ocop-3.csv');
    expect(csvFileName('★★', null, 'xlsx')).toBe('ocop_data.xlsx');
  });
});
