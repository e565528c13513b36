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
 * expression), as rows `(product_id, certificate_id, stars, level, decided_on, expires_on, unit_id)`,
 * `unit_id` being the product's (kept with it by migration 1765270000000).
 */
export function currentCertificatesOn(at: string | Sql): Sql {
  return sql`(SELECT cv.product_id, cv.certificate_id, cv.stars, cv.level, cv.decided_on, cv.expires_on, cv.unit_id
               FROM certificate_validity cv WHERE cv.during @> ${dateOf(at)})`;
}

/** A LEFT JOIN exposing `<as>` = the product's current certificate on `asOf` (nulls when it holds none). */
export function currentCertificateJoin(productId: Sql, asOf: string | Sql, as: string): Sql {
  const cv = raw(as);
  return sql`LEFT JOIN certificate_validity ${cv} ON ${cv}.product_id = ${productId} AND ${cv}.during @> ${dateOf(asOf)}`;
}

/**
 * A LEFT JOIN LATERAL exposing `<as>` = the `certificate` row of the product's
 * current certificate on `asOf` (nulls when it holds none), for a page of products.
 * Written so a page of 100 costs 100 B-tree probes and nothing else (measured at
 * scale 10: 5× the statements a second of the plain join). As a plain join,
 * PostgreSQL probed the exclusion constraint's GiST, whose equality on
 * `product_id` walks far more entries than the B-tree, and put a Memoize sized
 * for every product in the country before the certificate; `= ANY(ARRAY[…])` is a
 * condition the GiST cannot answer, and a subquery with LIMIT is not memoized.
 */
export function currentCertificateRowJoin(productId: Sql, asOf: string | Sql, as: string): Sql {
  return sql`LEFT JOIN LATERAL (SELECT c.* FROM certificate_validity cv JOIN certificate c ON c.id = cv.certificate_id
    WHERE cv.product_id = ANY(ARRAY[${productId}]) AND cv.during @> ${dateOf(asOf)} LIMIT 1) ${raw(as)} ON true`;
}

/** Whether the product holds a valid certificate on `at`. */
export function holdsValidCertificate(productId: Sql, at: string | Sql): Sql {
  return sql`EXISTS (SELECT 1 FROM certificate_validity hv WHERE hv.product_id = ${productId} AND hv.during @> ${dateOf(at)})`;
}
