// A council's result sheet from the national software (issue 15 item 6):
// imported like every other file (dry run, row and column problems in both
// languages, all or nothing, a re-import changes nothing), each row a member's
// sheet under the rules of a typed one (part maxima, conflict of interest,
// sealed until scoring closes), marked as imported in the results.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { today } from '../../server/common/dates.ts';
import { cloneDatabase } from '../support/db.ts';
import { gqlAs, unitId } from './mutations-support.ts';

let db: DataSource;
let provinceAdmin: Viewer;
let officer: Viewer;
let roundId: number;
let sequence = 0;
const YEAR = Number(today().slice(0, 4));
let subjectId: number;
let communeId: number;
const MEMBERS = ['Trần Thị Hoa', 'Lê Văn Bình', 'Phạm Minh Châu'];
const TIED = 'Đỗ Hữu Liên';

async function ok<T = Record<string, any>>(v: Viewer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gqlAs<T>(db, v, query, variables);
  expect(res.errors, res.errors?.map((e) => e.message).join('; ')).toBeUndefined();
  return res.data;
}

const IMPORT = `mutation ($format: ImportFormat!, $file: String!, $dryRun: Boolean!) {
  importData(kind: council_scores, format: $format, fileBase64: $file, dryRun: $dryRun) {
    written rows created updated unchanged problems { row column code message } } }`;

