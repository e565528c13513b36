// File imports: every problem reported by spreadsheet row and column header,
// all-or-nothing writes, dry runs that write nothing, and re-imports that
// change nothing; the same rules and access checks as the mutations.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ROOT_DIR } from '../../server/config.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { errorOf, gqlAs, makeViewers, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let v: Viewers;
let lucNgan: number;

const IMPORT = `mutation ($kind: ImportKind!, $format: ImportFormat!, $file: String!, $dryRun: Boolean!) {
  importData(kind: $kind, format: $format, fileBase64: $file, dryRun: $dryRun) {
    kind dryRun written rows created updated unchanged batchId problems { row column message }
  }
}`;

const fixture = (name: string) => fs.readFileSync(path.join(ROOT_DIR, 'test', 'fixtures', 'imports', name));
/**
 * products.csv with its codes renamed (NK-SP-01 → NK-<prefix>-01): a test that
 * needs the products new or already imported uses codes of its own. The other
 * kinds' fixtures name the products as NK-SP-*.
 */
const productsFile = (prefix: string) => fixture('products.csv').toString().replaceAll('NK-SP-', `NK-${prefix}-`);
const base64 = (content: Buffer | string) => Buffer.from(content).toString('base64');

async function importFile(kind: string, file: Buffer | string, dryRun: boolean, viewer = v.lucNgan, format = 'CSV') {
  const res = await gqlAs(db, viewer, IMPORT, { kind, format, file: base64(file), dryRun }, 'en');
  if (res.errors) throw new Error(res.errors.map((e) => e.message).join('; '));
  return res.data.importData;
}

const count = async (sql: string, ...params: unknown[]) => ((await db.query(sql, params)) as { n: number }[])[0].n;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  v = await makeViewers(db);
  lucNgan = await unitId(db, '219');
  const chu = await unitId(db, '07525');
  for (const code of ['CT-NK-01', 'CT-NK-02']) {
    await gql(
      db,
      'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }',
      {
        input: { code, name: `HTX ${code}`, type: 'cooperative', unitId: chu, registeredOn: '2020-01-01' },
      },
      v.admin,
    );
  }
  await gql(
    db,
    'mutation ($input: EvaluationRoundInput!) { createEvaluationRound(input: $input) { id } }',
    {
      input: { level: 'district', year: 2024, sequence: 6, unitId: lucNgan, heldOn: '2024-06-10' },
    },
    v.admin,
  );
  // The disbursement example refers to allocation 900001.
  await db.query(
    `INSERT INTO budget_allocation (id, year, source, amount, recipient_unit_id, activity) VALUES (900001, 2024, 'district', 500000000, $1, 'Hỗ trợ OCOP 2024')`,
    [lucNgan],
  );
});

