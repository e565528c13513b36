// CSV export of any chart's or table's figures. UTF-8 with a byte-order mark
// so Excel shows Vietnamese; the filters and the as-of date are written above
// the header so a file read later still says what it shows. Pure functions.

export type Cell = string | number | boolean | null | undefined;

/** A table of figures with what it was filtered on: the unit of every download. */
export interface ExportTable {
  /** Title of the chart or table. */
  title: string;
  /** Label–value lines written above the data: filters, as-of date, source. */
  meta: readonly (readonly [string, string])[];
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /**
   * Indexes of numeric columns whose cells may be exact digit strings (money):
   * the XLSX file writes those as numbers. The CSV writes every cell as it is.
   */
  numericColumns?: readonly number[];
}

export const BOM = '\ufeff';
const EOL = '\r\n';

/** One CSV field: quoted when it holds a comma, quote, semicolon or line break. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // A leading = + - @ would make Excel evaluate the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** The whole file: BOM, meta lines, a blank line, the header, the rows. */
export function toCsv(table: ExportTable): string {
  const lines = [...table.meta.map(([k, v]) => csvLine([k, v])), '', csvLine(table.headers), ...table.rows.map(csvLine)];
  return BOM + lines.join(EOL) + EOL;
}

/** Strips Vietnamese diacritics: "Tổng quan Bắc Giang" → "Tong quan Bac Giang". */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
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

/** Parses CSV text back into rows (RFC 4180 quoting); used by tests and checks. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
