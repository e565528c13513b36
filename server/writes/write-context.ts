// One write = one transaction, run on behalf of the current viewer. Services
// take a Write and never open transactions of their own, so a mutation and a
// file import (many rows, one transaction) share every rule.
import type { EntityManager } from 'typeorm';
import { ACCESS } from '../auth/guard.ts';
import { currentViewer, type Viewer } from '../auth/viewer.ts';
import { createLoaders, type Context } from '../context.ts';
import { forbidden } from './write-errors.ts';

export interface Write {
  tx: EntityManager;
  viewer: Viewer;
  /** Set while importing a file: audit entries are then "import" entries of this batch. */
  importBatch?: () => Promise<number>;
}

/**
 * Refuses viewers who may write nowhere (analysts). The API's guard refuses
 * them before a mutation runs; writers check again for callers outside it.
 */
export function assertMayWrite(viewer: Viewer): void {
  if (viewer.writeScopeId === undefined) throw forbidden(ACCESS.write.refusal(viewer));
}

/**
 * Runs `fn` in one transaction as the current viewer. Afterwards the request's
 * loaders start afresh, so the fields of the result (and of any later
 * mutation in the same operation) read the data as written.
 */
export async function runMutation<T>(ctx: Context, fn: (w: Write) => Promise<T>): Promise<T> {
  const viewer = currentViewer();
  const result = await ctx.db.transaction((tx) => fn({ tx, viewer }));
  freshLoaders(ctx);
  return result;
}

/** After a write, the request's loaders start afresh: nothing cached before it is served after it. */
export function freshLoaders(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db);
}
