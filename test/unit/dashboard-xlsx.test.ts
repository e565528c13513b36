// The XLSX export's row shaping (dashboard/src/lib/xlsx.ts), and one file
// written by write-excel-file and read back by exceljs.
import ExcelJS from 'exceljs';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../dashboard/src/lib/csv.ts';
import { DATE_FORMAT, MONEY_FORMAT, sheetName, toXlsxSheet, xlsxCell } from '../../dashboard/src/lib/xlsx.ts';

const TABLE: ExportTable = {
  title: 'Phân bổ và giải ngân theo nguồn vốn',
  meta: [
    ['Bảng', 'Phân bổ và giải ngân theo nguồn vốn'],
    ['Tỉnh', 'Bắc Giang (24)'],
    ['Số liệu tại ngày', '31/12/2024'],
  ],
  headers: ['code', 'Huyện', 'allocated_vnd', 'rate', 'due_date', 'note'],
  rows: [
    ['07525', 'Lục Ngạn', '20967000000', 82.7, '2024-12-31', '=SUM(A1)'],
    ['219', 'Sơn Động', '123456789012345678901', null, '2025-06-30', 'x'],
    ['220', 'Yên Thế', '0', 0, null, '2024-12-31'],
  ],
  numericColumns: [2, 3],
};

describe('toXlsxSheet', () => {
  const s = toXlsxSheet(TABLE);

  it('writes the meta lines (bold labels), a blank row, the bold header, then the rows', () => {
    expect(s.rows).toHaveLength(3 + 1 + 1 + 3);
    expect(s.rows[0]).toEqual([
      { value: 'Bảng', type: String, fontWeight: 'bold' },
      { value: 'Phân bổ và giải ngân theo nguồn vốn', type: String },
    ]);
    expect(s.rows[2][1]).toEqual({ value: '31/12/2024', type: String });
    expect(s.rows[3]).toEqual([]);
    expect(s.rows[4].map((c) => c?.value)).toEqual(TABLE.headers);
    expect(s.rows[4].every((c) => c?.fontWeight === 'bold')).toBe(true);
  });

  it('keeps codes as text, writes money digits as grouped numbers, and numbers as numbers', () => {
    const [lucNgan, sonDong, yenThe] = s.rows.slice(5);
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
    const [lucNgan, , yenThe] = s.rows.slice(5);
    expect(lucNgan[4]).toEqual({ value: new Date(Date.UTC(2024, 11, 31)), type: Date, format: DATE_FORMAT });
    expect(yenThe[4]).toBeNull();
    // "note" holds one date-looking text among others: not a date column.
    expect(yenThe[5]).toEqual({ value: '2024-12-31', type: String });
  });

  it('writes formula-looking text as text', () => {
    expect(s.rows[5][5]).toEqual({ value: '=SUM(A1)', type: String });
  });

  it('names the sheet after the title and sizes the columns', () => {
    expect(s.sheet).toBe('Phân bổ và giải ngân theo nguồn');
    expect(s.columns).toHaveLength(6);
    for (const c of s.columns) {
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
});

describe('a file written and read back', () => {
  it('keeps Vietnamese text, exact money and dates', async () => {
    const s = toXlsxSheet(TABLE);
    const buffer = await writeXlsxFile(s.rows as SheetData, { sheet: s.sheet, columns: s.columns }).toBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe(s.sheet);
    expect(ws.getCell('B2').value).toBe('Bắc Giang (24)');
    expect(ws.getCell('A6').value).toBe('07525');
    expect(ws.getCell('C6').value).toBe(20967000000);
    expect(ws.getCell('C6').numFmt).toBe(MONEY_FORMAT);
    expect(ws.getCell('C7').value).toBe('123456789012345678901');
    expect((ws.getCell('E6').value as Date).toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(ws.getCell('F6').value).toBe('=SUM(A1)');
  });
});
