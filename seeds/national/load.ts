// Loads the whole country for benchmarks: every administrative unit (old and
// 2025), the plans and their named products, and illustrative programme data
// sized by `scale` (1 ≈ 20,000 subjects, 40,000 products, 100,000 evaluations,
// 500,000 disbursements, 10,000 classes, 5,000 events). The generator is the
// dataset's (seeds/dataset/generate.ts) with the national profile; rows stream
// into COPY table by table. One transaction: it empties the tables first, so a
// failure leaves the database as it was and a rerun gives the same data.
import cliProgress from 'cli-progress';
import type { ClientBase } from 'pg';
import type { DataSource } from 'typeorm';
import { nationalUnits } from '../admin-units/units.ts';
import { loadUnitParts, refreshUnitDerivedColumns } from '../load-admin-units.ts';
import { loadNamedProducts, loadPlans } from '../load-plans.ts';
import { SEEDED_TABLES } from '../load.ts';
import { DatasetGenerator } from '../dataset/generate.ts';
import { readIdBases, readPlanContext, resetSequences } from '../dataset/load.ts';
import { nationalProfile } from '../dataset/profiles.ts';
import { apportion } from '../dataset/random.ts';
import { columnsOf, type RowOf, type TableName } from '../dataset/tables.ts';
import { indexSeedUnits } from '../dataset/units.ts';
import { copyRows } from './copy.ts';

export const NATIONAL_SEED = 'ocop-national-2026';

/** Approximate rows per table at scale 1 (the generator's targets; progress bars start from these). */
export const ROWS_AT_SCALE_ONE: Readonly<Partial<Record<TableName, number>>> = {
  subject: 20_000,
  product: 40_000,
  evaluation: 100_000,
  certificate: 45_000,
  budget_allocation: 20_000,
  disbursement: 500_000,
  training_class: 10_000,
  promotion_event: 5_000,
  promotion_event_product: 55_000,
  promotion_event_subject: 50_000,
  sales_point: 2_200,
};

const UNIT_COLUMNS = ['id', 'key', 'code', 'name', 'type', 'level', 'parent_id', 'successor_id', 'valid_from', 'valid_to'];

export interface NationalOptions {
  scale: number;
  seed?: string;
  log?: (line: string) => void;
  /** Show progress bars (on a terminal). */
  progress?: boolean;
}

export interface TableTiming {
  table: string;
  rows: number;
  seconds: number;
}

export interface NationalResult {
  tables: TableTiming[];
  seconds: number;
}

