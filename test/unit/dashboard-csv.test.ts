// The CSV writer, read back by csv-parse (the importer's parser, an independent
// and well-kept one) rather than by anything written here.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, type Cell, csvField, csvFileName, stripDiacritics, toCsv } from '../../dashboard/src/lib/csv.ts';

/** What a spreadsheet import sees: csv-parse with the BOM stripped and rows of any length. */
const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: true });

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
    expect(csvField(-1e-7)).toBe('-1e-7');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });
  it('defuses text that Excel would run as a formula, but not a number written as text', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+84 912')).toBe("'+84 912");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('-5000000')).toBe('-5000000');
    expect(csvField('-2.5')).toBe('-2.5');
  });
});

describe('toCsv', () => {
  const csv = toCsv({
    title: 'Ngân sách kế hoạch',
    meta: [
      ['Tỉnh', 'Bắc Giang (24)'],
      ['Số liệu tại ngày', '31/12/2024'],
    ],
    headers: ['Nguồn vốn', 'Số tiền'],
    rows: [
      ['Ngân sách trung ương', '5.867.000.000 ₫'],
      ['Nguồn khác', '–'],
    ],
    codes: {
      headers: ['source', 'amount_vnd'],
      rows: [
        ['central', '5867000000'],
        ['other', null],
      ],
    },
    codesTitle: 'Mã dữ liệu cho phân tích',
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
  it('reads back to the same cells: the table as shown, then the titled codes below a blank line', () => {
    expect(read(csv)).toEqual([
      ['Tỉnh', 'Bắc Giang (24)'],
      ['Số liệu tại ngày', '31/12/2024'],
      [''],
      ['Nguồn vốn', 'Số tiền'],
      ['Ngân sách trung ương', '5.867.000.000 ₫'],
      ['Nguồn khác', '–'],
      [''],
      ['Mã dữ liệu cho phân tích'],
      ['source', 'amount_vnd'],
      ['central', '5867000000'],
      ['other', ''],
    ]);
  });
});

describe('read back by csv-parse', () => {
  // [what the case is, the cell written, the text read back]
  const CASES: [string, Cell, string][] = [
    ['Vietnamese', 'Hợp tác xã Vải thiều Thanh Hà – Lục Ngạn, Bắc Giang', 'Hợp tác xã Vải thiều Thanh Hà – Lục Ngạn, Bắc Giang'],
    ['Vietnamese, decomposed', 'Mật ong'.normalize('NFD'), 'Mật ong'.normalize('NFD')],
    ['quotes', 'HTX "Sao Mai"', 'HTX "Sao Mai"'],
    ['a lone quote', 'Màn hình 5"', 'Màn hình 5"'],
    ['only a quote', '"', '"'],
    ['comma and semicolon', 'Chè, cà phê; ca cao', 'Chè, cà phê; ca cao'],
    ['line feed', 'dòng 1\ndòng 2', 'dòng 1\ndòng 2'],
    ['CRLF', 'dòng 1\r\ndòng 2', 'dòng 1\r\ndòng 2'],
    ['a lone CR', 'dòng 1\rdòng 2', 'dòng 1\rdòng 2'],
    ['tab inside', 'cột\tgiữa', 'cột\tgiữa'],
    ['spaces around', '  Chũ  ', '  Chũ  '],
    ['leading =', '=HYPERLINK("http://x","bấm")', `'=HYPERLINK("http://x","bấm")`],
    ['leading +', '+84 912 345 678', `'+84 912 345 678`],
    ['leading -', '-1+cmd|calc', `'-1+cmd|calc`],
    ['leading @', '@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['leading tab', '\t=1+1', `'\t=1+1`],
    ['leading CR', '\r=1+1', `'\r=1+1`],
    ['negative amount as text', '-5000000', '-5000000'],
    ['negative number', -3, '-3'],
    ['empty text', '', ''],
    ['missing', null, ''],
    ['stars and emoji', 'Mật ong ★★★★ 🍯', 'Mật ong ★★★★ 🍯'],
  ];

  it('gives every cell back as written, formulas defused', () => {
    const csv = toCsv({
      title: 'Ký tự khó',
      meta: [['Ghi chú', 'có "ngoặc kép", dấu phẩy\nvà xuống dòng']],
      headers: ['trường hợp', 'giá trị'],
      rows: CASES.map(([name, cell]) => [name, cell]),
      codes: { headers: ['case', 'value'], rows: CASES.map(([name, cell]) => [name, cell]) },
    });
    const cases = CASES.map(([name, , back]) => [name, back]);
    expect(read(csv)).toEqual([
      ['Ghi chú', 'có "ngoặc kép", dấu phẩy\nvà xuống dòng'],
      [''],
      ['trường hợp', 'giá trị'],
      ...cases,
      [''],
      ['Codes'],
      ['case', 'value'],
      ...cases,
    ]);
  });

  it('gives back any mix of the awkward characters, whole rows at a time', () => {
    // A fixed pseudo-random sequence, so a failure repeats.
    let seed = 20261201;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['"', ',', ';', '\r', '\n', '\t', ' ', '=', '+', '-', '@', "'", 'a', '7', 'ạ', 'Đ', 'ế', 'ươ', '₫'];
    const text = () => Array.from({ length: next(8) }, () => alphabet[next(alphabet.length)]).join('');
    const rows = Array.from({ length: 300 }, () => Array.from({ length: 1 + next(4) }, text));
    const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell)));
    const back = read(toCsv({ title: 'x', meta: [], headers: ['a'], rows, codes: { headers: ['a'], rows: [] } }));
    expect(back.slice(2, 2 + rows.length)).toEqual(expected);
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
