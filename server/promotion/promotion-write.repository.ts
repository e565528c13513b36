// SQL the promotion-event writes need beyond the shared write repository: the link tables.
import sql from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { execute, queryOne } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';

const EVENT_LINKS = rowShape({ productIds: 'int[]', subjectIds: 'int[]' });
export type EventLinks = RowType<typeof EVENT_LINKS>;

export async function eventLinks(tx: EntityManager, eventId: number): Promise<EventLinks> {
  const row = await queryOne(
    tx,
    EVENT_LINKS,
    sql`SELECT ARRAY(SELECT product_id FROM promotion_event_product WHERE event_id = ${eventId} ORDER BY product_id) AS "productIds",
               ARRAY(SELECT subject_id FROM promotion_event_subject WHERE event_id = ${eventId} ORDER BY subject_id) AS "subjectIds"`,
  );
  return row ?? { productIds: [], subjectIds: [] };
}

export async function setEventLinks(tx: EntityManager, eventId: number, productIds: number[], subjectIds: number[]): Promise<void> {
  await execute(
    tx,
    sql`WITH gone_p AS (DELETE FROM promotion_event_product WHERE event_id = ${eventId}),
             gone_s AS (DELETE FROM promotion_event_subject WHERE event_id = ${eventId})
        SELECT 1`,
  );
  if (productIds.length) await execute(tx, sql`INSERT INTO promotion_event_product (event_id, product_id) SELECT ${eventId}, unnest(${productIds}::int[])`);
  if (subjectIds.length) await execute(tx, sql`INSERT INTO promotion_event_subject (event_id, subject_id) SELECT ${eventId}, unnest(${subjectIds}::int[])`);
}
