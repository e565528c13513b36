import { byIdLoader } from '../common/loaders.ts';
import type { Db } from '../db/sql.ts';
import { AppUser } from './user.entity.ts';

export function createAuthLoaders(db: Db) {
  return { userById: byIdLoader<AppUser>(db, AppUser) };
}
