// DataLoader builders: every relation is fetched for a whole page in one
// statement, and only rows inside the viewer's read scope come back.
import DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { queryRows, selectColumns, tableName, type Db } from '../db/sql.ts';
import { entityRow, type EntityClass } from '../db/rows.ts';
import { entityReadScope } from '../auth/read-scope.ts';

/** Rows of `entity` by primary key, in key order, null where missing. */
export function byIdLoader<T extends { id: number }>(db: Db, entity: EntityClass<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await queryRows(
      db,
      entityRow(entity),
      sql`SELECT ${selectColumns(db, entity, 't')} FROM ${tableName(db, entity)} t WHERE t.id = ANY(${[...ids]}::int[]) ${entityReadScope(entity, 't')}`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Rows of `entity` for a batch of keys in one statement, grouped by key in key
 * order; `select(keys)` selects the entity's columns and each row's key as `_key`.
 */
export function keyedLoader<T extends object>(db: Db, entity: EntityClass<T>, select: (keys: number[]) => Sql): DataLoader<number, T[]> {
  const shape = entityRow(entity).with({ _key: 'int' });
  return new DataLoader(async (keys) => groupByKey(keys, await queryRows(db, shape, select([...keys]))));
}

/**
 * Rows of `entity` grouped by a foreign-key column, in key order.
 * `column` is the database column name; `extra` narrows the rows (e.g. not deleted).
 */
export function groupLoader<T extends object>(
  db: Db,
  entity: EntityClass<T>,
  column: string,
  options: { extra?: Sql; orderBy?: string } = {},
): DataLoader<number, T[]> {
  return keyedLoader(
    db,
    entity,
    (keys) =>
      sql`SELECT ${selectColumns(db, entity, 't')}, t.${raw(column)} AS "_key"
          FROM ${tableName(db, entity)} t
          WHERE t.${raw(column)} = ANY(${keys}::int[]) ${options.extra ?? sql``} ${entityReadScope(entity, 't')}
          ORDER BY ${raw(options.orderBy ?? 't.id')}`,
  );
}

export function groupByKey<T extends { _key: number }>(keys: readonly number[], rows: T[]): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row._key)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
