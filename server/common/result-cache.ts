// Computed results (analytics, progress, comparisons, alerts) cached under the
// data version they were computed at: a write anywhere bumps the version (see
// the DataVersion migration), so a cached figure is never older than the data.
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { currentViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { queryOne, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import sql from 'sql-template-tag';

interface Entry {
  version: number;
  value: unknown;
}

const MAX_ENTRIES = 2_000;
// One cache per database, so two hubs (or test databases) in one process never mix results.
const caches = new WeakMap<DataSource, LRUCache<string, Entry>>();

const VERSION_ROW = rowShape({ version: 'int' });

/** The data version, read once per request. */
export function dataVersionLoader(db: Db): DataLoader<'current', number> {
  return new DataLoader(async (keys) => {
    const row = await queryOne(db, VERSION_ROW, sql`SELECT version FROM data_version`);
    return keys.map(() => row?.version ?? 0);
  });
}

/** The result `parts` name, computed once per data version (and read scope) by `compute`. */
export async function cachedResult<T>(ctx: Pick<Context, 'db' | 'loaders'>, parts: unknown[], compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new LRUCache({ max: MAX_ENTRIES })));
  // Results depend on what the viewer may read.
  const key = JSON.stringify([currentViewer().readScopeId, ...parts]);
  const current = await ctx.loaders.dataVersion.load('current');
  const hit = cache.get(key);
  if (hit && hit.version === current) return hit.value as T;
  const value = await compute();
  cache.set(key, { version: current, value });
  return value;
}
