// SQL the plan, target and milestone writes need beyond the shared write repository.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { execute, queryRows } from '../db/sql.ts';
import { ID_ROW } from '../db/rows.ts';

export function planReferences(id: number): Record<string, Sql> {
  return {
    targets: sql`SELECT 1 FROM target WHERE plan_id = ${id}`,
    milestones: sql`SELECT 1 FROM milestone WHERE plan_id = ${id}`,
    'budget allocations': sql`SELECT 1 FROM budget_allocation WHERE plan_id = ${id}`,
    'training classes': sql`SELECT 1 FROM training_class WHERE plan_id = ${id}`,
  };
}

export function targetReferences(id: number): Record<string, Sql> {
  return { 'per-district targets': sql`SELECT 1 FROM target WHERE parent_target_id = ${id}` };
}

export async function targetProductIds(tx: EntityManager, targetId: number): Promise<number[]> {
  const rows = await queryRows(tx, ID_ROW, sql`SELECT product_id AS id FROM target_product WHERE target_id = ${targetId} ORDER BY product_id`);
  return rows.map((r) => r.id);
}

export async function setTargetProducts(tx: EntityManager, targetId: number, productIds: number[]): Promise<void> {
  await execute(tx, sql`DELETE FROM target_product WHERE target_id = ${targetId}`);
  if (productIds.length) await execute(tx, sql`INSERT INTO target_product (target_id, product_id) SELECT ${targetId}, unnest(${productIds}::int[])`);
}