export async function seedNational(db: DataSource, options: NationalOptions): Promise<NationalResult> {
  const { scale, log = () => undefined } = options;
  if (!(scale > 0)) throw new Error(`scale must be a positive number, got ${scale}`);
  const started = performance.now();
  const { index, rows: units } = indexSeedUnits(nationalUnits());
  const bars = options.progress
    ? new cliProgress.MultiBar(
        { format: ' {table} |{bar}| {value}/{total} rows | {speed} rows/s', hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const tables: TableTiming[] = [];
  const qr = db.createQueryRunner();
  const client = (await qr.connect()) as ClientBase;

  const copy = async <T extends string>(table: T, columns: readonly string[], rows: Iterable<Record<string, unknown>>, estimate: number) => {
    const t0 = performance.now();
    const bar = bars?.create(Math.max(1, Math.round(estimate)), 0, { table: table.padEnd(23), speed: 0 });
    const n = await copyRows(client, table, columns, rows as Iterable<Record<string, string | number | boolean | null>>, (done) => {
      bar?.setTotal(Math.max(done, bar.getTotal()));
      bar?.update(done, { speed: Math.round(done / ((performance.now() - t0) / 1000 || 1)) });
    });
    const seconds = (performance.now() - t0) / 1000;
    bar?.setTotal(Math.max(1, n));
    bar?.update(n, { speed: Math.round(n / (seconds || 1)) });
    tables.push({ table, rows: n, seconds });
  };
  const estimate = (table: TableName) => (ROWS_AT_SCALE_ONE[table] ?? 0) * scale;
  const copyTable = <T extends TableName>(table: T, rows: Iterable<RowOf<T>>) =>
    copy(table, columnsOf(table), rows as Iterable<Record<string, unknown>>, estimate(table));

  try {
    await qr.startTransaction();
    await qr.query('SET LOCAL statement_timeout = 0');
    await qr.query(`TRUNCATE ${SEEDED_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    await copy(
      'admin_unit',
      UNIT_COLUMNS,
      units.map((u) => ({
        id: u.id,
        key: u.key,
        code: u.code,
        name: u.name,
        type: u.type,
        level: u.level,
        parent_id: u.parentId,
        successor_id: u.successorId,
        valid_from: u.validFrom,
        valid_to: u.validTo,
      })),
      units.length,
    );
    await qr.query(`SELECT setval(pg_get_serial_sequence('admin_unit', 'id'), $1)`, [units.length]);
    await loadUnitParts(qr.manager, units);
    await loadNamedProducts(qr.manager);
    await loadPlans(qr.manager);

    // Products per province in proportion to its communes.
    const products = apportion(
      Math.round(40_000 * scale),
      index.provinces.map((p) => p.districts.reduce((s, d) => s + Math.max(1, d.communes.length), 0)),
    );
    const gen = new DatasetGenerator(
      {
        seed: options.seed ?? NATIONAL_SEED,
        units: index,
        provinces: index.provinces.map((province, i) => ({ province, profile: nationalProfile(products[i], scale) })),
        ...(await readPlanContext(qr.manager)),
      },
      await readIdBases(qr.manager),
    );
    await copy('evaluation_round', columnsOf('evaluation_round'), gen.rounds(), gen.calendar.rounds.length);
    await copyTable('subject', gen.subjects());
    await copyTable('product', gen.products());
    await copyTable('evaluation', gen.evaluations());
    await copyTable('certificate', gen.certificates());
    await copyTable('budget_allocation', gen.budget('budget_allocation'));
    await copyTable('disbursement', gen.budget('disbursement'));
    await copyTable('training_class', gen.trainingClasses());
    await copyTable('promotion_event', gen.promotion('promotion_event'));
    await copyTable('promotion_event_product', gen.promotion('promotion_event_product'));
    await copyTable('promotion_event_subject', gen.promotion('promotion_event_subject'));
    await copyTable('sales_point', gen.salesPoints());
    bars?.stop();

    const finishing = performance.now();
    await qr.query(
      `UPDATE product p SET status = o.status, registered_on = o.registered_on
       FROM jsonb_to_recordset($1::jsonb) AS o(id int, status text, registered_on date) WHERE p.id = o.id`,
      [JSON.stringify(gen.namedOutcomes())],
    );
    await resetSequences(qr.manager);
    await refreshUnitDerivedColumns(qr.manager);
    await qr.commitTransaction();
    log(`national seed: unit hierarchy, closure and sequences in ${((performance.now() - finishing) / 1000).toFixed(1)} s`);
  } catch (error) {
    bars?.stop();
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    throw error;
  } finally {
    await qr.release();
  }
  const analyzing = performance.now();
  await db.query('ANALYZE');
  log(`national seed: ANALYZE in ${((performance.now() - analyzing) / 1000).toFixed(1)} s`);
  return { tables, seconds: (performance.now() - started) / 1000 };
}

/** The per-table report the CLI prints. */
export function formatReport(result: NationalResult): string {
  const lines = result.tables.map(
    (t) =>
      `${t.table.padEnd(24)} ${String(t.rows).padStart(10)} rows ${t.seconds.toFixed(2).padStart(7)} s ${String(Math.round(t.rows / (t.seconds || 1e-9))).padStart(9)} rows/s`,
  );
  const rows = result.tables.reduce((s, t) => s + t.rows, 0);
  lines.push(
    `${'total'.padEnd(24)} ${String(rows).padStart(10)} rows ${result.seconds.toFixed(2).padStart(7)} s ${String(Math.round(rows / result.seconds)).padStart(9)} rows/s (including generation, closure, ANALYZE)`,
  );
  return lines.join('\n');
}
