// All SQL of dossiers: who may read one (narrower than the province-wide read
// scope: a dossier holds the subject's papers), the lists and loaders, and the
// state history.
import DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { currentViewer, andReadScope } from '../auth/viewer.ts';
import { SortDirection } from '../common/connection.ts';
import { groupByKey, groupLoader } from '../common/loaders.ts';
import { fetchPage } from '../common/pagination.ts';
import { execute, queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, oneOf, rowShape, type RowType } from '../db/rows.ts';
import type { Write } from '../writes/write-context.ts';
import { Dossier, DossierFile, DossierState } from './dossier.entity.ts';
import { DossierConnection, DossierEvent, type DossierFilter } from './dossier.types.ts';

/**
 * Who may read a dossier (alias `d`) and download its files: those who may
 * write in its product's unit (the commune's officers, the province), the
 * members of a council it is assigned to, and administrators. Officers of
 * other communes read the province's figures, never another commune's papers.
 */
export function dossierAccess(d: string): Sql {
  const viewer = currentViewer();
  const scope = viewer.writeScopeId;
  const own =
    scope === null
      ? sql`true`
      : scope === undefined
        ? sql`false`
        : sql`(SELECT pa.unit_id FROM product pa WHERE pa.id = ${raw(d)}.product_id) IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${scope})`;
  const member =
    viewer.user.id === null
      ? sql`false`
      : sql`EXISTS (SELECT 1 FROM round_dossier rda JOIN council_member cma ON cma.round_id = rda.round_id
                    WHERE rda.dossier_id = ${raw(d)}.id AND cma.user_id = ${viewer.user.id})`;
  return sql`(${own} OR ${member})`;
}

const DOSSIER_ROW = entityRow(Dossier);
const READ_ROW = DOSSIER_ROW.with({ accessible: 'bool' });

/** A dossier and whether the viewer may read it (so a refusal can be told from a dossier that does not exist). */
export function dossierWithAccess(db: Db, id: number): Promise<RowType<typeof READ_ROW> | undefined> {
  return queryOne(db, READ_ROW, sql`SELECT ${selectColumns(db, Dossier, 'd')}, ${dossierAccess('d')} AS accessible FROM dossier d WHERE d.id = ${id}`);
}

export function listDossiers(db: Db, filter: DossierFilter | null | undefined, unitId: number | null, page: { first: number; after?: string | null }) {
  const where: Sql[] = [dossierAccess('d')];
  if (unitId !== null) where.push(sql`p.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ${unitId})`);
  if (filter?.states?.length) where.push(sql`d.state = ANY(${filter.states}::text[])`);
  if (filter?.kind) where.push(sql`d.kind = ${filter.kind}`);
  if (filter?.year != null) where.push(sql`d.registered_on BETWEEN ${`${filter.year}-01-01`}::date AND ${`${filter.year}-12-31`}::date`);
  if (filter?.productId != null) where.push(sql`d.product_id = ${filter.productId}`);
  return fetchPage(
    db,
    {
      select: sql`SELECT ${selectColumns(db, Dossier, 'd')}`,
      row: DOSSIER_ROW,
      from: sql`FROM dossier d JOIN product p ON p.id = d.product_id`,
      where,
      // Oldest waiting first: a queue is worked from its front.
      sort: [{ expr: raw('d.registered_on'), direction: SortDirection.ASC }],
      idExpr: raw('d.id'),
    },
    page,
    DossierConnection,
  );
}

const PRODUCT_FACTS = rowShape({ id: 'int', unitId: 'int', group: 'text', status: 'text', subjectId: 'int', version: 'int', name: 'text' });
export type ProductFacts = RowType<typeof PRODUCT_FACTS>;

/** What registering a dossier needs of its product, held until commit. */
export function productFacts(tx: EntityManager, productId: number): Promise<ProductFacts | undefined> {
  return queryOne(
    tx,
    PRODUCT_FACTS,
    sql`SELECT p.id, p.unit_id AS "unitId", p.product_group AS "group", p.status, p.subject_id AS "subjectId", p.version, p.name
        FROM product p WHERE p.id = ${productId} ${andReadScope(raw('p.unit_id'))} FOR SHARE OF p`,
  );
}

/** The id of the product's dossier still under way, if any. */
export async function openDossierOf(tx: EntityManager, productId: number): Promise<number | undefined> {
  return (await queryOne(tx, rowShape({ id: 'int' }), sql`SELECT id FROM dossier WHERE product_id = ${productId} AND state NOT IN ('decided', 'withdrawn')`))
    ?.id;
}

/** The rule set of a day (rule_set_on, the one selection rule). */
export async function ruleSetIdOn(tx: Db, day: string): Promise<string | null> {
  return (await queryOne(tx, rowShape({ id: 'text?' }), sql`SELECT rule_set_on(${day}::date) AS id`))?.id ?? null;
}

