// All SQL of re-evaluation work items: certificates in or past their filing
// window, read from certificate_validity (when a certificate is current, when
// it expires) — validity is never re-derived here — with the re-evaluation
// dossier under way and any newer certificate.
import sql from 'sql-template-tag';
import { andReadScope } from '../auth/viewer.ts';
import { queryOne, queryRows, type Db } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';
import { withinUnitId } from '../geo/unit-scope.ts';
import { dossierAccess } from './dossier.repository.ts';

const ITEM_ROW = rowShape({
  certificateId: 'int',
  productId: 'int',
  productCode: 'text',
  productName: 'text',
  stars: 'int',
  decisionNumber: 'text',
  decidedOn: 'date',
  expiresOn: 'date',
  validToday: 'bool',
  windowOpensOn: 'date',
  lastDayToFile: 'date',
  dossierId: 'int?',
  dossierReadable: 'bool?',
  renewedOn: 'date?',
});
export type ItemRow = RowType<typeof ITEM_ROW>;

export interface WindowDays {
  opens: number;
  closes: number;
  /** Items stay listed this many days after expiry. */
  after: number;
}

/**
 * Certificates (not revoked) whose window has opened by `day` and that were
 * still the product's current certificate when it opened, until `after` days
 * past their expiry; `unitId` null: those of one certificate only.
 */
function itemsSql(day: string, w: WindowDays, where: ReturnType<typeof sql>) {
  return sql`WITH c AS (
      SELECT cv.certificate_id, cv.product_id, min(cv.stars)::int AS stars, min(cv.decided_on) AS decided_on, min(cv.expires_on) AS expires_on,
             max(upper(cv.during)) AS valid_until, bool_or(cv.during @> ${day}::date) AS valid_today
      FROM certificate_validity cv JOIN product p ON p.id = cv.product_id
      WHERE cv.expires_on - ${w.opens}::int <= ${day}::date AND cv.expires_on + ${w.after}::int >= ${day}::date AND ${where}
      GROUP BY cv.certificate_id, cv.product_id)
    SELECT c.certificate_id AS "certificateId", c.product_id AS "productId", p.code AS "productCode", p.name AS "productName", c.stars,
           k.decision_number AS "decisionNumber", c.decided_on AS "decidedOn", c.expires_on AS "expiresOn", c.valid_today AS "validToday",
           c.expires_on - ${w.opens}::int AS "windowOpensOn", c.expires_on - ${w.closes}::int AS "lastDayToFile",
           d.id AS "dossierId", d.readable AS "dossierReadable",
           (SELECT min(n.decided_on) FROM certificate_validity n
            WHERE n.product_id = c.product_id AND (n.decided_on, n.certificate_id) > (c.decided_on, c.certificate_id)) AS "renewedOn"
    FROM c JOIN product p ON p.id = c.product_id JOIN certificate k ON k.id = c.certificate_id
    LEFT JOIN LATERAL (SELECT d.id, ${dossierAccess('d')} AS readable FROM dossier d
                       WHERE d.product_id = c.product_id AND d.kind = 'reevaluation' AND d.state NOT IN ('decided', 'withdrawn')
                         AND d.registered_on >= c.decided_on
                       ORDER BY d.id DESC LIMIT 1) d ON true
    WHERE k.revoked_on IS NULL AND c.valid_until > c.expires_on - ${w.opens}::int
    ORDER BY c.expires_on, c.certificate_id
    LIMIT 500`;
}

/** The items of a unit's products, within the viewer's read scope. */
export function reevaluationItems(db: Db, unitId: number, day: string, w: WindowDays): Promise<ItemRow[]> {
  return queryRows(db, ITEM_ROW, itemsSql(day, w, sql`${withinUnitId(sql`p.unit_id`, unitId)} ${andReadScope(sql`p.unit_id`)}`));
}

/** One certificate's item, if it is one. */
export function reevaluationItem(db: Db, certificateId: number, day: string, w: WindowDays): Promise<ItemRow | undefined> {
  return queryOne(db, ITEM_ROW, itemsSql(day, w, sql`cv.certificate_id = ${certificateId} ${andReadScope(sql`p.unit_id`)}`));
}
