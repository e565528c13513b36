// All SQL of the public product check: a product found by the public code on
// its stamp (never by its internal id), with only the facts printed on its
// label or published in the recognition decision.
import DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import { currentCertificateJoin } from '../evaluations/certificate-validity.ts';
import type { Db } from '../db/sql.ts';
import { queryOne, queryRows } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';

const CHECK_ROW = rowShape({
  code: 'text',
  product: 'text',
  group: 'text',
  producer: 'text',
  place: 'text',
  province: 'text?',
  stars: 'int?',
  certificateNumber: 'text?',
  decidedOn: 'date?',
  expiresOn: 'date?',
  revokedOn: 'date?',
  /** Whether that certificate is the product's current one on the date (certificate-validity.ts). */
  current: 'bool',
});
export type CheckRow = RowType<typeof CHECK_ROW>;

/**
 * The product with this public code and its certificate: the current one on
 * `asOf` where it holds one (the one definition every figure uses), else its
 * latest decided by `asOf` (not deleted), to say expired or revoked. The place is the product's commune, or the commune
 * that took it over when the 2025 map merged it.
 */
export function productByPublicCode(db: Db, code: string, asOf: string): Promise<CheckRow | undefined> {
  return queryOne(
    db,
    CHECK_ROW,
    sql`SELECT s.code, p.name AS product, p.product_group AS "group", sj.name AS producer,
               concat_ws(' ', u.type, u.name) AS place, pv.name AS province,
               c.stars, c.decision_number AS "certificateNumber", c.decided_on AS "decidedOn", c.expires_on AS "expiresOn", c.revoked_on AS "revokedOn",
               cur.certificate_id IS NOT NULL AS current
        FROM product_stamp s
        JOIN product p ON p.id = s.product_id
        JOIN subject sj ON sj.id = p.subject_id
        JOIN admin_unit u0 ON u0.id = p.unit_id
        JOIN admin_unit u ON u.id = CASE WHEN u0.valid_to < ${asOf}::date AND u0.successor_id IS NOT NULL THEN u0.successor_id ELSE u0.id END
        LEFT JOIN admin_unit pv ON pv.id = COALESCE(u.province_id, CASE WHEN u.level = 'province' THEN u.id END)
        ${currentCertificateJoin(raw('p.id'), asOf, 'cur')}
        LEFT JOIN LATERAL (
          SELECT cc.stars, cc.decision_number, cc.decided_on, cc.expires_on, cc.revoked_on FROM certificate cc
          WHERE cc.product_id = p.id AND cc.deleted_at IS NULL AND cc.decided_on <= ${asOf}::date
          ORDER BY cc.id = cur.certificate_id DESC NULLS LAST, cc.decided_on DESC, cc.id DESC LIMIT 1) c ON true
        WHERE s.code = ${code}`,
  );
}

/** The public code of each product, for the subject's stamp (read under a product, which passed the read scope). */
export function createPublicCheckLoaders(db: Db) {
  return {
    publicCodeByProduct: new DataLoader<number, string | undefined>(async (ids) => {
      const rows = await queryRows(
        db,
        rowShape({ productId: 'int', code: 'text' }),
        sql`SELECT product_id AS "productId", code FROM product_stamp WHERE product_id = ANY(${[...ids]}::int[])`,
      );
      const byId = new Map(rows.map((r) => [r.productId, r.code]));
      return ids.map((id) => byId.get(id));
    }),
  };
}
