// The national generator at tiny scales, into a fresh database created here:
// row counts follow the scale, a rerun gives the same rows, a failure changes nothing.
// Each test loads the scale it starts from unless the database already holds it,
// so any test runs alone, and in order no load is repeated.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/db/data-source.ts';
import { nationalUnits } from '../../seeds/admin-units/units.ts';
import { main } from '../../seeds/national/cli.ts';
import { ROWS_AT_SCALE_ONE } from '../../seeds/national/load.ts';
import { adminUrl, withDatabase } from '../support/urls.ts';

const SCALED = ['subject', 'product', 'evaluation', 'certificate', 'budget_allocation', 'disbursement', 'training_class', 'promotion_event'] as const;
const COUNTED = ['admin_unit', 'evaluation_round', ...SCALED, 'sales_point', 'plan'] as const;

let admin: DataSource;
let db: DataSource;
let url: string;
const name = `t_nat_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  const base = inject('pgUrl');
  admin = createDataSource({ url: adminUrl(base), poolSize: 1 });
  await admin.initialize();
  // A fresh database, not a template clone: the script applies the migrations itself.
  await admin.query(`CREATE DATABASE ${name}`);
  url = withDatabase(base, name);
  db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
});

afterAll(async () => {
  await db.destroy();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.destroy();
});

async function counts(): Promise<Record<(typeof COUNTED)[number], number>> {
  const [row] = await db.query(`SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return row;
}

async function checksum(): Promise<string> {
  const [{ sum }]: { sum: string }[] = await db.query(
    `SELECT md5(string_agg(x, '|' ORDER BY x)) AS sum FROM (
       SELECT ROW(p.id, p.code, p.name, p.status, p.unit_id, p.subject_id, p.registered_on)::text AS x FROM product p
       UNION ALL SELECT ROW(e.id, e.product_id, e.round_id, e.total_score)::text FROM evaluation e
       UNION ALL SELECT ROW(d.id, d.allocation_id, d.amount, d.disbursed_on, d.unit_id)::text FROM disbursement d) q`,
  );
  return sum;
}

const run = (scale: number) => main(['--scale', String(scale), '--database-url', url], () => undefined);

/** The scale the database holds: the last load that succeeded. */
let loaded: number | null = null;

async function load(scale: number) {
  const result = await run(scale);
  loaded = scale;
  return result;
}

async function loadedAt(scale: number): Promise<void> {
  if (loaded !== scale) await load(scale);
}

describe('national seed', () => {
  it('loads the whole country at scale 0.01 with rows in proportion to the scale', async () => {
    const result = await load(0.01);
    const small = await counts();
    expect(small.admin_unit).toBe(nationalUnits().length);
    expect(small.plan).toBe(5);
    // 400 generated products plus the plans' 8 named ones.
    expect(small.product).toBe(408);
    for (const table of SCALED) {
      const expected = (ROWS_AT_SCALE_ONE[table] ?? 0) * 0.01;
      expect(small[table], table).toBeGreaterThan(expected * 0.6);
      expect(small[table], table).toBeLessThan(expected * 1.6);
    }
    expect(result.tables.map((t) => t.table)).toContain('disbursement');
    const [{ closure }]: { closure: number }[] = await db.query('SELECT count(*)::int AS closure FROM admin_unit_closure');
    expect(closure).toBeGreaterThan(small.admin_unit);
    const [{ orphans }]: { orphans: number }[] = await db.query(
      `SELECT count(*)::int AS orphans FROM admin_unit WHERE level <> 'province' AND province_id IS NULL`,
    );
    expect(orphans).toBe(0);
  }, 120_000);

  it('gives the same rows when run again', async () => {
    await loadedAt(0.01);
    const [small, before] = [await counts(), await checksum()];
    await load(0.01);
    expect(await counts()).toEqual(small);
    expect(await checksum()).toBe(before);
  }, 120_000);

  it('grows with the scale', async () => {
    await loadedAt(0.01);
    const small = await counts();
    await load(0.03);
    const larger = await counts();
    expect(larger.admin_unit).toBe(small.admin_unit);
    expect(larger.evaluation_round).toBe(small.evaluation_round);
    expect(larger.product).toBe(1208);
    for (const table of SCALED) {
      const ratio =
        (larger[table] - (table === 'product' || table === 'subject' ? 8 : 0)) / (small[table] - (table === 'product' || table === 'subject' ? 8 : 0));
      expect(ratio, table).toBeGreaterThan(2.2);
      expect(ratio, table).toBeLessThan(3.8);
    }
  }, 120_000);

  it('leaves the database as it was when the load fails', async () => {
    await loadedAt(loaded ?? 0.01);
    const before = await counts();
    await db.query(`CREATE FUNCTION fail_load() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.query(`CREATE TRIGGER fail_load BEFORE INSERT ON sales_point FOR EACH STATEMENT EXECUTE FUNCTION fail_load()`);
    try {
      await expect(run(0.01)).rejects.toThrow(/injected failure/);
    } finally {
      await db.query('DROP TRIGGER fail_load ON sales_point; DROP FUNCTION fail_load()');
    }
    expect(await counts()).toEqual(before);
  }, 120_000);
});
