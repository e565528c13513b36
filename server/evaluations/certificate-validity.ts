// The one definition of "valid certificate on a date", used by lists, loaders,
// analytics and metrics alike: decided on or before the date, not yet expired
// (36 months), not revoked by then, not deleted.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

export function validCertificateOn(alias: string, asOf: string): Sql {
  const c = (column: string) => raw(`${alias}.${column}`);
  return sql`${c('deleted_at')} IS NULL AND ${c('decided_on')} <= ${asOf}::date AND ${c('expires_on')} >= ${asOf}::date
             AND (${c('revoked_on')} IS NULL OR ${c('revoked_on')} > ${asOf}::date)`;
}

/** A LATERAL join exposing `<as>` = the product's latest valid certificate on `asOf` (or nulls). */
export function currentCertificateJoin(productId: Sql, asOf: string, as: string): Sql {
  return sql`LEFT JOIN LATERAL (
      SELECT cc.id, cc.stars, cc.level, cc.decided_on, cc.expires_on FROM certificate cc
      WHERE cc.product_id = ${productId} AND ${validCertificateOn('cc', asOf)}
      ORDER BY cc.decided_on DESC, cc.id DESC LIMIT 1) ${raw(as)} ON true`;
}
