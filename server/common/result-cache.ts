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

/** Computations under way, by data version and key (see `cachedResult`). */
const inFlight = new WeakMap<DataSource, Map<string, Promise<unknown>>>();

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
  // One computation per key and version: requests that ask while it runs await it
  // instead of computing the same answer again (after a write, the mixed workload's
  // concurrent readers of one question).
  const flightKey = `${current}|${key}`;
  let flights = inFlight.get(ctx.db);
  if (!flights) inFlight.set(ctx.db, (flights = new Map()));
  const pending = flights.get(flightKey);
  if (pending) return pending as Promise<T>;
  const computing = compute().then(
    (value) => {
      flights.delete(flightKey);
      cache.set(key, { version: current, value });
      return value;
    },
    (error: unknown) => {
      flights.delete(flightKey);
      throw error;
    },
  );
  flights.set(flightKey, computing);
  return computing;
}
