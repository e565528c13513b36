// All SQL of checks after recognition: the plan's sample, the lists, and what
// a check needs of its product's certificate.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { andReadScope } from '../auth/viewer.ts';
import { whereClause } from '../common/pagination.ts';
import { queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import { currentCertificatesOn } from '../evaluations/certificate-validity.ts';
import { Inspection } from './inspection.entity.ts';

const INSPECTION_ROW = entityRow(Inspection);

const CERT_ROW = rowShape({ id: 'int', productId: 'int', unitId: 'int', stars: 'int', version: 'int' });
export type CheckedCertificate = RowType<typeof CERT_ROW>;

/** The product's current certificate on `on` (certificate-validity.ts), with its unit (within the viewer's read scope). */
export function validCertificateOf(tx: EntityManager, productId: number, on: string): Promise<CheckedCertificate | undefined> {
  return queryOne(
    tx,
    CERT_ROW,
    sql`SELECT c.id, c.product_id AS "productId", p.unit_id AS "unitId", c.stars, c.version
        FROM ${currentCertificatesOn(on)} cur JOIN certificate c ON c.id = cur.certificate_id JOIN product p ON p.id = c.product_id
        WHERE c.product_id = ${productId} ${andReadScope(raw('p.unit_id'))}`,
  );
}

/** A certificate's current version and stars, for the writer's optimistic check. */
export function certificateFacts(tx: EntityManager, id: number): Promise<CheckedCertificate | undefined> {
  return queryOne(
    tx,
    CERT_ROW,
    sql`SELECT c.id, c.product_id AS "productId", p.unit_id AS "unitId", c.stars, c.version FROM certificate c JOIN product p ON p.id = c.product_id WHERE c.id = ${id}`,
  );
}

/**
 * Draws a random sample for a year's plan and inserts it, in one statement:
 * products within `unitId` holding a certificate valid on `plannedOn` and not
 * yet planned for that year, ordered by md5(seed, product id) — the same seed
 * on the same data draws the same products, and nobody can steer the draw
 * without changing the recorded seed.
 */
export function insertSample(tx: EntityManager, s: { unitId: number; year: number; count: number; seed: string; plannedOn: string }): Promise<Inspection[]> {
  return queryRows(
    tx,
    INSPECTION_ROW,
    sql`WITH drawn AS (
          SELECT c.product_id, c.certificate_id
          FROM ${currentCertificatesOn(s.plannedOn)} c JOIN product p ON p.id = c.product_id
          WHERE p.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${s.unitId})
            AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.product_id = c.product_id AND i.year = ${s.year})),
        picked AS (SELECT * FROM drawn ORDER BY md5(${s.seed} || ':' || product_id), product_id LIMIT ${s.count}),
        written AS (
          INSERT INTO inspection AS t (product_id, certificate_id, year, method, sample_seed, planned_on)
          SELECT product_id, certificate_id, ${s.year}, 'random', ${s.seed}, ${s.plannedOn}::date FROM picked
          RETURNING ${selectColumns(tx, Inspection, 't')})
        SELECT * FROM written ORDER BY id`,
  );
}

export interface InspectionListFilter {
  unitId: number | null;
  year?: number | null;
  states?: string[] | null;
  productId?: number | null;
}

/** Checks of products the viewer may read, newest plan first (at most 500). */
export function listInspections(db: Db, f: InspectionListFilter): Promise<Inspection[]> {
  const where: Sql[] = [sql`true ${andReadScope(raw('p.unit_id'))}`];
  if (f.unitId !== null) where.push(sql`p.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${f.unitId})`);
  if (f.year != null) where.push(sql`i.year = ${f.year}`);
  if (f.states?.length) where.push(sql`i.state = ANY(${f.states}::text[])`);
  if (f.productId != null) where.push(sql`i.product_id = ${f.productId}`);
  return queryRows(
    db,
    INSPECTION_ROW,
    sql`SELECT ${selectColumns(db, Inspection, 'i')} FROM inspection i JOIN product p ON p.id = i.product_id
        ${whereClause(where)} ORDER BY i.planned_on DESC, i.id DESC LIMIT 500`,
  );
}
