// SQL the round, evaluation and certificate writes need beyond the shared write repository.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { queryId, queryOne } from '../db/sql.ts';
import { COUNT_ROW, rowShape, type RowType } from '../db/rows.ts';
import { validCertificateAt } from './certificate-validity.ts';

const LIVE_CERTIFICATE = rowShape({ id: 'int', decidedOn: 'date' });
export type LiveCertificate = RowType<typeof LIVE_CERTIFICATE>;

/** The live (not deleted) certificate resting on an evaluation, other than `exceptId`. */
export function liveCertificateOf(tx: EntityManager, evaluationId: number, exceptId: number | null = null): Promise<LiveCertificate | undefined> {
  return queryOne(
    tx,
    LIVE_CERTIFICATE,
    sql`SELECT id, decided_on AS "decidedOn" FROM certificate
        WHERE evaluation_id = ${evaluationId} AND deleted_at IS NULL AND id <> ${exceptId ?? 0}`,
  );
}

/** The id of another evaluation of this product in this round. */
export async function evaluationInRound(tx: EntityManager, roundId: number, productId: number, exceptId: number | null): Promise<number | undefined> {
  return queryId(tx, sql`SELECT id FROM evaluation WHERE round_id = ${roundId} AND product_id = ${productId} AND id <> ${exceptId ?? 0}`);
}

/** The id of another round with the same level, unit, year and sequence. */
export async function sameRound(
  tx: EntityManager,
  r: { level: string; unitId: number | null; year: number; sequence: number },
  exceptId: number | null,
): Promise<number | undefined> {
  return queryId(
    tx,
    sql`SELECT id FROM evaluation_round WHERE level = ${r.level} AND unit_id IS NOT DISTINCT FROM ${r.unitId}::int
          AND year = ${r.year} AND sequence = ${r.sequence} AND id <> ${exceptId ?? 0}`,
  );
}

export async function evaluationsInRound(tx: EntityManager, roundId: number): Promise<number> {
  return (await queryOne(tx, COUNT_ROW, sql`SELECT count(*)::int AS n FROM evaluation WHERE round_id = ${roundId}`))?.n ?? 0;
}

export function roundReferences(id: number): Record<string, Sql> {
  return { evaluations: sql`SELECT 1 FROM evaluation WHERE round_id = ${id}` };
}

export function evaluationReferences(id: number): Record<string, Sql> {
  return { 'certificates (deleted ones included, kept for history)': sql`SELECT 1 FROM certificate WHERE evaluation_id = ${id}` };
}

const EVALUATION_FACTS = rowShape({
  id: 'int',
  productId: 'int',
  totalScore: 'numeric',
  stars: 'int',
  evaluatedOn: 'date',
  ruleSetId: 'text?',
  roundLevel: 'text',
  roundUnitId: 'int?',
});
export type EvaluationFacts = RowType<typeof EVALUATION_FACTS>;

/** What a certificate copies from its evaluation, held unchanged until commit; undefined when the viewer cannot read it. */
export function evaluationForCertificate(tx: EntityManager, evaluationId: number, readScope: Sql): Promise<EvaluationFacts | undefined> {
  return queryOne(
    tx,
    EVALUATION_FACTS,
    sql`SELECT e.id, e.product_id AS "productId", e.total_score AS "totalScore", e.stars, e.evaluated_on AS "evaluatedOn",
               e.rule_set_id AS "ruleSetId", r.level AS "roundLevel", r.unit_id AS "roundUnitId"
        FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id
        WHERE e.id = ${evaluationId} ${readScope}
        FOR SHARE OF e`,
  );
}

/** Whether any certificate, deleted ones included, rests on an evaluation. */
export async function hasAnyCertificate(tx: EntityManager, evaluationId: number): Promise<boolean> {
  return (await queryId(tx, sql`SELECT id FROM certificate WHERE evaluation_id = ${evaluationId} LIMIT 1`)) !== undefined;
}

/**
 * What a product's certificates say of it: `valid`, it holds a valid
 * certificate today; `latestRevoked`, its latest (not deleted) certificate is
 * revoked; `certified`, it has any (not deleted) certificate.
 */
const CERTIFICATION_STATE = rowShape({ status: 'text', version: 'int', valid: 'bool', latestRevoked: 'bool', certified: 'bool' });
export type CertificationState = RowType<typeof CERTIFICATION_STATE>;

/** What a product's certificates say of it today. */
export function certificationState(tx: EntityManager, productId: number, today: string): Promise<CertificationState | undefined> {
  return queryOne(
    tx,
    CERTIFICATION_STATE,
    sql`SELECT p.status, p.version,
          EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND ${validCertificateAt('c', today)}) AS valid,
          COALESCE((SELECT c.revoked_on IS NOT NULL FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL
                    ORDER BY c.decided_on DESC, c.id DESC LIMIT 1), false) AS "latestRevoked",
          EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL) AS certified
        FROM product p WHERE p.id = ${productId}`,
  );
}
