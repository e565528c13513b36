// The one definition of "valid certificate on a date", used by lists, loaders,
// analytics and metrics alike: decided on or before the date, not yet expired
// (36 months), not revoked by then, not deleted.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

/** `at` is a date: an ISO string or an SQL expression such as a column of a date series. */
export function validCertificateAt(alias: string, at: string | Sql): Sql {
  const c = (column: string) => raw(`${alias}.${column}`);
  const d = typeof at === 'string' ? sql`${at}::date` : at;
  return sql`${c('deleted_at')} IS NULL AND ${c('decided_on')} <= ${d} AND ${c('expires_on')} >= ${d}
             AND (${c('revoked_on')} IS NULL OR ${c('revoked_on')} > ${d})`;
}

/** A LATERAL join exposing `<as>` = the product's latest valid certificate on `asOf` (or nulls). */
export function currentCertificateJoin(productId: Sql, asOf: string, as: string): Sql {
  return sql`LEFT JOIN LATERAL (
      SELECT cc.id, cc.stars, cc.level, cc.decided_on, cc.expires_on FROM certificate cc
      WHERE cc.product_id = ${productId} AND ${validCertificateAt('cc', asOf)}
      ORDER BY cc.decided_on DESC, cc.id DESC LIMIT 1) ${raw(as)} ON true`;
}
