// What one request runs as, for everything that runs on its behalf (lists,
// loaders, metrics, the SQL it sends): who is asking, and whether its
// statements may go to a streaming replica. The HTTP layer opens the scope
// when a request arrives (app.ts); the replica flag is set once Apollo has
// resolved the operation (read-routing.ts), before anything executes.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Viewer } from '../auth/viewer.ts';

export interface RequestScope {
  readonly viewer: Viewer | null;
  /** A read-only operation: its statements may be served by a replica. */
  readsFromReplica: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it starts) as one request of `viewer`, reading from the primary until told otherwise. */
export function runInRequestScope<T>(viewer: Viewer | null, fn: () => T): T {
  return storage.run({ viewer, readsFromReplica: false }, fn);
}

/** The current request's scope; undefined outside any request (scripts, seeds, migrations). */
export function requestScope(): RequestScope | undefined {
  return storage.getStore();
}
