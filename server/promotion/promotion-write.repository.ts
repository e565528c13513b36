// SQL the promotion-event writes need beyond the shared write repository: the link tables.
import sql from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { queryOne } from '../db/sql.ts';

export async function eventLinks(tx: EntityManager, eventId: number): Promise<{ productIds: number[]; subjectIds: number[] }> {
  const row = await queryOne<{ productIds: number[]; subjectIds: number[] }>(
    tx,
    sql`SELECT ARRAY(SELECT product_id FROM promotion_event_product WHERE event_id = ${eventId} ORDER BY product_id) AS "productIds",
               ARRAY(SELECT subject_id FROM promotion_event_subject WHERE event_id = ${eventId} ORDER BY subject_id) AS "subjectIds"`,
  );
  return row ?? { productIds: [], subjectIds: [] };
}

export async function setEventLinks(tx: EntityManager, eventId: number, productIds: number[], subjectIds: number[]): Promise<void> {
  await tx.query(
    `WITH gone_p AS (DELETE FROM promotion_event_product WHERE event_id = $1),
          gone_s AS (DELETE FROM promotion_event_subject WHERE event_id = $1)
     SELECT 1`,
    [eventId],
  );
  if (productIds.length) await tx.query('INSERT INTO promotion_event_product (event_id, product_id) SELECT $1, unnest($2::int[])', [eventId, productIds]);
  if (subjectIds.length) await tx.query('INSERT INTO promotion_event_subject (event_id, subject_id) SELECT $1, unnest($2::int[])', [eventId, subjectIds]);
}