async function send(rows: string[][], opts: { format?: 'CSV' | 'XLSX'; dryRun?: boolean; lang?: 'vi' | 'en'; v?: Viewer } = {}) {
  const format = opts.format ?? 'CSV';
  const csv = rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
  const data = format === 'CSV' ? Buffer.from(csv) : await xlsx(rows);
  const res = await gqlAs(db, opts.v ?? provinceAdmin, IMPORT, { format, file: data.toString('base64'), dryRun: opts.dryRun ?? false }, opts.lang ?? 'en');
  expect(res.errors, res.errors?.map((e) => e.message).join('; ')).toBeUndefined();
  return res.data.importData;
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kết quả');
  // Scores as numbers, as a spreadsheet holds them.
  for (const r of rows) sheet.addRow(r.map((c, i) => (i >= 6 && c !== '' && !Number.isNaN(Number(c.replace(',', '.'))) ? Number(c.replace(',', '.')) : c)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const HEADER = ['round_level', 'round_year', 'round_sequence', 'round_unit_code', 'product_code', 'member', 'score_a', 'score_b', 'score_c', 'total'];
const row = (seq: number, code: string, member: string, a: string, b: string, c: string, total = '') => [
  'province',
  String(YEAR),
  String(seq),
  '24',
  code,
  member,
  a,
  b,
  c,
  total,
];

/** A province round in `state` holding a dossier of each of two new products, with a council of the members and one member tied to the subject. */
async function round(state: string): Promise<{ id: number; seq: number; dossiers: number[]; codes: string[] }> {
  sequence += 1;
  const seq = 80 + sequence;
  const province = await unitId(db, '2025:24');
  const [r] = await db.query(`INSERT INTO evaluation_round (level, year, sequence, unit_id) VALUES ('province', $1, $2, $3) RETURNING id`, [
    YEAR,
    seq,
    province,
  ]);
  await db.query(`INSERT INTO council_round (id, state) VALUES ($1, $2)`, [r.id, state]);
  const codes = [`KQ-${process.pid}-${seq}-1`, `KQ-${process.pid}-${seq}-2`];
  const dossiers: number[] = [];
  for (const code of codes) {
    const [p] = await db.query(
      `INSERT INTO product (code, name, product_group, subject_id, unit_id, status, registered_on) VALUES ($1, $2, 'food', $3, $4, 'registered', '2026-01-01') RETURNING id`,
      [code, `Sản phẩm ${code}`, subjectId, communeId],
    );
    const [d] = await db.query(
      `INSERT INTO dossier (product_id, kind, product_set_code, state, registered_on, submitted_on, rule_set_id)
       VALUES ($1, 'first', 'ps02', 'in_round', $2, $2, 'qd26-2026') RETURNING id`,
      [p.id, `${YEAR}-06-01`],
    );
    await db.query(`INSERT INTO round_dossier (round_id, dossier_id, rule_set_id, sheet_id) VALUES ($1, $2, 'qd26-2026', 'qd26-2026/parts')`, [r.id, d.id]);
    dossiers.push(d.id);
  }
  const roles = ['chair', 'secretary', 'member'];
  for (const [i, name] of MEMBERS.entries()) {
    await db.query(`INSERT INTO council_member (round_id, name, organisation, role) VALUES ($1, $2, 'Sở Nông nghiệp', $3)`, [r.id, name, roles[i]]);
  }
  await db.query(`INSERT INTO council_member (round_id, name, organisation, role, subject_id) VALUES ($1, $2, 'Hợp tác xã', 'member', $3)`, [
    r.id,
    TIED,
    subjectId,
  ]);
  return { id: r.id, seq, dossiers, codes };
}

/** The six sheets of a round: three members, two products. */
const goodRows = (x: { seq: number; codes: string[] }) => [
  HEADER,
  row(x.seq, x.codes[0], MEMBERS[0], '30', '18,5', '25', '73,5'),
  row(x.seq, x.codes[0], MEMBERS[1], '28', '20', '24'),
  row(x.seq, x.codes[0], 'PHẠM MINH CHAU', '31.25', '19', '26'),
  row(x.seq, x.codes[1], MEMBERS[0], '20', '10', '15'),
  row(x.seq, x.codes[1], MEMBERS[1], '22', '12', '16'),
  row(x.seq, x.codes[1], MEMBERS[2], '21', '11', '14'),
];

let good: string[][];
let scoring: { id: number; seq: number; dossiers: number[]; codes: string[] };
let CODES: string[];

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  communeId = await unitId(db, '2025:07525');
  [{ id: subjectId }] = await db.query(
    `INSERT INTO subject (code, name, type, unit_id, registered_on) VALUES ($1, 'HTX Kết quả', 'cooperative', $2, '2025-09-01') RETURNING id`,
    [`HTX-KQ-${process.pid}`, communeId],
  );
  const made = async (name: string, role: Role, unit: string) =>
    (await viewerById(
      db,
      (
        await createUser(db, { username: `${name}.${process.pid}`, password: 'mật khẩu đủ dài', role, unitCode: unit, displayName: name })
      ).id,
    ))!;
  provinceAdmin = await made('tinh.kq', Role.province_admin, '2025:24');
  officer = await made('xa.kq', Role.commune_officer, '2025:07525');
  scoring = await round('scoring');
  roundId = scoring.id;
  CODES = scoring.codes;
  good = goodRows(scoring);
});

const sheetsOf = (id: number) =>
  db.query(
    `SELECT s.dossier_id, m.name, s.score_a::float AS a, s.score_b::float AS b, s.score_c::float AS c, s.source, s.submitted_at IS NOT NULL AS submitted
     FROM score_sheet s JOIN council_member m ON m.id = s.member_id WHERE s.round_id = $1 ORDER BY s.dossier_id, m.id`,
    [id],
  );

describe('importing a council result sheet', () => {
  it('checks a good CSV in a dry run, then writes each member’s submitted sheet marked as imported', async () => {
    const dry = await send(good, { dryRun: true });
    expect(dry).toMatchObject({ written: false, rows: 6, created: 6, problems: [] });
    expect(await sheetsOf(roundId)).toEqual([]);

    const report = await send(good);
    expect(report).toMatchObject({ written: true, rows: 6, created: 6, updated: 0, unchanged: 0, problems: [] });
    const sheets = await sheetsOf(roundId);
    expect(sheets).toHaveLength(6);
    expect(sheets.every((s: any) => s.source === 'import' && s.submitted)).toBe(true);
    expect(sheets.find((s: any) => s.dossier_id === scoring.dossiers[0] && s.name === 'Phạm Minh Châu')).toMatchObject({ a: 31.25, b: 19, c: 26 });
    const [audit] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'score_sheet' AND import_batch_id IS NOT NULL`);
    expect(audit.n).toBe(6);
  });

  it('changes nothing on a re-import, from CSV or the same sheet as XLSX', async () => {
    const before = await db.query(`SELECT id, version FROM score_sheet WHERE round_id = $1 ORDER BY id`, [roundId]);
    expect(await send(good)).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 6, problems: [] });
    expect(await send(good, { format: 'XLSX' })).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 6, problems: [] });
    expect(await db.query(`SELECT id, version FROM score_sheet WHERE round_id = $1 ORDER BY id`, [roundId])).toEqual(before);
  });

  it('imports a good XLSX file, and a changed score updates the member’s sheet', async () => {
    const other = await round('scoring');
    const rows = goodRows(other);
    expect(await send(rows, { format: 'XLSX' })).toMatchObject({ written: true, created: 6, problems: [] });
    expect(await sheetsOf(other.id)).toHaveLength(6);
    rows[2] = row(other.seq, other.codes[0], MEMBERS[1], '29', '20', '24');
    expect(await send(rows, { format: 'XLSX' })).toMatchObject({ written: true, created: 0, updated: 1, unchanged: 5 });
  });

  it('names each bad row by row and column, in the request’s language, and writes none of the file', async () => {
    const rows = [
      HEADER,
      row(scoring.seq, CODES[1], MEMBERS[0], '20', '10', '15'),
      row(scoring.seq, 'KHONG-CO', MEMBERS[0], '20', '10', '15'),
      row(scoring.seq, CODES[1], 'Người Lạ', '20', '10', '15'),
      row(scoring.seq, CODES[1], MEMBERS[2], '20', 'mười', '15'),
      row(scoring.seq, CODES[1], MEMBERS[1], '20', '10', '15', '46'),
      row(99, CODES[1], MEMBERS[1], '20', '10', '15'),
    ];
    rows[1][6] = '24';
    const en = await send(rows);
    expect(en.written).toBe(false);
    const where = en.problems.map((p: any) => [p.row, p.column, p.code]);
    expect(where).toEqual([
      [3, 'product_code', 'UNKNOWN_CODE'],
      [4, 'member', 'UNKNOWN_CODE'],
      [5, 'score_b', 'BAD_NUMBER'],
      [6, 'total', 'BAD_TOTAL'],
      [7, 'round_sequence', 'UNKNOWN_CODE'],
    ]);
    expect(en.problems[3].message).toContain('does not equal A + B + C (45.00)');
    const vi = await send(rows, { lang: 'vi' });
    expect(vi.problems[1].message).toContain('hội đồng của đợt không có thành viên "Người Lạ"');
    expect(vi.problems[3].message).toContain('không bằng A + B + C (45,00)');
    // Row 2 was good, yet nothing of the file was written.
    const [sheet] = await db.query(
      `SELECT s.score_a::float AS a FROM score_sheet s JOIN council_member m ON m.id = s.member_id WHERE s.round_id = $1 AND s.dossier_id = $2 AND m.name = $3`,
      [roundId, scoring.dossiers[1], MEMBERS[0]],
    );
    expect(sheet.a).toBe(20);
  });

  it('refuses a part over the rule set’s maximum, on its column, in both languages', async () => {
    const rows = [HEADER, row(scoring.seq, CODES[1], MEMBERS[0], '40,5', '10', '15'), row(scoring.seq, CODES[1], MEMBERS[1], '20', '26', '15')];
    const en = await send(rows);
    expect(en.written).toBe(false);
    expect(en.problems.map((p: any) => [p.row, p.column])).toEqual([
      [2, 'score_a'],
      [3, 'score_b'],
    ]);
    expect(en.problems[0].message).toContain('0 to 40 points');
    const vi = await send(rows, { lang: 'vi' });
    expect(vi.problems[1].message).toContain('từ 0 đến 25 điểm');
  });

  it('applies the rules of a typed sheet: no member tied to the subject, sealed once scoring closes, only those who run the round', async () => {
    const tied = await send([HEADER, row(scoring.seq, CODES[0], TIED, '20', '10', '15')]);
    expect(tied.written).toBe(false);
    expect(tied.problems[0]).toMatchObject({ row: 2, code: 'FORBIDDEN' });
    expect(tied.problems[0].message).toContain('tied to the subject');

    const commune = await send(good, { v: officer });
    expect(commune.written).toBe(false);
    expect(commune.problems[0]).toMatchObject({ row: 2, column: 'product_code', code: 'FORBIDDEN' });

    await db.query(`UPDATE council_round SET state = 'closed', scoring_closed_at = now() WHERE id = $1`, [roundId]);
    // The same sheets again change nothing; a changed one is refused: scoring is closed.
    expect(await send(good)).toMatchObject({ written: true, unchanged: 6 });
    const changed = await send([HEADER, row(scoring.seq, CODES[1], MEMBERS[2], '22', '11', '14')]);
    expect(changed.written).toBe(false);
    expect(changed.problems[0]).toMatchObject({ row: 2, code: 'BAD_USER_INPUT' });

    // Unsealed now: the results count the imported sheets.
    const data = await ok(provinceAdmin, `query ($id: Int!) { councilRound(id: $id) { results { roundDossier { dossierId } sheets importedSheets total } } }`, {
      id: roundId,
    });
    const first = data.councilRound.results.find((r: any) => r.roundDossier.dossierId === scoring.dossiers[0]);
    // (73.5 + 72 + 76.25) / 3 = 73.916… → 73.91.
    expect(first).toMatchObject({ sheets: 3, importedSheets: 3, total: 73.91 });
  });
});
