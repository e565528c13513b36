// SQL the product writes (and the records hanging off products) need beyond the shared write repository.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { execute, queryOne } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';

const UNIT_ID_ROW = rowShape({ unitId: 'int' });

/**
 * The unit of a product, which evaluations and certificates belong to;
 * undefined when there is no such product within `readScope` (over alias p).
 */
export async function productUnitId(tx: EntityManager, productId: number | null | undefined, readScope: Sql): Promise<number | undefined> {
  if (productId == null) return undefined;
  return (await queryOne(tx, UNIT_ID_ROW, sql`SELECT p.unit_id AS "unitId" FROM product p WHERE p.id = ${productId} ${readScope}`))?.unitId;
}

/** Rows that point to a product, by what they are. */
export function productReferences(id: number): Record<string, Sql> {
  return {
    evaluations: sql`SELECT 1 FROM evaluation WHERE product_id = ${id}`,
    'certificates (deleted ones included, kept for history)': sql`SELECT 1 FROM certificate WHERE product_id = ${id}`,
    'plan targets': sql`SELECT 1 FROM target_product WHERE product_id = ${id}`,
    'promotion events': sql`SELECT 1 FROM promotion_event_product WHERE product_id = ${id}`,
  };
}

/** Takes fields off a product's list of invented ones, once someone has written them. */
export function clearIllustrativeFields(tx: EntityManager, id: number, fields: string[]): Promise<void> {
  return execute(
    tx,
    sql`UPDATE product SET illustrative_fields = ARRAY(SELECT f FROM unnest(illustrative_fields) AS f WHERE f <> ALL(${fields}::text[]))
        WHERE id = ${id}`,
  );
}
