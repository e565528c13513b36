// Many-to-many relations through a link table (event ↔ product, target ↔ product):
// one statement per page, rows grouped by key in key order.
import type DataLoader from 'dataloader';
import sql, { raw } from 'sql-template-tag';
import { selectColumns, tableName, type Db } from '../db/sql.ts';
import type { EntityClass } from '../db/rows.ts';
import { keyedLoader } from './loaders.ts';
import { entityReadScope } from '../auth/read-scope.ts';

export interface LinkTable {
  /** Link table name, e.g. `target_product`. */
  table: string;
  /** Its column holding the loader key, e.g. `target_id`. */
  keyColumn: string;
  /** Its column holding the linked row's id, e.g. `product_id`. */
  rowColumn: string;
}

/** Rows of `entity` linked to each key through `link`, ordered by `orderBy` (over alias `t`). */
export function linkLoader<T extends object>(db: Db, entity: EntityClass<T>, link: LinkTable, orderBy = 't.id'): DataLoader<number, T[]> {
  return keyedLoader(
    db,
    entity,
    (keys) =>
      sql`SELECT ${selectColumns(db, entity, 't')}, l.${raw(link.keyColumn)} AS "_key"
          FROM ${raw(link.table)} l JOIN ${tableName(db, entity)} t ON t.id = l.${raw(link.rowColumn)}
          WHERE l.${raw(link.keyColumn)} = ANY(${keys}::int[]) ${entityReadScope(entity, 't')}
          ORDER BY ${raw(orderBy)}`,
  );
}
