// Files that cost more than they hold, cells the importer must not guess at,
// encodings, and an import cut short by the database: each answered quickly,
// by its limit or by row and column, while the hub keeps answering others.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { FILE_LIMITS, MAX_ROWS } from '../../server/imports/read-file.ts';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let officer: Record<string, string>;

const IMPORT = `mutation ($kind: ImportKind!, $format: ImportFormat!, $file: String!, $dryRun: Boolean!) {
  importData(kind: $kind, format: $format, fileBase64: $file, dryRun: $dryRun) { written rows problems { row column message } }
}`;

const HEADER = ['Mã sản phẩm', 'Tên sản phẩm', 'Nhóm sản phẩm', 'Mã chủ thể', 'Mã đơn vị'];

function send(file: Buffer, format: 'CSV' | 'XLSX', dryRun = true) {
  return hub.post({ query: IMPORT, variables: { kind: 'products', format, file: file.toString('base64'), dryRun } }, officer);
}

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sản phẩm');
  sheet.addRow(HEADER);
  fill(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Entries of an XLSX file (fflate's unzip: a test may read what the hub does not). */
async function entries(file: Buffer): Promise<Record<string, Uint8Array>> {
  const { unzipSync } = await import('fflate');
  return unzipSync(new Uint8Array(file));
}

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  officer = await authHeader(db, Role.district_officer, '219');
});

describe('spreadsheet size', () => {
  it('refuses a small workbook that declares 20,000 rows, naming the row limit, while /healthz keeps answering', async () => {
    const file = await workbook((sheet) => {
      sheet.getCell('Z20000').value = 'x';
    });
    expect(file.length).toBeLessThan(10_000);
    const [answer, health] = await Promise.all([send(file, 'XLSX'), fetch(`${hub.url}/healthz`)]);
    expect(health.status).toBe(200);
    expect(answer.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.json.errors[0].message).toMatch(new RegExp(`A1:Z20000 \\(20,000 rows\\); at most ${(MAX_ROWS + 1).toLocaleString('en-GB')} rows`));
  });

  it('reads a sheet without a declared range by its cells, however far down they lie', async () => {
    const file = await workbook((sheet) => {
      sheet.getCell('A20000').value = 'SP-FAR';
    });
    const parts = await entries(file);
    const sheetXml = Buffer.from(parts['xl/worksheets/sheet1.xml'])
      .toString('utf8')
      .replace(/<dimension[^>]*\/>/, '');
    const stripped = Buffer.from(zipSync({ ...parts, 'xl/worksheets/sheet1.xml': Buffer.from(sheetXml) }));
    const { json } = await send(stripped, 'XLSX');
    expect(json.errors).toBeUndefined();
    expect(json.data.importData.rows).toBe(1);
    expect(json.data.importData.problems.every((p: { row: number }) => p.row === 20000)).toBe(true);
  });

  it('refuses a workbook whose parts declare more than the unpacked size limit, before inflating them', async () => {
    const parts = await entries(await workbook(() => undefined));
    const huge = new Uint8Array(FILE_LIMITS.maxUnpackedBytes + 1);
    const file = Buffer.from(zipSync({ ...parts, 'xl/sharedStrings.xml': huge }, { level: 9 }));
    const { json } = await send(file, 'XLSX');
    expect(json.errors[0].message).toMatch(/unpacks to more than 32 MB \(the unpacked size limit\)/);
  });

  it('refuses a workbook part that inflates past the size it declares (a zip bomb), without inflating it all', async () => {
    const parts = await entries(await workbook(() => undefined));
    const zip = Buffer.from(zipSync({ ...parts, 'xl/sharedStrings.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 6 }));
    // The central directory entry of sharedStrings.xml now claims 1,000 bytes.
    let end = zip.length - 22;
    while (zip.readUInt32LE(end) !== 0x06054b50) end--;
    let at = zip.readUInt32LE(end + 16);
    while (zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)) !== 'xl/sharedStrings.xml') {
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    zip.writeUInt32LE(1000, at + 24);
    const { json } = await send(zip, 'XLSX');
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/xl\/sharedStrings\.xml is damaged or larger than the size it declares/);
  });

  it('refuses more non-empty cells than the cell limit', async () => {
    const columns = 60;
    const rows = Math.ceil(FILE_LIMITS.maxCells / columns) + 1;
    const parts = await entries(await workbook(() => undefined));
    const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26));
    const cells = (r: number) => `<row r="${r}">${Array.from({ length: columns }, (_, c) => `<c r="${letters(c)}${r}"><v>1</v></c>`).join('')}</row>`;
    const body = Array.from({ length: rows }, (_, i) => cells(i + 2)).join('');
    const sheetXml = Buffer.from(parts['xl/worksheets/sheet1.xml'])
      .toString('utf8')
      .replace(/<dimension[^>]*\/>/, '')
      .replace('</sheetData>', `${body}</sheetData>`);
    const file = Buffer.from(zipSync({ ...parts, 'xl/worksheets/sheet1.xml': Buffer.from(sheetXml) }));
    const { json } = await send(file, 'XLSX');
    expect(json.errors[0].message).toMatch(/more than 250,000 non-empty cells \(the cell limit\)/);
  });
});

