import sql from 'sql-template-tag';
import { selectColumns, type Db } from '../db/sql.ts';
import { byIdLoader, groupLoader, keyedLoader } from '../common/loaders.ts';
import { AdminUnit } from './admin-unit.entity.ts';

export function createAdminUnitLoaders(db: Db) {
  return {
    unitById: byIdLoader<AdminUnit>(db, AdminUnit),
    unitChildren: groupLoader<AdminUnit>(db, AdminUnit, 'parent_id', { orderBy: 't.code' }),
    unitPredecessors: groupLoader<AdminUnit>(db, AdminUnit, 'successor_id', { orderBy: 't.code' }),
    unitParts: keyedLoader<AdminUnit>(
      db,
      AdminUnit,
      (keys) =>
        sql`SELECT ${selectColumns(db, AdminUnit, 't')}, pt.unit_id AS "_key" FROM admin_unit_part pt JOIN admin_unit t ON t.id = pt.part_id
            WHERE pt.unit_id = ANY(${keys}::int[]) ORDER BY pt.ordinal`,
    ),
  };
}
