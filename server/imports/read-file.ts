// Reads an uploaded CSV or XLSX file into a header row and data rows of text
// cells, numbered as a spreadsheet numbers them (the header is row 1). What a
// file may cost is bounded before and while it is read, each refusal naming
// the limit: a workbook's parts are unpacked only up to the sizes they declare
// (and those are capped), its first sheet is streamed cell by cell (work grows
// with the cells present, not with the sheet's dimensions), and rows, columns
// and cells are counted as they come. Cells the importer must not guess at
// (formulas, Excel error values, text that cannot be stored) are reported by
// row and column.
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { badInput } from '../common/errors.ts';
import { TEXT_MAX, textProblem } from '../common/text-rules.ts';
import type { Label } from '../labels/language.ts';
import { ImportFormat } from './import.types.ts';

/** At most this many data rows per file: one import is one transaction. */
export const MAX_ROWS = 5000;

export const FILE_LIMITS = {
  /** Columns a sheet may use (the widest kind has a dozen). */
  maxColumns: 100,
  /** Non-empty cells in the sheet read. */
  maxCells: 250_000,
  /** Bytes the workbook's parts may unpack to, all together, as their zip entries declare it (and no more is inflated). */
  maxUnpackedBytes: 32 * 1024 * 1024,
  /** Entries in the workbook's zip. */
  maxEntries: 1_000,
};

/** A cell the importer refuses to read, by its row and (0-based) column. */
export interface CellProblem {
  row: number;
  column: number;
  message: Label;
}

export interface Sheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  problems: CellProblem[];
}

/** Text as the rules read it: NFC (files arrive in any normalisation), no-break spaces as spaces, trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim();
}

const n = (value: number) => value.toLocaleString('en-GB');
const nVi = (value: number) => value.toLocaleString('vi-VN');

function tooBig(vi: string, en: string) {
  return badInput('fileBase64', { vi, en });
}

function unreadable() {
  return badInput('fileBase64', {
    vi: 'không đọc được tệp XLSX (hãy lưu tệp dạng "Excel Workbook (*.xlsx)")',
    en: 'not a readable XLSX workbook (save the file as "Excel Workbook (*.xlsx)")',
  });
}

/** The workbook parts the sheet reader needs; everything else in the zip is never inflated. */
const PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

/**
 * The parts of a workbook from its zip's central directory: entry sizes are
 * checked before anything is inflated, and inflating stops at the size an
 * entry declares, so a file that lies about its sizes is refused, not unpacked.
 */
function unpackWorkbook(zip: Buffer): Record<string, Uint8Array> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw unreadable();
  const entries = zip.readUInt16LE(end + 10);
  if (entries > FILE_LIMITS.maxEntries) {
    throw tooBig(
      `tệp XLSX có ${nVi(entries)} mục nén, tối đa ${nVi(FILE_LIMITS.maxEntries)}`,
      `the XLSX file holds ${n(entries)} zip entries, at most ${n(FILE_LIMITS.maxEntries)}`,
    );
  }
  const parts: Record<string, Uint8Array> = {};
  let unpacked = 0;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const method = zip.readUInt16LE(at + 10);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (!PARTS.test(name)) continue;
    unpacked += size;
    if (unpacked > FILE_LIMITS.maxUnpackedBytes) {
      throw tooBig(
        `nội dung tệp XLSX giải nén vượt ${nVi(FILE_LIMITS.maxUnpackedBytes / 1024 / 1024)} MB (giới hạn giải nén), tại ${name}`,
        `the XLSX file unpacks to more than ${n(FILE_LIMITS.maxUnpackedBytes / 1024 / 1024)} MB (the unpacked size limit), at ${name}`,
      );
    }
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw unreadable();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + packedSize);
    try {
      if (method === 0) parts[name] = packed.subarray(0, size);
      else if (method === 8) parts[name] = inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) });
      else throw unreadable();
    } catch {
      // zlib stops at maxOutputLength: the entry holds more than it declares, or is damaged.
      throw tooBig(
        `mục ${name} của tệp XLSX hỏng hoặc lớn hơn kích thước nó khai báo`,
        `the XLSX entry ${name} is damaged or larger than the size it declares`,
      );
    }
  }
  return parts;
}