describe('cells the importer does not guess at', () => {
  it('reports formulas and Excel error values by row and column instead of taking cached values', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['SP-F1', { formula: 'A2&"x"', result: 'SP-F1x' }, 'food', 'CT-1', '07525']);
      sheet.addRow(['SP-F2', { error: '#REF!' }, 'food', 'CT-1', '07525']);
    });
    const { json } = await send(file, 'XLSX');
    const problems = json.data.importData.problems;
    expect(problems).toContainEqual({ row: 2, column: 'Tên sản phẩm', message: expect.stringMatching(/^is a formula \(=A2&"x"\)/) });
    expect(problems).toContainEqual({ row: 3, column: 'Tên sản phẩm', message: 'is the Excel error value #REF!' });
    expect(json.data.importData.written).toBe(false);
  });

  it('reports a NUL byte by row and column, in either format', async () => {
    const csv = Buffer.from(`${HEADER.join(',')}\nSP-N1,Tên\u0000lạ,food,CT-1,07525\n`);
    const fromCsv = await send(csv, 'CSV');
    expect(fromCsv.json.data.importData.problems).toContainEqual({
      row: 2,
      column: 'Tên sản phẩm',
      message: 'contains a NUL character (U+0000) at position 4',
    });
    // Excel writes a control character as _xHHHH_ (XML cannot hold it).
    const parts = await entries(
      await workbook((sheet) => {
        sheet.addRow(['SP-N2', 'Tên-lạ', 'food', 'CT-1', '07525']);
      }),
    );
    const strings = Buffer.from(parts['xl/sharedStrings.xml']).toString('utf8').replace('Tên-lạ', 'Tên_x0000_lạ');
    const xlsx = Buffer.from(zipSync({ ...parts, 'xl/sharedStrings.xml': Buffer.from(strings) }));
    const fromXlsx = await send(xlsx, 'XLSX');
    expect(fromXlsx.json.data.importData.problems).toContainEqual({
      row: 2,
      column: 'Tên sản phẩm',
      message: 'contains a NUL character (U+0000) at position 4',
    });
  });
});

describe('encodings', () => {
  const text = `${HEADER.join(',')}\nSP-ENC,Vải thiều sấy,food,CT-X,07525\n`;
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 without a BOM', Buffer.from(text)],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['UTF-16 LE without a BOM', Buffer.from(text, 'utf16le')],
    ['UTF-16 BE without a BOM', utf16be(text)],
  ])('reads %s: the headers are found and the row is checked on its merits', async (_name, file) => {
    const { json } = await send(file, 'CSV');
    const problems: { row: number; column: string; message: string }[] = json.data.importData.problems;
    expect(problems.filter((p) => p.row === 1)).toEqual([]);
    expect(problems).toContainEqual({ row: 2, column: 'Mã chủ thể', message: 'no subject has code "CT-X"' });
  });

  it('refuses text in another encoding, saying how to save the file', async () => {
    const { json } = await send(Buffer.from(text.replace('Vải thiều sấy', 'V\xe0i'), 'latin1'), 'CSV');
    expect(json.errors[0].message).toMatch(/not UTF-8 or UTF-16 text \(in Excel, save it as "CSV UTF-8/);
  });
});

describe('the database going away', () => {
  it('answers DATABASE_UNAVAILABLE for an import cut short', async () => {
    const [subject]: { code: string }[] = await db.query(
      "SELECT s.code FROM subject s JOIN admin_unit_closure c ON c.descendant_id = s.unit_id JOIN admin_unit u ON u.id = c.ancestor_id WHERE u.key = '219' LIMIT 1",
    );
    const rows = Array.from({ length: MAX_ROWS }, (_, i) => `SP-GONE-${i},Sản phẩm ${i},food,${subject.code},07525,15/03/2024`);
    const file = Buffer.from(`${HEADER.join(',')},Ngày đăng ký\n${rows.join('\n')}\n`);
    const answer = send(file, 'CSV', false);
    // Once the import's transaction is under way, every other session of the database is ended.
    for (let i = 0; i < 200; i++) {
      const [busy]: { n: number }[] = await db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE '%import_row%' AND pid <> pg_backend_pid()",
      );
      if (busy.n > 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    const { json } = await answer;
    expect(json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
  });
});
