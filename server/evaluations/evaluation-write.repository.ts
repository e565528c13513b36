// SQL the round, evaluation and certificate writes need beyond the shared write repository.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { queryOne } from '../db/sql.ts';
import { validCertificateAt } from './certificate-validity.ts';

export interface LiveCertificate {
  id: number;
  decidedOn: string;
}

/** The live (not deleted) certificate resting on an evaluation, other than `exceptId`. */
export function liveCertificateOf(tx: EntityManager, evaluationId: number, exceptId: number | null = null): Promise<LiveCertificate | undefined> {
  return queryOne<LiveCertificate>(
    tx,
    sql`SELECT id, decided_on AS "decidedOn" FROM certificate
        WHERE evaluation_id = ${evaluationId} AND deleted_at IS NULL AND id <> ${exceptId ?? 0}`,
  );
}

/** The id of another evaluation of this product in this round. */
export async function evaluationInRound(tx: EntityManager, roundId: number, productId: number, exceptId: number | null): Promise<number | undefined> {
  const row = await queryOne<{ id: number }>(
    tx,
    sql`SELECT id FROM evaluation WHERE round_id = ${roundId} AND product_id = ${productId} AND id <> ${exceptId ?? 0}`,
  );
  return row?.id;
}

/** The id of another round with the same level, unit, year and sequence. */
export async function sameRound(
  tx: EntityManager,
  r: { level: string; unitId: number | null; year: number; sequence: number },
  exceptId: number | null,
): Promise<number | undefined> {
  const row = await queryOne<{ id: number }>(
    tx,
    sql`SELECT id FROM evaluation_round WHERE level = ${r.level} AND unit_id IS NOT DISTINCT FROM ${r.unitId}::int
          AND year = ${r.year} AND sequence = ${r.sequence} AND id <> ${exceptId ?? 0}`,
  );
  return row?.id;
}

export async function evaluationsInRound(tx: EntityManager, roundId: number): Promise<number> {
  return (await queryOne<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM evaluation WHERE round_id = ${roundId}`))?.n ?? 0;
}

export function roundReferences(id: number): Record<string, Sql> {
  return { evaluations: sql`SELECT 1 FROM evaluation WHERE round_id = ${id}` };
}

export function evaluationReferences(id: number): Record<string, Sql> {
  return { 'certificates (deleted ones included, kept for history)': sql`SELECT 1 FROM certificate WHERE evaluation_id = ${id}` };
}

export interface EvaluationFacts {
  id: number;
  productId: number;
  totalScore: string;
  stars: number;
  evaluatedOn: string;
  roundLevel: string;
}

/** What a certificate copies from its evaluation, held unchanged until commit; undefined when the viewer cannot read it. */
export function evaluationForCertificate(tx: EntityManager, evaluationId: number, readScope: Sql): Promise<EvaluationFacts | undefined> {
  return queryOne<EvaluationFacts>(
    tx,
    sql`SELECT e.id, e.product_id AS "productId", e.total_score AS "totalScore", e.stars, e.evaluated_on AS "evaluatedOn", r.level AS "roundLevel"
        FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id
        WHERE e.id = ${evaluationId} ${readScope}
        FOR SHARE OF e`,
  );
}

/** Whether any certificate, deleted ones included, rests on an evaluation. */
export async function hasAnyCertificate(tx: EntityManager, evaluationId: number): Promise<boolean> {
  return Boolean(await queryOne(tx, sql`SELECT 1 FROM certificate WHERE evaluation_id = ${evaluationId} LIMIT 1`));
}

export interface CertificationState {
  status: string;
  version: number;
  /** Holds a valid certificate today. */
  valid: boolean;
  /** Its latest (not deleted) certificate is revoked. */
  latestRevoked: boolean;
  /** Has any (not deleted) certificate. */
  certified: boolean;
}

/** What a product's certificates say of it today. */
export function certificationState(tx: EntityManager, productId: number, today: string): Promise<CertificationState | undefined> {
  return queryOne<CertificationState>(
    tx,
    sql`SELECT p.status, p.version,
          EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND ${validCertificateAt('c', today)}) AS valid,
          COALESCE((SELECT c.revoked_on IS NOT NULL FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL
                    ORDER BY c.decided_on DESC, c.id DESC LIMIT 1), false) AS "latestRevoked",
          EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL) AS certified
        FROM product p WHERE p.id = ${productId}`,
  );
}