/** Column letters (A, Z, AA…) to a 1-based index. */
function columnIndex(letters: string): number {
  return [...letters].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Refuses a sheet whose used range, as it declares it (<dimension ref="A1:Z20000"/>), passes the row or column limit. */
function checkDimension(sheetXml: Uint8Array): void {
  const head = Buffer.from(sheetXml.subarray(0, 4096)).toString('utf8');
  const ref = /<dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"/.exec(head);
  if (!ref) return;
  const rows = Number(ref[4] ?? ref[2]);
  const columns = columnIndex(ref[3] ?? ref[1]);
  const range = ref[0].slice(ref[0].indexOf('"') + 1, -1);
  if (rows > MAX_ROWS + 1) {
    throw tooBig(
      `trang tính khai báo vùng dữ liệu ${range} (${nVi(rows)} dòng); tối đa ${nVi(MAX_ROWS + 1)} dòng (1 dòng tiêu đề và ${nVi(MAX_ROWS)} dòng dữ liệu): xóa các dòng thừa bên dưới`,
      `the sheet declares its used range as ${range} (${n(rows)} rows); at most ${n(MAX_ROWS + 1)} rows (a header and ${n(MAX_ROWS)} data rows): delete the rows below your data`,
    );
  }
  if (columns > FILE_LIMITS.maxColumns) {
    throw tooBig(
      `trang tính khai báo vùng dữ liệu ${range} (${nVi(columns)} cột); tối đa ${nVi(FILE_LIMITS.maxColumns)} cột`,
      `the sheet declares its used range as ${range} (${n(columns)} columns); at most ${n(FILE_LIMITS.maxColumns)} columns`,
    );
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Excel writes characters XML cannot hold (control characters) as _xHHHH_, and a literal "_x" as _x005F_x. */
function excelUnescape(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
}

/** An Excel cell value as the text a user sees (date cells as dd/mm/yyyy), or a problem for formulas and error values. */
function cellText(value: ExcelJS.CellValue): string | Label {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string') return excelUnescape(value);
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return excelUnescape(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return {
      vi: `là công thức (=${formula}); hệ thống không tính công thức: hãy dán giá trị (Paste Special > Values)`,
      en: `is a formula (=${formula}); the hub does not evaluate formulas: paste the value instead (Paste Special > Values)`,
    };
  }
  if ('error' in value) return { vi: `là giá trị lỗi của Excel ${String(value.error)}`, en: `is the Excel error value ${String(value.error)}` };
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

/** The size of the pieces a workbook is streamed in: each is parsed without a pause. */
const CHUNK_BYTES = 16 * 1024;

function tooManyCells(): never {
  throw tooBig(
    `trang tính có hơn ${nVi(FILE_LIMITS.maxCells)} ô có dữ liệu (giới hạn ô)`,
    `the sheet has more than ${n(FILE_LIMITS.maxCells)} non-empty cells (the cell limit)`,
  );
}

async function readXlsx(data: Buffer): Promise<{ table: string[][]; rowNumbers: number[]; problems: CellProblem[] }> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unpackWorkbook(data);
  } catch (error) {
    if (error instanceof RangeError) throw unreadable();
    throw error;
  }
  const sheets = Object.keys(parts)
    .filter((name) => name.startsWith('xl/worksheets/'))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  if (!sheets.length || !parts['xl/workbook.xml']) throw badInput('fileBase64', { vi: 'tệp XLSX không có trang tính nào', en: 'the workbook has no sheet' });
  checkDimension(parts[sheets[0]]);
  // The reader streams a zip: the parts checked above, stored, the first sheet first.
  const { [sheets[0]]: first, ...rest } = parts;
  const stored = zipSync(
    { ...Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('xl/worksheets/'))), [sheets[0]]: first },
    { level: 0 },
  );
  // Fed in small chunks: the sheet's XML is parsed a chunk at a time, and other requests are served between chunks.
  const chunks = Array.from({ length: Math.ceil(stored.length / CHUNK_BYTES) }, (_, i) => Buffer.from(stored.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES)));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const table: string[][] = [];
  const rowNumbers: number[] = [];
  const problems: CellProblem[] = [];
  let cells = 0;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const texts: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          if (++cells > FILE_LIMITS.maxCells) tooManyCells();
          if (col > FILE_LIMITS.maxColumns) {
            throw tooBig(
              `ô ${cell.address} nằm ngoài ${nVi(FILE_LIMITS.maxColumns)} cột đầu tiên (giới hạn cột)`,
              `cell ${cell.address} lies beyond the first ${n(FILE_LIMITS.maxColumns)} columns (the column limit)`,
            );
          }
          const text = cellText(cell.value);
          if (typeof text === 'string') texts[col - 1] = text;
          else problems.push({ row: row.number, column: col - 1, message: text });
        });
        table.push(Array.from(texts, (t) => t ?? ''));
        rowNumbers.push(row.number);
      }
      break; // the first sheet only
    }
  } catch (error) {
    if ((error as { extensions?: unknown }).extensions) throw error;
    throw unreadable();
  }
  return { table, rowNumbers, problems };
}

