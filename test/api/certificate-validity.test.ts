// Certificate validity is a table (certificate_validity) kept by triggers on
// every write of a certificate, in the writing transaction; "valid on a date"
// is a range lookup in it. Its last day follows the Civil Code's counting.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';

let db: DataSource;
let world: SmallWorld;
let rounds: number[];
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  world = await buildSmallWorld(db);
  const rows: { id: number }[] = await db.query(
    `INSERT INTO evaluation_round (level, year, sequence, unit_id, held_on) SELECT 'province', 2023, s, $1, '2023-05-01' FROM generate_series(2, 3) AS s RETURNING id`,
    [world.unitId('90')],
  );
  rounds = rows.map((r) => r.id);
});

/** A 4★ evaluation of the product in one of two 2023 provincial rounds, as the seed loader writes one. */
async function evaluationOf(product: number, round = 0): Promise<number> {
  const [{ id }] = await db.query(
    `INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on) VALUES ($1, $2, 20, 20, 35, '2023-05-01')
     ON CONFLICT (round_id, product_id) DO UPDATE SET evaluated_on = EXCLUDED.evaluated_on RETURNING id`,
    [rounds[round], product],
  );
  return id;
}

/** The product's validity rows: certificate and the days it is current, "[from,to)". */
async function spans(product: number): Promise<[number, string][]> {
  const rows: { certificate_id: number; during: string }[] = await db.query(
    'SELECT certificate_id, during::text FROM certificate_validity WHERE product_id = $1 ORDER BY during',
    [product],
  );
  return rows.map((r) => [r.certificate_id, r.during]);
}

