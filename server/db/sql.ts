// Runs SQL built with sql-template-tag through the DataSource, so every
// statement goes through one path (counted per request, and sent to a replica
// when the request only reads).
import type { Sql } from 'sql-template-tag';
import { raw } from 'sql-template-tag';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { readsFromReplica } from './read-routing.ts';

export type Db = DataSource | EntityManager;

export async function queryRows<T>(db: Db, statement: Sql): Promise<T[]> {
  if (db instanceof DataSource && db.driver.isReplicated && readsFromReplica()) {
    const runner = db.createQueryRunner('slave');
    try {
      return (await runner.query(statement.text, statement.values as unknown[])) as T[];
    } finally {
      await runner.release();
    }
  }
  return (await db.query(statement.text, statement.values as unknown[])) as T[];
}

export async function queryOne<T>(db: Db, statement: Sql): Promise<T | undefined> {
  const rows = await queryRows<T>(db, statement);
  return rows[0];
}

const selectListCache = new Map<unknown, Map<string, string>>();

/**
 * The entity's columns as `alias.column AS "property"`, so raw SQL rows come
 * back shaped like the entity (and its GraphQL type) without a mapping layer;
 * internal bookkeeping columns (select: false) are left out.
 */
export function selectColumns(db: Db, entity: EntityTarget<ObjectLiteral>, alias: string): Sql {
  const ds = 'connection' in db ? db.connection : db;
  let byAlias = selectListCache.get(entity);
  if (!byAlias) selectListCache.set(entity, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (!list) {
    list = ds
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
    byAlias.set(alias, list);
  }
  return raw(list);
}

export function tableName(db: Db, entity: EntityTarget<ObjectLiteral>): Sql {
  const ds = 'connection' in db ? db.connection : db;
  return raw(ds.getMetadata(entity).tableName);
}

/**
 * The entity's row under `alias` as one JSON object shaped like the entity (null
 * when the row is absent), holding the given properties plus the id and every
 * foreign key (which nested relations resolve from), so a joined relation
 * carries only what the query asked for.
 */
export function jsonObject(db: Db, entity: EntityTarget<ObjectLiteral>, alias: string, properties: Iterable<string>): Sql {
  const ds = 'connection' in db ? db.connection : db;
  const wanted = new Set(properties);
  const pairs = ds
    .getMetadata(entity)
    .columns.filter((c) => wanted.has(c.propertyName) || c.propertyName === 'id' || c.propertyName.endsWith('Id'))
    .map((c) => `'${c.propertyName}', ${alias}.${c.databaseName}`);
  return raw(`CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(${pairs.join(', ')}) END`);
}

/**
 * Raw rows as instances of their entity, made once: type-graphql would
 * otherwise copy a plain row into a new instance for every field resolver it
 * runs on it. (Object.assign onto a new instance, not setPrototypeOf, which
 * would push V8 into slow dictionary-mode objects.)
 */
export function asEntities<T>(rows: T[], entity: EntityTarget<ObjectLiteral>): T[] {
  if (typeof entity !== 'function') return rows;
  const Entity = entity as new () => T & object;
  return rows.map((row) => (row ? Object.assign(new Entity(), row) : row));
}

export function asEntity<T>(row: T | null | undefined, entity: new () => object): T | null | undefined {
  return row ? (Object.assign(new entity(), row) as T) : row;
}