describe('a malformed file', () => {
  const expected = [
    {
      row: 3,
      column: 'group',
      message:
        '"bakery" is not one of: food / Thực phẩm; beverage / Đồ uống; herbal / Dược liệu và sản phẩm từ dược liệu / Dược liệu / Thảo dược; handicraft / Hàng thủ công mỹ nghệ / Thủ công mỹ nghệ; ornamental / Sinh vật cảnh; tourism / Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch / Dịch vụ du lịch / Du lịch / Dịch vụ du lịch cộng đồng và điểm du lịch',
    },
    { row: 3, column: 'registered_on', message: '"31/02/2024" is not a date written dd/mm/yyyy' },
    { row: 4, column: 'name', message: 'is required' },
    { row: 4, column: 'subject_code', message: 'no subject has code "CT-NOPE"' },
    { row: 5, column: 'registered_on', message: '"2024-03-01" is not a date written dd/mm/yyyy' },
    { row: 5, column: 'unit_code', message: 'no commune has GSO code 99999' },
    { row: 6, column: 'code', message: 'repeats row 2: each record may appear once in a file' },
    {
      row: 8,
      column: 'unit_code',
      message:
        'You may not change a new product in Phường Thọ Xương (commune, GSO 07201): it lies outside your write scope, Huyện Lục Ngạn (district, GSO 219).',
    },
    { row: 9, column: 'unit_code', message: 'no unit with GSO code 07528 existed on 01/08/2025: Xã Cấm Sơn (commune, GSO 07528) until 30/06/2025' },
    // Since 1 July 2025 the code 07525 is the new Phường Chũ, which no district contains.
    {
      row: 10,
      column: 'unit_code',
      message: 'You may not change a new product in Phường Chũ (commune, GSO 07525): it lies outside your write scope, Huyện Lục Ngạn (district, GSO 219).',
    },
  ];

  it('is reported problem by problem, by spreadsheet row and column, in a dry run', async () => {
    const report = await importFile('products', fixture('products-malformed.csv'), true);
    expect(report).toMatchObject({ kind: 'products', dryRun: true, written: false, rows: 8, created: 1, updated: 0, unchanged: 0, batchId: null });
    expect(report.problems).toEqual(expected);
  });

  it('gives the same report for a real run, and writes nothing: not even the valid row, nor an audit entry', async () => {
    const audit = `SELECT count(*)::int AS n FROM audit_log WHERE action = 'import'`;
    const [auditBefore, batchesBefore] = [await count(audit), await count('SELECT count(*)::int AS n FROM import_batch')];
    const report = await importFile('products', fixture('products-malformed.csv'), false);
    expect(report).toMatchObject({ dryRun: false, written: false, created: 1 });
    expect(report.problems).toEqual(expected);
    expect(await count(`SELECT count(*)::int AS n FROM product WHERE code LIKE 'NK-BAD-%'`)).toBe(0);
    expect(await count(audit)).toBe(auditBefore);
    expect(await count('SELECT count(*)::int AS n FROM import_batch')).toBe(batchesBefore);
  });

  it('with unknown or missing columns is refused at the header row', async () => {
    const report = await importFile('products', 'Mã sản phẩm,Tên,Màu sắc,# ghi chú\nX,Y,đỏ,\n', true);
    expect(report.problems).toEqual([
      { row: 1, column: 'Tên', message: expect.stringMatching(/^unknown column; the products columns are: code, name, group/) },
      { row: 1, column: 'Màu sắc', message: expect.stringMatching(/^unknown column/) },
      { row: 1, column: 'name', message: 'required column missing (also accepted: Tên sản phẩm, Tên SP)' },
      { row: 1, column: 'subject_code', message: 'required column missing (also accepted: Mã chủ thể)' },
      { row: 1, column: 'unit_code', message: 'required column missing (also accepted: Mã đơn vị, Mã xã, Mã ĐVHC)' },
    ]);
  });

  it('that is not a file of the format is a bad argument', async () => {
    const res = await gqlAs(db, v.lucNgan, IMPORT, { kind: 'products', format: 'XLSX', file: base64('not a zip'), dryRun: true });
    expect(errorOf(res, 'BAD_USER_INPUT').message).toMatch(/fileBase64.*not a readable XLSX workbook/);
    const latin1 = Buffer.from('code,name\nX,B\xe1nh\n', 'latin1');
    const csv = await gqlAs(db, v.lucNgan, IMPORT, { kind: 'products', format: 'CSV', file: base64(latin1), dryRun: true });
    expect(errorOf(csv, 'BAD_USER_INPUT').message).toMatch(/not UTF-8/);
  });
});

