// The one definition of "a product's current certificate on a date", read by
// lists, loaders, metrics and the status that follows a certificate write
// alike: the row of `certificate_validity` whose days contain the date. The
// triggers of migration 1764100000000 keep that table in step with every write
// of `certificate`, in the same transaction: a certificate counts from its
// decision date through its expiry (36 months later, the same calendar day:
// Civil Code Art. 147-148), until the day before its revocation, and not once
// deleted; of two valid certificates the later decision is the current one.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

const dateOf = (at: string | Sql): Sql => (typeof at === 'string' ? sql`${at}::date` : at);

/**
 * Each product's current certificate on `at` (an ISO date or an SQL date
 * expression), as rows `(product_id, certificate_id, stars, level, decided_on, expires_on)`.
 */
export function currentCertificatesOn(at: string | Sql): Sql {
  return sql`(SELECT cv.product_id, cv.certificate_id, cv.stars, cv.level, cv.decided_on, cv.expires_on
               FROM certificate_validity cv WHERE cv.during @> ${dateOf(at)})`;
}

/** A LEFT JOIN exposing `<as>` = the product's current certificate on `asOf` (nulls when it holds none). */
export function currentCertificateJoin(productId: Sql, asOf: string | Sql, as: string): Sql {
  const cv = raw(as);
  return sql`LEFT JOIN certificate_validity ${cv} ON ${cv}.product_id = ${productId} AND ${cv}.during @> ${dateOf(asOf)}`;
}

/** Whether the product holds a valid certificate on `at`. */
export function holdsValidCertificate(productId: Sql, at: string | Sql): Sql {
  return sql`EXISTS (SELECT 1 FROM certificate_validity hv WHERE hv.product_id = ${productId} AND hv.during @> ${dateOf(at)})`;
}
