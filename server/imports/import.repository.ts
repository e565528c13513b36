// SQL of file imports: natural-key lookups and import batches.
import sql from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { entityReadScope } from '../auth/read-scope.ts';
import { execute, queryId } from '../db/sql.ts';
import { Product } from '../products/product.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import type { Write } from '../writes/write-context.ts';

/** The id of the subject or product with this code, among those the viewer can read. */
export async function idByCode(tx: EntityManager, table: 'subject' | 'product', code: string): Promise<number | undefined> {
  const q =
    table === 'subject'
      ? sql`SELECT t.id FROM subject t WHERE t.code = ${code} ${entityReadScope(Subject, 't')}`
      : sql`SELECT t.id FROM product t WHERE t.code = ${code} ${entityReadScope(Product, 't')}`;
  return queryId(tx, q);
}

export async function planIdByKey(tx: EntityManager, key: string): Promise<number | undefined> {
  return queryId(tx, sql`SELECT id FROM plan WHERE key = ${key}`);
}

export async function roundId(tx: EntityManager, r: { level: string; unitId: number | null; year: number; sequence: number }): Promise<number | undefined> {
  return queryId(
    tx,
    sql`SELECT id FROM evaluation_round WHERE level = ${r.level} AND unit_id IS NOT DISTINCT FROM ${r.unitId}::int AND year = ${r.year} AND sequence = ${r.sequence}`,
  );
}

export interface BatchInfo {
  kind: string;
  format: string;
  sha256: string;
}

/** Records an import batch, for the audit entries of its rows to point to. */
export async function insertBatch(w: Write, info: BatchInfo): Promise<number> {
  const id = await queryId(
    w.tx,
    sql`INSERT INTO import_batch (user_id, username, kind, format, file_sha256) VALUES (${w.viewer.user.id}, ${w.viewer.user.username}, ${info.kind}, ${info.format}, ${info.sha256})
        RETURNING id`,
  );
  return id!;
}

export async function finishBatch(tx: EntityManager, id: number, counts: { rows: number; created: number; updated: number; unchanged: number }): Promise<void> {
  await execute(
    tx,
    sql`UPDATE import_batch SET rows = ${counts.rows}, created = ${counts.created}, updated = ${counts.updated}, unchanged = ${counts.unchanged}
                        WHERE id = ${id}`,
  );
}
