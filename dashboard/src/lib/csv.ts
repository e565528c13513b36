// CSV export of any chart's or table's figures. UTF-8 with a byte-order mark
// so Excel shows Vietnamese; the filters and the as-of date are written above
// the header so a file read later still says what it shows; the table as the
// screen shows it, then (titled) the same rows as codes for analysts. Pure functions.

export type Cell = string | number | boolean | null | undefined;

/** The rows of an export as machine-readable codes (lib/export-table.ts). */
export interface CodeTable {
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Indexes of numeric columns whose cells may be exact digit strings (money): the XLSX file writes those as numbers. */
  numericColumns?: readonly number[];
}

/** A table of figures with what it was filtered on: the unit of every download. */
export interface ExportTable {
  /** Title of the chart or table. */
  title: string;
  /** Label–value lines written above the data: filters, as-of date, source. */
  meta: readonly (readonly [string, string])[];
  /** Headers and rows as the screen shows them, in the reader's language. */
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** The same rows as codes, for analysts. */
  codes: CodeTable;
  /** What the codes are called in the reader's language: the CSV section's title, the XLSX sheet's name. */
  codesTitle?: string;
}

export const BOM = '\ufeff';
const EOL = '\r\n';

/** One CSV field: quoted when it holds a comma, quote, semicolon or line break. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // Text starting with = + - @, a tab or a carriage return may be run by Excel as a formula
  // (OWASP "CSV injection"): a quote defuses it. Plain numbers such as "-5000000" stay numbers.
  const formula = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text);
  const safe = formula ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

export const CODES_TITLE = 'Codes';

/** The whole file: BOM, meta lines, a blank line, the header, the rows; then a blank line, the codes' title, their header and rows. */
export function toCsv(table: ExportTable): string {
  const lines = [...table.meta.map(([k, v]) => csvLine([k, v])), '', csvLine(table.headers), ...table.rows.map(csvLine)];
  lines.push('', csvLine([table.codesTitle ?? CODES_TITLE]), csvLine(table.codes.headers), ...table.codes.rows.map(csvLine));
  return BOM + lines.join(EOL) + EOL;
}

/** Strips Vietnamese diacritics: "Tổng quan Bắc Giang" → "Tong quan Bac Giang". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A safe file name from a title and a date: "ocop_tong-quan-bac-giang_2024-12-31.csv". */
export function csvFileName(title: string, asOf: string | null, ext = 'csv'): string {
  const slug = stripDiacritics(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `ocop_${slug || 'data'}${asOf ? `_${asOf}` : ''}.${ext}`;
}
