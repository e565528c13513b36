// Read-only GraphQL operations may be served by streaming replicas; mutations
// (and anything inside a transaction) always use the primary, so a write is
// read back from where it was made.
import { AsyncLocalStorage } from 'node:async_hooks';
import { getOperationAST, parse } from 'graphql';

const storage = new AsyncLocalStorage<boolean>();

export function runReadingFromReplica<T>(replica: boolean, fn: () => T): T {
  return storage.run(replica, fn);
}

export function readsFromReplica(): boolean {
  return storage.getStore() ?? false;
}

/** True when the request body holds a query operation (not a mutation); unparsable bodies go to the primary. */
export function isReadOnlyOperation(body: { query?: unknown; operationName?: unknown } | undefined): boolean {
  if (typeof body?.query !== 'string') return false;
  try {
    const name = typeof body.operationName === 'string' ? body.operationName : null;
    return getOperationAST(parse(body.query), name)?.operation === 'query';
  } catch {
    return false;
  }
}
