// The XLSX export's sheet shaping (dashboard/src/lib/xlsx.ts): the table as
// shown, then its codes; and one file written by write-excel-file and read
// back by exceljs.
import ExcelJS from 'exceljs';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../dashboard/src/lib/csv.ts';
import { DATE_FORMAT, MONEY_FORMAT, sheetName, toXlsxSheets, xlsxCell } from '../../dashboard/src/lib/xlsx.ts';

const TABLE: ExportTable = {
  title: 'Phân bổ và giải ngân theo nguồn vốn',
  meta: [
    ['Bảng', 'Phân bổ và giải ngân theo nguồn vốn'],
    ['Tỉnh', 'Bắc Giang (24)'],
    ['Số liệu tại ngày', '31/12/2024'],
  ],
  headers: ['Huyện', 'Phân bổ', 'Tỷ lệ', 'Hạn', 'Ghi chú'],
  rows: [
    ['Lục Ngạn', '20.967.000.000 ₫', '82,7%', '31/12/2024', '=SUM(A1)'],
    ['Sơn Động', '123.456.789.012.345.678.901 ₫', '–', '30/06/2025', 'x'],
    ['Yên Thế', '0 ₫', '0%', '', '2024-12-31'],
  ],
  codes: {
    headers: ['code', 'district', 'allocated_vnd', 'rate', 'due_date', 'note'],
    rows: [
      ['07525', 'Lục Ngạn', '20967000000', 82.7, '2024-12-31', '=SUM(A1)'],
      ['219', 'Sơn Động', '123456789012345678901', null, '2025-06-30', 'x'],
      ['220', 'Yên Thế', '0', 0, null, '2024-12-31'],
    ],
    numericColumns: [2, 3],
  },
  codesTitle: 'Mã dữ liệu cho phân tích',
};

describe('toXlsxSheets', () => {
  const [shown, s] = toXlsxSheets(TABLE);

  it('writes the table as shown: meta lines (bold labels), a blank row, the bold header, the rows as text', () => {
    expect(shown.rows).toHaveLength(3 + 1 + 1 + 3);
    expect(shown.rows[0]).toEqual([
      { value: 'Bảng', type: String, fontWeight: 'bold' },
      { value: 'Phân bổ và giải ngân theo nguồn vốn', type: String },
    ]);
    expect(shown.rows[2][1]).toEqual({ value: '31/12/2024', type: String });
    expect(shown.rows[3]).toEqual([]);
    expect(shown.rows[4].map((c) => c?.value)).toEqual(TABLE.headers);
    expect(shown.rows[4].every((c) => c?.fontWeight === 'bold')).toBe(true);
    expect(shown.rows[5].map((c) => c?.value)).toEqual(['Lục Ngạn', '20.967.000.000 ₫', '82,7%', '31/12/2024', '=SUM(A1)']);
  });

  it('writes the codes in a second sheet named in the reader language: their header, then the rows', () => {
    expect(s.sheet).toBe('Mã dữ liệu cho phân tích');
    expect(s.rows).toHaveLength(1 + 3);
    expect(s.rows[0].map((c) => c?.value)).toEqual(TABLE.codes.headers);
  });

  it('keeps codes as text, writes money digits as grouped numbers, and numbers as numbers', () => {
    const [lucNgan, sonDong, yenThe] = s.rows.slice(1);
    expect(lucNgan[0]).toEqual({ value: '07525', type: String });
    expect(yenThe[0]).toEqual({ value: '220', type: String });
    expect(lucNgan[2]).toEqual({ value: 20967000000, type: Number, format: MONEY_FORMAT });
    expect(yenThe[2]).toEqual({ value: 0, type: Number, format: MONEY_FORMAT });
    // Beyond 2^53 a double would round: the exact digits stay as text.
    expect(sonDong[2]).toEqual({ value: '123456789012345678901', type: String });
    expect(lucNgan[3]).toEqual({ value: 82.7, type: Number });
    expect(sonDong[3]).toBeNull();
  });

  it('writes a column of ISO dates as date cells, and leaves a mixed column as text', () => {
    const [lucNgan, , yenThe] = s.rows.slice(1);
    expect(lucNgan[4]).toEqual({ value: new Date(Date.UTC(2024, 11, 31)), type: Date, format: DATE_FORMAT });
    expect(yenThe[4]).toBeNull();
    // "note" holds one date-looking text among others: not a date column.
    expect(yenThe[5]).toEqual({ value: '2024-12-31', type: String });
  });

  it('writes formula-looking text as text', () => {
    expect(s.rows[1][5]).toEqual({ value: '=SUM(A1)', type: String });
  });

  it('names the first sheet after the title and sizes the columns', () => {
    expect(shown.sheet).toBe('Phân bổ và giải ngân theo nguồn');
    expect(s.columns).toHaveLength(6);
    for (const c of [...shown.columns, ...s.columns]) {
      expect(c.width).toBeGreaterThanOrEqual(10);
      expect(c.width).toBeLessThanOrEqual(60);
    }
  });
});

