// Loads the illustrative programme dataset for the four seeded provinces
// (Bắc Giang, Quảng Ngãi, Bình Thuận, Bình Dương), 2019 to November 2026, on top
// of the units, named products and plans already loaded. Every generated row has
// illustrative = true. A handful of INSERT … SELECT FROM jsonb_to_recordset
// statements per table keep it fast; a fixed seed makes it repeatable.
import type { EntityManager } from 'typeorm';
import { FOUR_PROVINCE_CODES } from '../admin-units/units.ts';
import { dayOf } from './dates.ts';
import { DatasetGenerator, type NamedProduct, type PlanBudget, type PlanRef, type WorldInput } from './generate.ts';
import { NAMED_HISTORIES } from './named.ts';
import { FOUR_PROVINCE_PROFILES } from './profiles.ts';
import { columnsOf, ID_TABLES, recordsetDefinition, type IdBases, type RowOf, type TableName } from './tables.ts';
import { isNewKey, UnitIndex, type UnitRow } from './units.ts';

/** The dataset's seed: change it and every invented row changes. */
export const DATASET_SEED = 'ocop-dataset-2026';

type Query = Pick<EntityManager, 'query'>;

export async function readUnitIndex(tx: Query): Promise<UnitIndex> {
  const rows: {
    id: number;
    key: string;
    code: string;
    name: string;
    type: string;
    level: UnitRow['level'];
    parent_id: number | null;
    successor_id: number | null;
  }[] = await tx.query('SELECT id, key, code, name, type, level, parent_id, successor_id FROM admin_unit ORDER BY id');
  return new UnitIndex(
    rows.map((r) => ({
      id: r.id,
      key: r.key,
      code: r.code,
      name: r.name,
      type: r.type,
      level: r.level,
      parentId: r.parent_id,
      successorId: r.successor_id,
      isNew: isNewKey(r.key),
    })),
  );
}

/** Plans, their stated budget lines and the named products, as the generator needs them. */
export async function readPlanContext(tx: Query): Promise<Pick<WorldInput, 'plans' | 'planBudgets' | 'named'>> {
  const plans: { id: number; key: string; issuer_unit_id: number; period_start: string; period_end: string }[] = await tx.query(
    'SELECT id, key, issuer_unit_id, period_start, period_end FROM plan ORDER BY id',
  );
  const budgets: { id: number; year: number; source: PlanBudget['source']; amount: string; recipient_unit_id: number }[] = await tx.query(
    'SELECT id, year, source, amount, recipient_unit_id FROM budget_allocation WHERE plan_id IS NOT NULL AND amount IS NOT NULL ORDER BY id',
  );
  const named: { id: number; subject_id: number; name: string; district_id: number }[] = await tx.query(
    `SELECT p.id, p.subject_id, p.name, CASE u.level WHEN 'commune' THEN u.parent_id ELSE u.id END AS district_id
     FROM product p JOIN admin_unit u ON u.id = p.unit_id WHERE p.code LIKE 'NP%' ORDER BY p.id`,
  );
  return {
    plans: plans.map(
      (p): PlanRef => ({ id: p.id, key: p.key, issuerUnitId: p.issuer_unit_id, periodStart: dayOf(p.period_start), periodEnd: dayOf(p.period_end) }),
    ),
    planBudgets: budgets.map((b): PlanBudget => ({ id: b.id, year: b.year, source: b.source, amount: Number(b.amount), recipientUnitId: b.recipient_unit_id })),
    named: named.flatMap((n): NamedProduct[] => {
      const history = NAMED_HISTORIES[n.name];
      return history ? [{ productId: n.id, subjectId: n.subject_id, name: n.name, districtId: n.district_id, history }] : [];
    }),
  };
}

/** The highest id in each generated table (rows the generator adds come after). */
export async function readIdBases(tx: Query): Promise<IdBases> {
  const sql = ID_TABLES.map((t) => `(SELECT COALESCE(max(id), 0) FROM ${t}) AS ${t}`).join(', ');
  const [row]: Record<string, number>[] = await tx.query(`SELECT ${sql}`);
  return Object.fromEntries(ID_TABLES.map((t) => [t, Number(row[t])])) as IdBases;
}

/** Moves every id sequence past the ids the generator assigned. */
export async function resetSequences(tx: Query): Promise<void> {
  await tx.query(
    ID_TABLES.map(
      (t) => `SELECT setval(pg_get_serial_sequence('${t}', 'id'), GREATEST((SELECT max(id) FROM ${t}), 1), (SELECT max(id) FROM ${t}) IS NOT NULL);`,
    ).join('\n'),
  );
}

/**
 * The named products' status and registration date, from their drawn histories.
 * The rows stay real (their names, places and groups are the plans'), so these
 * two fields are marked invented; their evaluations and certificates are
 * illustrative rows of their own.
 */
export async function applyNamedOutcomes(tx: Query, gen: DatasetGenerator): Promise<void> {
  await tx.query(
    `UPDATE product p SET status = o.status, registered_on = o.registered_on, illustrative_fields = ARRAY['status', 'registeredOn']
     FROM jsonb_to_recordset($1::jsonb) AS o(id int, status text, registered_on date) WHERE p.id = o.id`,
    [JSON.stringify(gen.namedOutcomes())],
  );
}

async function insertRows<T extends TableName>(tx: Query, table: T, rows: readonly RowOf<T>[]): Promise<void> {
  if (!rows.length) return;
  const columns = columnsOf(table).join(', ');
  await tx.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${recordsetDefinition(table)})`, [
    JSON.stringify(rows),
  ]);
}

export async function loadDataset(tx: EntityManager, log: (line: string) => void): Promise<void> {
  const units = await readUnitIndex(tx);
  const world: WorldInput = {
    seed: DATASET_SEED,
    units,
    provinces: FOUR_PROVINCE_CODES.map((code) => ({ province: units.province(code), profile: FOUR_PROVINCE_PROFILES[code] })),
    ...(await readPlanContext(tx)),
  };
  const gen = new DatasetGenerator(world, await readIdBases(tx));
  const tables: [TableName, readonly unknown[]][] = [
    ['evaluation_round', [...gen.rounds()]],
    ['subject', [...gen.subjects()]],
    ['product', [...gen.products()]],
    ['evaluation', [...gen.evaluations()]],
    ['certificate', [...gen.certificates()]],
    ['budget_allocation', [...gen.budget('budget_allocation')]],
    ['disbursement', [...gen.budget('disbursement')]],
    ['training_class', [...gen.trainingClasses()]],
    ['promotion_event', [...gen.promotion('promotion_event')]],
    ['promotion_event_product', [...gen.promotion('promotion_event_product')]],
    ['promotion_event_subject', [...gen.promotion('promotion_event_subject')]],
    ['sales_point', [...gen.salesPoints()]],
  ];
  for (const [table, rows] of tables) await insertRows(tx, table, rows as RowOf<typeof table>[]);
  await applyNamedOutcomes(tx, gen);
  // Their (illustrative) producers were set up a year or two before registering them.
  await tx.query(
    `UPDATE subject s SET registered_on = p.registered_on - (400 + 37 * (p.id % 11))
     FROM product p WHERE p.subject_id = s.id AND p.code LIKE 'NP%' AND p.registered_on IS NOT NULL`,
  );
  await resetSequences(tx);
  log(`seed: illustrative dataset — ${tables.map(([t, rows]) => `${rows.length} ${t}`).join(', ')}`);
}
