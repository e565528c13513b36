// All SQL of the audit log: appending (in the writing transaction) and reading.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { readScopeCondition } from '../auth/viewer.ts';
import { SortDirection } from '../common/connection.ts';
import { fetchPage } from '../common/pagination.ts';
import { execute, type Db } from '../db/sql.ts';
import { oneOf, rowShape } from '../db/rows.ts';
import type { Write } from '../writes/write-context.ts';
import { AuditAction, AuditEntity, AuditEntryConnection, type AuditLogArgs } from './audit.types.ts';

export interface AuditRecord {
  /** Record writes, or the steps of a period's approval. */
  action: Exclude<AuditAction, AuditAction.import>;
  entity: AuditEntity;
  entityId: number;
  unitId: number | null;
  before: object | null;
  after: object | null;
}

/** Appends one entry in the write's own transaction: the write and its record commit or vanish together. */
export async function appendAudit(w: Write, record: AuditRecord): Promise<void> {
  const batch = w.importBatch ? await w.importBatch() : null;
  const { id, username } = w.viewer.user;
  const action = batch === null ? record.action : AuditAction.import;
  await execute(
    w.tx,
    sql`INSERT INTO audit_log (user_id, username, action, entity, entity_id, unit_id, before, after, import_batch_id)
        VALUES (${id}, ${username}, ${action}, ${record.entity}, ${record.entityId}, ${record.unitId},
                ${record.before && JSON.stringify(record.before)}, ${record.after && JSON.stringify(record.after)}, ${batch})`,
  );
}

const AUDIT_ROW = rowShape({
  id: 'int',
  at: 'timestamp',
  userId: 'int?',
  username: 'text',
  action: oneOf(AuditAction),
  entity: oneOf(AuditEntity),
  entityId: 'int?',
  unitId: 'int?',
  before: 'object?',
  after: 'object?',
  importBatchId: 'int?',
});

export function listAuditLog(db: Db, args: AuditLogArgs): Promise<AuditEntryConnection> {
  const f = args.filter;
  const where: Sql[] = [];
  // Province admins read entries about their province only (entries without a unit are national).
  const scope = readScopeCondition(raw('a.unit_id'));
  if (scope) where.push(scope);
  if (f?.entity) where.push(sql`a.entity = ${f.entity}`);
  if (f?.entityId != null) where.push(sql`a.entity_id = ${f.entityId}`);
  if (f?.from) where.push(sql`a.at >= ${f.from}`);
  if (f?.to) where.push(sql`a.at <= ${f.to}`);
  if (f?.username) where.push(sql`a.username = ${f.username}`);
  return fetchPage(
    db,
    {
      select: sql`SELECT a.id, a.at, a.user_id AS "userId", a.username, a.action, a.entity, a.entity_id AS "entityId", a.unit_id AS "unitId",
                         a.before, a.after, a.import_batch_id AS "importBatchId"`,
      row: AUDIT_ROW,
      from: sql`FROM audit_log a`,
      where,
      // Newest first, by id: ids are handed out as entries are written and, unlike timestamps, never tie.
      sort: [{ expr: raw('a.id'), direction: SortDirection.DESC }],
      idExpr: raw('a.id'),
    },
    args,
    AuditEntryConnection,
  );
}
