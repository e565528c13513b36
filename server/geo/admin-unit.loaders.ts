import type { Db } from '../db/sql.ts';
import { byIdLoader, groupLoader } from '../common/loaders.ts';
import { AdminUnit } from './admin-unit.entity.ts';

export function createAdminUnitLoaders(db: Db) {
  return {
    unitById: byIdLoader<AdminUnit>(db, AdminUnit),
    unitChildren: groupLoader<AdminUnit>(db, AdminUnit, 'parent_id', { orderBy: 't.code' }),
    unitPredecessors: groupLoader<AdminUnit>(db, AdminUnit, 'successor_id', { orderBy: 't.code' }),
  };
}