describe('cells and names', () => {
  it('types single cells', () => {
    expect(xlsxCell(null)).toBeNull();
    expect(xlsxCell('')).toBeNull();
    expect(xlsxCell(Number.NaN)).toBeNull();
    expect(xlsxCell(true)).toEqual({ value: true, type: Boolean });
    expect(xlsxCell('2024-02-30', { date: true })).toEqual({ value: '2024-02-30', type: String });
    expect(xlsxCell('-5', { numeric: true })).toEqual({ value: -5, type: Number, format: MONEY_FORMAT });
    expect(xlsxCell('007', { numeric: true })).toEqual({ value: '007', type: String });
    expect(xlsxCell('12.5', { numeric: true })).toEqual({ value: '12.5', type: String });
  });
  it('makes Excel-safe sheet names', () => {
    expect(sheetName('Chỉ tiêu [2024]: a/b?')).toBe('Chỉ tiêu 2024 a b');
    expect(sheetName('   ')).toBe('Data');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
  it('shortens a long title at a word boundary, in either language', () => {
    expect(sheetName('Giải ngân lũy kế theo tháng so với tiến độ đều')).toBe('Giải ngân lũy kế theo tháng so');
    expect(sheetName('Allocation and disbursement by funding source')).toBe('Allocation and disbursement by');
    expect(sheetName('Chỉ tiêu – Tổng số sản phẩm OCOP đạt từ 3 sao')).toBe('Chỉ tiêu – Tổng số sản phẩm');
    for (const title of ['Sản phẩm OCOP được công nhận theo hạng sao qua các năm', 'Certified OCOP products by star rating over the years']) {
      const name = sheetName(title);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(title.startsWith(name) && /\s/.test(title[name.length] ?? ' ')).toBe(true);
    }
  });
  it('keeps the codes sheet apart from a table titled the same', () => {
    const [a, b] = toXlsxSheets({ ...TABLE, title: 'Codes', codesTitle: 'Codes' });
    expect(a.sheet).not.toBe(b.sheet);
  });
});

describe('a file written and read back', () => {
  it('keeps Vietnamese text, exact money and dates, the codes in the second sheet', async () => {
    const sheets = toXlsxSheets(TABLE);
    const buffer = await writeXlsxFile(sheets.map((s) => ({ data: s.rows as SheetData, sheet: s.sheet, columns: s.columns }))).toBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phân bổ và giải ngân theo nguồn', 'Mã dữ liệu cho phân tích']);
    expect(wb.worksheets[0].getCell('B2').value).toBe('Bắc Giang (24)');
    expect(wb.worksheets[0].getCell('B6').value).toBe('20.967.000.000 ₫');
    const ws = wb.worksheets[1];
    expect(ws.getCell('A2').value).toBe('07525');
    expect(ws.getCell('C2').value).toBe(20967000000);
    expect(ws.getCell('C2').numFmt).toBe(MONEY_FORMAT);
    expect(ws.getCell('C3').value).toBe('123456789012345678901');
    expect((ws.getCell('E2').value as Date).toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(ws.getCell('F2').value).toBe('=SUM(A1)');
  });
});