export interface EventRecord {
  dossierId: number;
  onDate: string;
  from: DossierState | null;
  to: DossierState;
  reason: string | null;
}

/** Records a change of state in the dossier's history, in the writing transaction. */
export async function appendEvent(w: Write, e: EventRecord): Promise<void> {
  await execute(
    w.tx,
    sql`INSERT INTO dossier_event (dossier_id, on_date, user_id, username, from_state, to_state, reason)
        VALUES (${e.dossierId}, ${e.onDate}, ${w.viewer.user.id}, ${w.viewer.user.username}, ${e.from}, ${e.to}, ${e.reason})`,
  );
}

/** Sets (or, with a null status, clears) an answer to a checklist item. */
export async function setItem(w: Write, dossierId: number, documentId: string, status: string | null, note: string | null): Promise<void> {
  await execute(
    w.tx,
    status === null
      ? sql`DELETE FROM dossier_item WHERE dossier_id = ${dossierId} AND document_id = ${documentId}`
      : sql`INSERT INTO dossier_item (dossier_id, document_id, status, note, set_by) VALUES (${dossierId}, ${documentId}, ${status}, ${note}, ${w.viewer.user.id})
            ON CONFLICT (dossier_id, document_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, set_by = EXCLUDED.set_by, set_at = now()`,
  );
}

const FILE_READ_ROW = entityRow(DossierFile).with({ accessible: 'bool' });

/** A live file and whether the viewer may read its dossier. */
export function fileWithAccess(db: Db, id: number): Promise<RowType<typeof FILE_READ_ROW> | undefined> {
  return queryOne(
    db,
    FILE_READ_ROW,
    sql`SELECT ${selectColumns(db, DossierFile, 'f')}, ${dossierAccess('d')} AS accessible
        FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id WHERE f.id = ${id} AND f.deleted_at IS NULL`,
  );
}

const ITEM_ROW = rowShape({ _key: 'int', documentId: 'text', status: 'text', note: 'text?' });
export type ItemRow = RowType<typeof ITEM_ROW>;

const EVENT_ROW = rowShape({
  _key: 'int',
  at: 'timestamp',
  onDate: 'date',
  username: 'text',
  fromState: oneOf(DossierState, true),
  toState: oneOf(DossierState),
  reason: 'text?',
});

/**
 * Loaders of the parts of dossiers the viewer already reached through the
 * access rule (a dossier, its files, answers and history are only ever read
 * under a dossier that passed it).
 */
export function createDossierLoaders(db: Db) {
  return {
    dossierById: new DataLoader<number, Dossier | null>(async (ids) => {
      const rows = await queryRows(
        db,
        DOSSIER_ROW,
        sql`SELECT ${selectColumns(db, Dossier, 'd')} FROM dossier d WHERE d.id = ANY(${[...ids]}::int[]) AND ${dossierAccess('d')}`,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    filesByDossier: groupLoader<DossierFile>(db, DossierFile, 'dossier_id', { extra: sql`AND t.deleted_at IS NULL`, orderBy: 't.id' }),
    itemsByDossier: new DataLoader<number, ItemRow[]>(async (ids) =>
      groupByKey(
        ids,
        await queryRows(
          db,
          ITEM_ROW,
          sql`SELECT dossier_id AS "_key", document_id AS "documentId", status, note FROM dossier_item WHERE dossier_id = ANY(${[...ids]}::int[])`,
        ),
      ),
    ),
    eventsByDossier: new DataLoader<number, DossierEvent[]>(async (ids) =>
      groupByKey(
        ids,
        await queryRows(
          db,
          EVENT_ROW,
          sql`SELECT dossier_id AS "_key", at, on_date AS "onDate", username, from_state AS "fromState", to_state AS "toState", reason
              FROM dossier_event WHERE dossier_id = ANY(${[...ids]}::int[]) ORDER BY id`,
        ),
      ).map((rows) => rows.map((r) => Object.assign(new DossierEvent(), r))),
    ),
  };
}

/** A dossier's live files and answers, read in the writing transaction. */
export async function partsOf(tx: EntityManager, dossierId: number): Promise<{ files: DossierFile[]; items: ItemRow[] }> {
  const [files, items] = await Promise.all([
    queryRows(
      tx,
      entityRow(DossierFile),
      sql`SELECT ${selectColumns(tx, DossierFile, 'f')} FROM dossier_file f WHERE f.dossier_id = ${dossierId} AND f.deleted_at IS NULL ORDER BY f.id`,
    ),
    queryRows(tx, ITEM_ROW, sql`SELECT dossier_id AS "_key", document_id AS "documentId", status, note FROM dossier_item WHERE dossier_id = ${dossierId}`),
  ]);
  return { files, items };
}
