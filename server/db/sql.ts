// Runs SQL built with sql-template-tag through the DataSource, so every
// statement goes through one path (counted per request, prepared when it reads,
// and sent to a replica when the request only reads).
import type { Sql } from 'sql-template-tag';
import { raw } from 'sql-template-tag';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { readsFromReplica } from './read-routing.ts';
import { ID_ROW, selectedEntityColumns, type EntityClass, type RowShape } from './rows.ts';
import { preparedQuery } from './prepared.ts';

export type Db = DataSource | EntityManager;

/**
 * Runs a statement on a connection of its own (or the transaction's), as a
 * prepared statement where it is a read (prepared.ts); rows come back as the
 * driver hands them, for the row boundary (rows.ts) to check.
 */
async function run(db: Db, statement: Sql): Promise<Record<string, unknown>[]> {
  const inTransaction = db instanceof DataSource ? undefined : db.queryRunner;
  const replica = db instanceof DataSource && db.driver.isReplicated && readsFromReplica();
  const runner = inTransaction ?? (db instanceof DataSource ? db : db.connection).createQueryRunner(replica ? 'slave' : 'master');
  try {
    const query = preparedQuery(await runner.connect(), statement.text);
    // TypeORM hands the query to node-postgres as it is; a named one is typed as text here only.
    return await runner.query(query as string, statement.values as unknown[]);
  } finally {
    if (!inTransaction) await runner.release();
  }
}

/** The rows of a statement, each checked against `shape` (the only way rows are read: their type comes from the shape). */
export async function queryRows<T>(db: Db, shape: RowShape<T>, statement: Sql): Promise<T[]> {
  return shape.decode(db, await run(db, statement), statement.text);
}

export async function queryOne<T>(db: Db, shape: RowShape<T>, statement: Sql): Promise<T | undefined> {
  return (await queryRows(db, shape, statement))[0];
}

/** The id the statement selects (`SELECT id …`), if it finds a row. */
export async function queryId(db: Db, statement: Sql): Promise<number | undefined> {
  return (await queryOne(db, ID_ROW, statement))?.id;
}

/** A statement whose rows, if any, nobody reads (DELETE, INSERT without RETURNING, SAVEPOINT). */
export async function execute(db: Db, statement: Sql): Promise<void> {
  await run(db, statement);
}

const selectListCache = new Map<unknown, Map<string, string>>();

/**
 * The entity's columns as `alias.column AS "property"`, so raw SQL rows come
 * back shaped like the entity (and its GraphQL type) without a mapping layer;
 * internal bookkeeping columns (select: false) are left out. Given the
 * properties a query asked for, only those, the id and the foreign keys of
 * asked-for relations (as entityRow reads them).
 */
export function selectColumns(db: Db, entity: EntityClass<object>, alias: string, properties?: Iterable<string>): Sql {
  const list = (columns: { databaseName: string; propertyName: string }[]) =>
    columns.map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`).join(', ');
  if (properties) return raw(list(selectedEntityColumns(db, entity, new Set(properties))));
  let byAlias = selectListCache.get(entity);
  if (!byAlias) selectListCache.set(entity, (byAlias = new Map()));
  let cached = byAlias.get(alias);
  if (!cached) byAlias.set(alias, (cached = list(selectedEntityColumns(db, entity))));
  return raw(cached);
}

export function tableName(db: Db, entity: EntityTarget<ObjectLiteral>): Sql {
  const ds = 'connection' in db ? db.connection : db;
  return raw(ds.getMetadata(entity).tableName);
}

/**
 * A joined entity's row under `alias` as plain columns "<key>.<property>": the
 * given properties plus the id and the foreign keys of asked-for relations
 * (selectedEntityColumns), so a joined relation carries only what the query asked for.
 * RowShape.withJoined (rows.ts) reads them back as one instance of the entity.
 */
export function joinedColumns(db: Db, entity: EntityClass<object>, alias: string, key: string, properties: Iterable<string>): Sql {
  const columns = selectedEntityColumns(db, entity, new Set(properties));
  return raw(columns.map((c) => `${alias}.${c.databaseName} AS "${key}.${c.propertyName}"`).join(', '));
}