/** The separator of a CSV file: Excel in Vietnamese settings writes ";" (the decimal mark is ","). */
function delimiterOf(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [',', ';', '\t'].map((ch) => [ch, count(ch)] as const).sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

/**
 * A CSV file's text: UTF-8 (with or without a byte-order mark) or UTF-16 with
 * one; UTF-16 without one is recognised by its NUL bytes (ASCII characters
 * have a zero high byte). Anything else is refused, saying how to save the file.
 */
export function decodeCsv(data: Buffer): string {
  const decode = (encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Buffer) => new TextDecoder(encoding, { fatal: true }).decode(bytes);
  try {
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return decode('utf-8', data.subarray(3));
    if (data[0] === 0xff && data[1] === 0xfe) return decode('utf-16le', data.subarray(2));
    if (data[0] === 0xfe && data[1] === 0xff) return decode('utf-16be', data.subarray(2));
    const sample = data.subarray(0, 4096);
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddNul++ : evenNul++;
    const half = sample.length / 2;
    if (oddNul > half * 0.3 && evenNul < half * 0.05) return decode('utf-16le', data);
    if (evenNul > half * 0.3 && oddNul < half * 0.05) return decode('utf-16be', data);
    return decode('utf-8', data);
  } catch {
    throw badInput('fileBase64', {
      vi: 'tệp CSV không phải văn bản UTF-8 hoặc UTF-16 (trong Excel, hãy lưu dạng "CSV UTF-8 (Comma delimited)")',
      en: 'the CSV file is not UTF-8 or UTF-16 text (in Excel, save it as "CSV UTF-8 (Comma delimited)")',
    });
  }
}

function readCsv(data: Buffer): string[][] {
  const text = decodeCsv(data);
  try {
    return parse(text, {
      delimiter: delimiterOf(text.split(/\r?\n/, 1)[0]),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const reason = (error as Error).message;
    throw badInput('fileBase64', { vi: `không đọc được tệp CSV: ${reason}`, en: `not a readable CSV file: ${reason}` });
  }
}

export async function readSheet(format: ImportFormat, data: Buffer): Promise<Sheet> {
  const read: { table: string[][]; rowNumbers: number[] | null; problems: CellProblem[] } =
    format === ImportFormat.XLSX ? await readXlsx(data) : { table: readCsv(data), rowNumbers: null, problems: [] };
  const [header = [], ...body] = read.table;
  const problems = read.problems;
  const numberOf = (i: number) => (read.rowNumbers ? read.rowNumbers[i] : i + 1);
  /** A cell's text, or '' with a problem when it cannot be stored as text. */
  const clean = (value: string, row: number, column: number) => {
    const problem = textProblem(value, TEXT_MAX);
    if (!problem) return cleanText(value);
    problems.push({ row, column, message: problem });
    return '';
  };
  const headerRow = numberOf(0);
  if (read.rowNumbers && headerRow !== 1 && header.length) {
    throw badInput('fileBase64', { vi: `dòng tiêu đề phải là dòng 1, không phải dòng ${headerRow}`, en: `the header must be row 1, not row ${headerRow}` });
  }
  const headers = header.map((h, i) => clean(h, 1, i));
  // Trailing empty header cells are formatting, not columns.
  while (headers.length && headers.at(-1) === '') headers.pop();
  if (!headers.length) throw badInput('fileBase64', { vi: 'tệp không có dòng tiêu đề', en: 'the file has no header row' });
  const rows = body.map((cells, i) => ({ row: numberOf(i + 1), cells: cells.map((c, column) => clean(c, numberOf(i + 1), column)) }));
  const withProblems = new Set(problems.map((p) => p.row));
  const filled = rows.filter((r) => r.cells.some((c) => c !== '') || withProblems.has(r.row));
  if (filled.length > MAX_ROWS) {
    throw badInput('fileBase64', {
      vi: `tệp có ${nVi(filled.length)} dòng dữ liệu; mỗi lần nhập tối đa ${nVi(MAX_ROWS)} dòng`,
      en: `the file has ${n(filled.length)} data rows; import at most ${n(MAX_ROWS)} at a time`,
    });
  }
  return { headers, rows: filled, problems };
}