/** The table as a full recompute from the certificates would write it: the triggers must never leave it behind. */
async function expectSameAsRecompute(): Promise<void> {
  const snapshot = `SELECT COALESCE(md5(string_agg(row(certificate_id, product_id, stars, level, decided_on, expires_on, during, unit_id)::text, ','
                      ORDER BY product_id, during)), '') AS sum FROM certificate_validity`;
  const runner = db.createQueryRunner();
  try {
    await runner.startTransaction();
    const [{ sum: kept }] = await runner.query(snapshot);
    await runner.query('SELECT refresh_certificate_validity(ARRAY(SELECT DISTINCT product_id FROM certificate))');
    const [{ sum: recomputed }] = await runner.query(snapshot);
    expect(kept).toBe(recomputed);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const CURRENT = `query ($id: Int!, $asOf: LocalDate) { product(id: $id) { currentCertificate(asOf: $asOf) { decisionNumber expiresOn } } }`;
const currentOn = async (product: number, asOf: string) => (await gql(db, CURRENT, { id: product, asOf })).data.product.currentCertificate;

describe('the last valid day of a certificate', () => {
  it('is the same calendar day 36 months after the decision, and the month’s last day where that day does not exist', async () => {
    const e = await evaluationOf(world.product.E);
    await db.query(
      `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on) VALUES ($1, $2, 'province', 4, 'X/QĐ-UBND', '2023-05-10')`,
      [e, world.product.E],
    );
    // Art. 147: the period starts the day after the decision; Art. 148: 36 months end at the close of the corresponding day.
    expect(await currentOn(world.product.E, '2026-05-10')).toEqual({ decisionNumber: 'X/QĐ-UBND', expiresOn: '2026-05-10' });
    expect(await currentOn(world.product.E, '2026-05-11')).toBeNull();
    await db.query(`UPDATE certificate SET decided_on = '2020-02-29' WHERE decision_number = 'X/QĐ-UBND'`);
    // February 2023 has no 29th: the period ends on its last day.
    expect(await currentOn(world.product.E, '2023-02-28')).toMatchObject({ expiresOn: '2023-02-28' });
    expect(await currentOn(world.product.E, '2023-03-01')).toBeNull();
    await db.query(`DELETE FROM certificate WHERE decision_number = 'X/QĐ-UBND'`);
    expect(await spans(world.product.E)).toEqual([]);
  });
});

describe('certificate_validity', () => {
  it('holds, per product, the days each certificate is the current one', async () => {
    // A: 3★ 2021-03-01 (expires 2024-03-01), then 4★ from 2024-05-01; B: revoked 2024-02-01.
    const a: { id: number }[] = await db.query('SELECT id FROM certificate WHERE product_id = $1 ORDER BY decided_on', [world.product.A]);
    expect(await spans(world.product.A)).toEqual([
      [a[0].id, '[2021-03-01,2024-03-02)'],
      [a[1].id, '[2024-05-01,2027-05-02)'],
    ]);
    const [b] = await spans(world.product.B);
    expect(b[1]).toBe('[2023-06-01,2024-02-01)');
    await expectSameAsRecompute();
  });

  it('follows every certificate mutation in the same transaction: issue, correct, revoke, delete', async () => {
    const evaluationId = await evaluationOf(world.product.E);
    const created = await gql(db, 'mutation ($input: CertificateInput!) { createCertificate(input: $input) { id version } }', {
      input: { evaluationId, decisionNumber: '77/QĐ-UBND', decidedOn: '2023-06-01' },
    });
    const { id } = created.data.createCertificate;
    expect(await spans(world.product.E)).toEqual([[id, '[2023-06-01,2026-06-02)']]);

    await gql(db, 'mutation ($id: Int!, $input: CertificateInput!) { updateCertificate(id: $id, version: 1, input: $input) { id } }', {
      id,
      input: { evaluationId, decisionNumber: '77/QĐ-UBND', decidedOn: '2023-06-15' },
    });
    expect(await spans(world.product.E)).toEqual([[id, '[2023-06-15,2026-06-16)']]);

    await gql(db, 'mutation ($id: Int!) { revokeCertificate(id: $id, version: 2, input: { revokedOn: "2024-01-10", reason: "Vi phạm" }) { id } }', { id });
    expect(await spans(world.product.E)).toEqual([[id, '[2023-06-15,2024-01-10)']]);
    expect(await currentOn(world.product.E, '2024-01-09')).toMatchObject({ decisionNumber: '77/QĐ-UBND' });
    expect(await currentOn(world.product.E, '2024-01-10')).toBeNull();

    await gql(db, 'mutation ($id: Int!) { deleteCertificate(id: $id, version: 3) { soft } }', { id });
    expect(await spans(world.product.E)).toEqual([]);
    await expectSameAsRecompute();
  });

  it('moves with its product to another unit, in the same statement', async () => {
    const unitOf = async (product: number) =>
      ((await db.query('SELECT DISTINCT unit_id FROM certificate_validity WHERE product_id = $1', [product])) as { unit_id: number }[]).map((r) => r.unit_id);
    const [{ from, to }] = await db.query('SELECT a.unit_id AS "from", f.unit_id AS "to" FROM product a, product f WHERE a.id = $1 AND f.id = $2', [
      world.product.A,
      world.product.F,
    ]);
    expect(from).not.toBe(to);
    expect(await unitOf(world.product.A)).toEqual([from]);
    await db.query('UPDATE product SET unit_id = $2 WHERE id = $1', [world.product.A, to]);
    expect(await unitOf(world.product.A)).toEqual([to]);
    await expectSameAsRecompute();
    await db.query('UPDATE product SET unit_id = $2 WHERE id = $1', [world.product.A, from]);
    expect(await unitOf(world.product.A)).toEqual([from]);
  });

  it('follows bulk inserts, hard deletes and truncation, the paths of the seed loaders and of hand-written SQL', async () => {
    const evaluations = [await evaluationOf(world.product.E, 0), await evaluationOf(world.product.E, 1)];
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on)
         SELECT ($1::int[])[n], $2, 'province', 4, n || '/QĐ-UBND', make_date(2018 + n, 1, 1) FROM generate_series(1, 2) AS n`,
        [evaluations, world.product.E],
      );
      // Inside the writing transaction already: 2019's decision is current until 2020's replaces it.
      const inside: { during: string }[] = await runner.query('SELECT during::text FROM certificate_validity WHERE product_id = $1 ORDER BY during', [
        world.product.E,
      ]);
      expect(inside.map((r) => r.during)).toEqual(['[2019-01-01,2020-01-01)', '[2020-01-01,2023-01-02)']);
      await runner.query(`DELETE FROM certificate WHERE product_id = $1 AND decided_on = '2020-01-01'`, [world.product.E]);
      const after: { during: string }[] = await runner.query('SELECT during::text FROM certificate_validity WHERE product_id = $1', [world.product.E]);
      expect(after.map((r) => r.during)).toEqual(['[2019-01-01,2022-01-02)']);
      await runner.query('TRUNCATE certificate CASCADE');
      expect(await runner.query('SELECT count(*)::int AS n FROM certificate_validity')).toEqual([{ n: 0 }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    await expectSameAsRecompute();
  });
});

describe('certificate_validity on the seeded dataset', () => {
  it('equals a full recompute after the bulk load', async () => {
    const seeded = await cloneDatabase('tpl_seed');
    const [{ n }] = await seeded.db.query('SELECT count(DISTINCT product_id)::int AS n FROM certificate_validity');
    expect(n).toBeGreaterThan(1000);
    const previous = db;
    db = seeded.db;
    try {
      await expectSameAsRecompute();
    } finally {
      db = previous;
    }
  });
});