describe('a valid file', () => {
  it('is checked by a dry run without writing anything', async () => {
    const report = await importFile('products', productsFile('DRY'), true);
    expect(report).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, problems: [], written: false });
    expect(await count(`SELECT count(*)::int AS n FROM product WHERE code LIKE 'NK-DRY-%'`)).toBe(0);
  });

  it('is written whole by a real run, text in NFC, with one import entry per row in the audit log', async () => {
    const report = await importFile('products', productsFile('RUN'), false);
    expect(report).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, problems: [], written: true });
    const rows = await db.query(
      `SELECT p.code, p.name, p.product_group, p.sub_group, p.status, p.registered_on, u.key AS unit FROM product p JOIN admin_unit u ON u.id = p.unit_id WHERE p.code LIKE 'NK-RUN-%' ORDER BY p.code`,
    );
    expect(rows).toEqual([
      {
        code: 'NK-RUN-01',
        name: 'Vải thiều sấy khô Chũ',
        product_group: 'food',
        sub_group: 'Rau, củ, quả',
        status: 'registered',
        registered_on: '2024-03-15',
        unit: '07525',
      },
      {
        code: 'NK-RUN-02',
        name: 'Mật ong hoa vải Lục Ngạn'.normalize('NFC'),
        product_group: 'food',
        sub_group: null,
        status: 'registered',
        registered_on: '2024-04-01',
        unit: '07525',
      },
      {
        code: 'NK-RUN-03',
        name: 'Rượu vải Lục Ngạn',
        product_group: 'beverage',
        sub_group: null,
        status: 'registered',
        registered_on: '2024-05-20',
        unit: '07528',
      },
    ]);
    expect(rows[1].name).not.toBe('Mật ong hoa vải Lục Ngạn'.normalize('NFD'));
    const audit = await db.query(
      `SELECT action, username, import_batch_id, before FROM audit_log WHERE entity = 'product' AND action = 'import'
         AND entity_id IN (SELECT id FROM product WHERE code LIKE 'NK-RUN-%')`,
    );
    expect(audit).toHaveLength(3);
    expect(
      audit.every(
        (a: { import_batch_id: number; before: unknown; username: string }) =>
          a.import_batch_id === report.batchId && a.before === null && a.username === v.lucNgan.user.username,
      ),
    ).toBe(true);
    const [batch] = await db.query('SELECT kind, format, rows, created, updated, unchanged, username FROM import_batch WHERE id = $1', [report.batchId]);
    expect(batch).toEqual({ kind: 'products', format: 'CSV', rows: 3, created: 3, updated: 0, unchanged: 0, username: v.lucNgan.user.username });
  });

  it('changes nothing when imported again', async () => {
    expect(await importFile('products', productsFile('AGAIN'), false)).toMatchObject({ created: 3, written: true });
    const auditBefore = await count('SELECT count(*)::int AS n FROM audit_log');
    const report = await importFile('products', productsFile('AGAIN'), false);
    expect(report).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, problems: [], written: true, batchId: null });
    expect(await count('SELECT count(*)::int AS n FROM audit_log')).toBe(auditBefore);
    expect(await count(`SELECT count(*)::int AS n FROM product WHERE code LIKE 'NK-AGAIN-%' AND version = 1`)).toBe(3);
  });

  it('updates the rows that changed, matched by their natural key', async () => {
    expect(await importFile('products', productsFile('EDIT'), false)).toMatchObject({ created: 3, written: true });
    const edited = productsFile('EDIT').replace('Rượu vải Lục Ngạn', 'Rượu vải thiều Lục Ngạn');
    const report = await importFile('products', edited, false);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2, written: true });
    const [row] = await db.query(`SELECT id, name, version FROM product WHERE code = 'NK-EDIT-03'`);
    expect(row).toMatchObject({ name: 'Rượu vải thiều Lục Ngạn', version: 2 });
    const entries = await db.query(
      `SELECT before->>'name' AS before, after->>'name' AS after FROM audit_log WHERE action = 'import' AND entity = 'product' AND before IS NOT NULL AND entity_id = $1`,
      [row.id],
    );
    expect(entries).toEqual([{ before: 'Rượu vải Lục Ngạn', after: 'Rượu vải thiều Lục Ngạn' }]);
  });

  it('is refused as a whole for an analyst', async () => {
    const res = await gqlAs(db, v.analyst, IMPORT, { kind: 'products', format: 'CSV', file: base64(fixture('products.csv')), dryRun: true });
    expect(errorOf(res, 'FORBIDDEN').message).toMatch(/read-only/);
  });
});

