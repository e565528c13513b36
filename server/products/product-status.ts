// A product's programme status on any date, from its history: what the stored
// status says for today, read on the date a screen shows (its certificates'
// validity, its evaluations, its registration), so that a list's statuses and
// its star ratings are read on one date.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import DataLoader from 'dataloader';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import { holdsValidCertificate } from '../evaluations/certificate-validity.ts';
import type { ProductStatus } from './product.entity.ts';

/**
 * The status of product alias `p` on `at`: certified while a certificate is
 * valid; once one was decided, revoked when the latest was revoked by then,
 * else expired; rated once evaluated; registered once registered; an undated
 * product keeps its stored early status; idea before all that.
 */
export function productStatusOn(p: string, at: string): Sql {
  const id = raw(`${p}.id`);
  const column = (c: string) => raw(`${p}.${c}`);
  const date = sql`${at}::date`;
  const decided = sql`FROM certificate sc WHERE sc.product_id = ${id} AND sc.deleted_at IS NULL AND sc.decided_on <= ${date}`;
  return sql`CASE
    WHEN ${holdsValidCertificate(id, date)} THEN 'certified'
    WHEN EXISTS (SELECT 1 ${decided}) THEN
      CASE WHEN (SELECT sc.revoked_on <= ${date} ${decided} ORDER BY sc.decided_on DESC, sc.id DESC LIMIT 1) THEN 'revoked' ELSE 'expired' END
    WHEN EXISTS (SELECT 1 FROM evaluation se WHERE se.product_id = ${id} AND se.evaluated_on <= ${date}) THEN 'rated'
    WHEN ${column('registered_on')} <= ${date} THEN 'registered'
    WHEN ${column('registered_on')} IS NULL AND ${column('status')} IN ('idea', 'registered', 'rated') THEN ${column('status')}
    ELSE 'idea' END`;
}

const STATUS_ROW = rowShape({ id: 'int', status: 'text' });

/** Each product's status on one date. */
export function productStatusLoader(db: Db, asOf: string): DataLoader<number, ProductStatus | null> {
  return new DataLoader(async (ids) => {
    const rows = await queryRows(db, STATUS_ROW, sql`SELECT p.id, ${productStatusOn('p', asOf)} AS status FROM product p WHERE p.id = ANY(${[...ids]}::int[])`);
    const byId = new Map(rows.map((r) => [r.id, r.status as ProductStatus]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
