// Seeds the hub: the four provinces' administrative units, the products the
// plans name, the five plans, then the illustrative programme dataset. All in
// one transaction: a failed load leaves the database as it was, and loading
// twice gives the same data (everything seed-owned is replaced).
import type { DataSource } from 'typeorm';
import fs from 'node:fs';
import path from 'node:path';
import type { SeedUnit } from './admin-units/units.ts';
import { loadAdminUnits } from './load-admin-units.ts';
import { loadNamedProducts, loadPlans } from './load-plans.ts';
import { loadDataset } from './dataset/load.ts';

/** Every table the seed owns, children first: what a reload truncates. */
export const SEEDED_TABLES = [
  'sales_point',
  'promotion_event_subject',
  'promotion_event_product',
  'promotion_event',
  'training_class',
  'disbursement',
  'budget_allocation',
  'milestone',
  'target_product',
  'target',
  'plan',
  'certificate',
  'evaluation',
  'evaluation_round',
  'product',
  'subject',
  'admin_unit_map_closure',
  'admin_unit_closure',
  'admin_unit',
];

// The curated list committed by seeds/admin-units/build.ts: start-up never needs the source packages.
function readFourProvinceUnits(): SeedUnit[] {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'admin-units', 'four-provinces.json'), 'utf8')) as SeedUnit[];
}

export type Log = (line: string) => void;

export async function seedAll(db: DataSource, log: Log): Promise<void> {
  const started = Date.now();
  await db.transaction(async (tx) => {
    await tx.query(`TRUNCATE ${SEEDED_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    const units = readFourProvinceUnits();
    await loadAdminUnits(tx, units);
    log(`seed: ${units.length} administrative units`);
    await loadNamedProducts(tx);
    const plans = await loadPlans(tx);
    log(`seed: ${plans} plans with their targets, milestones and budgets`);
    await loadDataset(tx, log);
  });
  log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