describe('each kind', () => {
  /** The products the other kinds' fixtures name (NK-SP-01 to 03); importing them again changes nothing. */
  const importProducts = async () => expect(await importFile('products', fixture('products.csv'), false)).toMatchObject({ problems: [], written: true });

  it('evaluations: semicolons, decimal commas, rounds by level, year, sequence and unit; stars from the database', async () => {
    await importProducts();
    const first = await importFile('evaluations', fixture('evaluations.csv'), false);
    expect(first).toMatchObject({ rows: 2, created: 2, problems: [], written: true });
    const rows = await db.query(
      `SELECT p.code, e.total_score, e.stars FROM evaluation e JOIN product p ON p.id = e.product_id WHERE p.code LIKE 'NK-SP-%' ORDER BY p.code`,
    );
    expect(rows).toEqual([
      { code: 'NK-SP-01', total_score: '70.50', stars: 4 },
      { code: 'NK-SP-02', total_score: '42.25', stars: 2 },
    ]);
    expect(await importFile('evaluations', fixture('evaluations.csv'), false)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const noRound = fixture('evaluations.csv').toString().replace('2024;6;219;20', '2024;5;219;20');
    expect((await importFile('evaluations', noRound, true)).problems).toEqual([
      { row: 2, column: 'Đợt', message: 'there is no district round 5 of 2024 for unit 219: create the round first' },
    ]);
  });

  it('disbursements: keys, dot-grouped money, and the allocation’s remainder across the rows of one file', async () => {
    expect(await importFile('disbursements', fixture('disbursements.csv'), false)).toMatchObject({ rows: 2, created: 2, problems: [], written: true });
    const rows = await db.query(`SELECT import_key, amount, disbursed_on FROM disbursement WHERE allocation_id = 900001 ORDER BY import_key`);
    expect(rows).toEqual([
      { import_key: 'LN-2024-GN-001', amount: '120000000', disbursed_on: '2024-03-05' },
      { import_key: 'LN-2024-GN-002', amount: '80000000', disbursed_on: '2024-04-12' },
    ]);
    expect(await importFile('disbursements', fixture('disbursements.csv'), false)).toMatchObject({ unchanged: 2, created: 0, updated: 0 });

    const more =
      'key,allocation_id,disbursed_on,unit_code,amount,activity\nLN-2024-GN-003,900001,01/06/2024,219,200.000.000,Hội chợ\nLN-2024-GN-004,900001,02/06/2024,219,100.000.001,Hội chợ\n';
    const report = await importFile('disbursements', more, false);
    expect(report).toMatchObject({ written: false, created: 1 });
    expect(report.problems).toEqual([
      { row: 3, column: 'amount', message: 'exceeds what remains of allocation 900001: 100.000.000 đ of 500.000.000 đ (400.000.000 đ already disbursed)' },
    ]);
    expect(await count('SELECT count(*)::int AS n FROM disbursement WHERE allocation_id = 900001')).toBe(2);
  });

  it('training classes from XLSX: date cells, numbers, a plan by key, notes columns ignored; identified by a hash without a key column', async () => {
    const report = await importFile('training_classes', fixture('training-classes.xlsx'), false, v.lucNgan, 'XLSX');
    expect(report).toMatchObject({ rows: 2, created: 2, problems: [], written: true });
    const rows = await db.query(
      `SELECT topic, audience, starts_on, ends_on, planned_learners, actual_learners, cost, plan_id IS NOT NULL AS planned, import_key FROM training_class WHERE import_key IS NOT NULL ORDER BY starts_on`,
    );
    expect(rows).toMatchObject([
      {
        topic: 'Xây dựng câu chuyện sản phẩm',
        audience: 'subjects',
        starts_on: '2024-03-12',
        ends_on: '2024-03-13',
        planned_learners: 45,
        actual_learners: 41,
        cost: '36500000',
        planned: true,
      },
      { topic: 'Quy trình đánh giá, phân hạng OCOP', audience: 'cadres', starts_on: '2024-07-02', actual_learners: null, cost: '12000000', planned: false },
    ]);
    expect(rows[0].import_key).toMatch(/^#[0-9a-f]{32}$/);
    expect(await importFile('training_classes', fixture('training-classes.xlsx'), false, v.lucNgan, 'XLSX')).toMatchObject({ unchanged: 2, created: 0 });
  });

  it('promotion events: Vietnamese labels, product lists by code', async () => {
    await importProducts();
    const report = await importFile('promotion_events', fixture('promotion-events.csv'), false);
    expect(report).toMatchObject({ rows: 2, created: 2, problems: [], written: true });
    const rows = await db.query(`SELECT e.name, e.kind, e.scope, e.revenue, array_agg(p.code ORDER BY p.code) AS products
      FROM promotion_event e JOIN promotion_event_product l ON l.event_id = e.id JOIN product p ON p.id = l.product_id
      WHERE e.import_key IS NOT NULL GROUP BY e.id ORDER BY e.starts_on`);
    expect(rows).toEqual([
      { name: 'Hội chợ vải thiều Lục Ngạn 2024', kind: 'fair', scope: 'in_province', revenue: '1250000000', products: ['NK-SP-01', 'NK-SP-03'] },
      { name: 'Tuần hàng OCOP Bắc Giang tại Hà Nội', kind: 'exhibition', scope: 'out_of_province', revenue: null, products: ['NK-SP-02'] },
    ]);
    expect(await importFile('promotion_events', fixture('promotion-events.csv'), false)).toMatchObject({ unchanged: 2, created: 0, updated: 0 });
  });
});

describe('importKinds', () => {
  const KINDS = `{ importKinds {
    kind label { vi en } identifiedBy { vi en } note { vi }
    columns { name header { vi en } aliases type required example { vi en } note { vi en } choices { value label { vi en } alsoAccepted } }
  } }`;
  const TEMPLATE = `query ($format: ImportFormat!, $language: Language!) { importKinds { kind columns { name header { vi en } } template(format: $format, language: $language) { fileName contentType base64 } } }`;

  it('serves the column table of every kind, headers and labels in both languages', async () => {
    const res = await gqlAs(db, v.analyst, KINDS);
    expect(res.errors).toBeUndefined();
    const kinds = res.data.importKinds;
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'products',
      'evaluations',
      'disbursements',
      'training_classes',
      'promotion_events',
      'council_scores',
    ]);
    const products = kinds[0];
    expect(products.label).toEqual({ vi: 'Sản phẩm', en: 'Products' });
    // The names the importer's own messages list.
    expect(products.columns.map((c: { name: string }) => c.name)).toEqual([
      'code',
      'name',
      'group',
      'former_group',
      'sub_group',
      'subject_code',
      'unit_code',
      'status',
      'registered_on',
    ]);
    expect(products.columns[6]).toMatchObject({
      name: 'unit_code',
      header: { vi: 'Mã đơn vị', en: 'Unit code' },
      aliases: ['Mã xã', 'Mã ĐVHC'],
      type: 'unit_code',
      required: true,
      choices: null,
    });
    const status = products.columns.find((c: { name: string }) => c.name === 'status');
    expect(status).toMatchObject({ type: 'choice', required: false, example: { vi: 'Đã đăng ký', en: 'Registered' } });
    expect(status.choices).toContainEqual({ value: 'rated', label: { vi: 'Đã đánh giá', en: 'Rated' }, alsoAccepted: ['Đã chấm điểm'] });
    for (const k of kinds) for (const c of k.columns) expect(c.example.vi, `${k.kind}.${c.name}`).not.toBe('');
  });

  for (const format of ['CSV', 'XLSX']) {
    for (const language of ['vi', 'en']) {
      it(`gives ${format} templates in ${language} whose example rows the importer reads, refusing only their made-up codes`, async () => {
        const res = await gqlAs(db, v.lucNgan, TEMPLATE, { format, language });
        expect(res.errors).toBeUndefined();
        for (const k of res.data.importKinds) {
          const report = await importFile(k.kind, Buffer.from(k.template.base64, 'base64'), true, v.lucNgan, format);
          expect(report.rows, k.kind).toBe(1);
          const codeHeaders = k.columns
            .filter((c: { name: string }) => /code|key/.test(c.name))
            .map((c: { header: Record<string, string> }) => c.header[language]);
          expect(report.problems.length, k.kind).toBeGreaterThan(0);
          for (const p of report.problems) {
            expect(p.row).toBe(2);
            expect(codeHeaders).toContain(p.column);
            expect(p.message).toMatch(/^no (subject|product|plan) has (code|key) "[^"]*(VD|vd)[^"]*"$/);
          }
        }
      });
    }
  }
});
