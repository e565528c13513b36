// XLSX export of any chart's or table's figures: the same ExportTable as the
// CSV, shaped into write-excel-file's sheets. Pure: the library itself is only
// loaded when someone clicks "Tải XLSX" (components/xlsx-download.ts).
//
// The first sheet as the CSV: the label–value lines (title, filters, as-of
// date, source, export time), a blank row, the header (bold), the rows as the
// screen shows them. The second sheet holds the codes: header and rows. Numbers
// stay numbers; exact đồng digit strings in numeric columns become numbers
// shown with grouping (exact up to 2^53 đồng, otherwise kept as text); ISO
// dates in a column of dates become date cells shown dd/mm/yyyy; everything
// else is text, never a formula (cells are written as strings, so nothing
// needs defusing).
import { CODES_TITLE, type Cell as ExportCell, type CodeTable, type ExportTable } from './csv.ts';

/** One cell as write-excel-file takes it (its `Cell` object form). */
export interface XlsxCell {
  value: string | number | boolean | Date;
  type: StringConstructor | NumberConstructor | BooleanConstructor | DateConstructor;
  format?: string;
  fontWeight?: 'bold';
  wrap?: boolean;
}

export type XlsxRow = (XlsxCell | null)[];

export interface XlsxSheet {
  /** Sheet name: the title, cut to Excel's 31 characters without []:*?/\ . */
  sheet: string;
  rows: XlsxRow[];
  /** Column widths in characters. */
  columns: { width: number }[];
}

export const MONEY_FORMAT = '#,##0';
export const DATE_FORMAT = 'dd/mm/yyyy';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER = /^-?(0|[1-9]\d*)$/;
const MAX_WIDTH = 60;

const MAX_SHEET_NAME = 31;

/** An Excel-safe sheet name: at most 31 characters, cut between words (a single long word is cut). */
export function sheetName(title: string): string {
  const clean = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return 'Data';
  if (clean.length <= MAX_SHEET_NAME) return clean;
  const cut = clean.slice(0, MAX_SHEET_NAME + 1);
  const space = cut.lastIndexOf(' ');
  const words = space > 0 ? cut.slice(0, space) : clean.slice(0, MAX_SHEET_NAME);
  // No sheet name ends on a dash or a comma left from the cut phrase.
  return words.replace(/[\s–—,;.(-]+$/u, '') || words;
}

function isIsoDateText(value: ExportCell): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function isEmpty(value: ExportCell): boolean {
  return value === null || value === undefined || value === '';
}

/** Columns in which every filled cell is an ISO date. */
function dateColumns(table: CodeTable): Set<number> {
  const out = new Set<number>();
  table.headers.forEach((_, c) => {
    const filled = table.rows.map((r) => r[c]).filter((v) => !isEmpty(v));
    if (filled.length && filled.every(isIsoDateText)) out.add(c);
  });
  return out;
}

function text(value: string, bold = false): XlsxCell {
  return { value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

/** One data cell, typed by its value and its column. */
export function xlsxCell(value: ExportCell, options: { numeric?: boolean; date?: boolean } = {}): XlsxCell | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  if (typeof value === 'boolean') return { value, type: Boolean };
  if (options.date && isIsoDateText(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: DATE_FORMAT };
  }
  if (options.numeric && INTEGER.test(value) && Number.isSafeInteger(Number(value))) {
    return { value: Number(value), type: Number, format: MONEY_FORMAT };
  }
  return text(value);
}

function widthOf(cell: XlsxCell | null): number {
  if (!cell) return 0;
  if (cell.type === Date) return 10;
  if (cell.type === Number && cell.format === MONEY_FORMAT) return String(cell.value).length * 1.35;
  return String(cell.value).length;
}

/** A table as a sheet: lines above it (meta) and a blank row when there are any, the header, the rows. */
function sheetOf(name: string, meta: XlsxRow[], table: CodeTable): XlsxSheet {
  const numeric = new Set(table.numericColumns ?? []);
  const dates = dateColumns(table);
  const header: XlsxRow = table.headers.map((h) => text(h, true));
  const body: XlsxRow[] = table.rows.map((r) => table.headers.map((_, c) => xlsxCell(r[c], { numeric: numeric.has(c), date: dates.has(c) })));
  const width = Math.max(table.headers.length, 2);
  const columns = Array.from({ length: width }, (_, c) => {
    // Meta lines are long sentences: they widen only the first two columns a little.
    const metaWidth = c < 2 ? Math.min(30, Math.max(0, ...meta.map((r) => widthOf(r[c] ?? null)))) : 0;
    const w = Math.max(8, metaWidth, widthOf(header[c] ?? null), ...body.map((r) => widthOf(r[c] ?? null)));
    return { width: Math.min(MAX_WIDTH, Math.ceil(w + 2)) };
  });
  return { sheet: name, rows: [...meta, ...(meta.length ? [[]] : []), header, ...body], columns };
}

/** The export as sheets: the table as shown (meta lines, a blank row, the header, the rows), then its codes. */
export function toXlsxSheets(table: ExportTable): XlsxSheet[] {
  const meta: XlsxRow[] = table.meta.map(([label, value]) => [text(label, true), text(value)]);
  const shown = sheetOf(sheetName(table.title), meta, table);
  const codesName = sheetName(table.codesTitle ?? CODES_TITLE);
  return [shown, sheetOf(codesName === shown.sheet ? `${codesName.slice(0, MAX_SHEET_NAME - 2)} 2` : codesName, [], table.codes)];
}
