// Reads an uploaded CSV or XLSX file into a header row and data rows of text
// cells, numbered as a spreadsheet numbers them (the header is row 1).
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput } from '../common/errors.ts';
import { ImportFormat } from './import.types.ts';

export interface Sheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** Text as the rules read it: NFC (files arrive in any normalisation), no-break spaces as spaces, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An Excel cell value as the text a user sees; date cells as dd/mm/yyyy. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return '';
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw badInput('fileBase64', {
      vi: 'không đọc được tệp XLSX (hãy lưu tệp dạng "Excel Workbook (*.xlsx)")',
      en: 'not a readable XLSX workbook (save the file as "Excel Workbook (*.xlsx)")',
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput('fileBase64', { vi: 'tệp không có trang tính nào', en: 'the workbook has no sheet' });
  const out: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(cellText(row.getCell(c).value));
    out.push(cells);
  }
  return out;
}

/** The separator of a CSV file: Excel in Vietnamese settings writes ";" (the decimal mark is ","). */
function delimiterOf(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [',', ';', '\t'].map((ch) => [ch, count(ch)] as const).sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

function readCsv(data: Buffer): string[][] {
  const text = data.toString('utf8');
  if (text.includes('\ufffd')) {
    throw badInput('fileBase64', {
      vi: 'tệp CSV không phải văn bản UTF-8 (trong Excel, hãy lưu dạng "CSV UTF-8 (Comma delimited)")',
      en: 'the CSV file is not UTF-8 text (in Excel, save it as "CSV UTF-8 (Comma delimited)")',
    });
  }
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0]),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const reason = (error as Error).message;
    throw badInput('fileBase64', { vi: `không đọc được tệp CSV: ${reason}`, en: `not a readable CSV file: ${reason}` });
  }
}

/** At most this many data rows per file: one import is one transaction. */
export const MAX_ROWS = 5000;

export async function readSheet(format: ImportFormat, data: Buffer): Promise<Sheet> {
  const table = format === ImportFormat.XLSX ? await readXlsx(data) : readCsv(data);
  const [header = [], ...body] = table;
  const headers = header.map((h) => cleanText(h));
  // Trailing empty header cells are formatting, not columns.
  while (headers.length && headers.at(-1) === '') headers.pop();
  if (!headers.length) throw badInput('fileBase64', { vi: 'tệp không có dòng tiêu đề', en: 'the file has no header row' });
  const rows = body.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => cleanText(c)) })).filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length > MAX_ROWS) {
    throw badInput('fileBase64', {
      vi: `tệp có ${rows.length} dòng dữ liệu; mỗi lần chỉ nhập tối đa ${MAX_ROWS} dòng`,
      en: `the file has ${rows.length} data rows; import at most ${MAX_ROWS} at a time`,
    });
  }
  return { headers, rows };
}
