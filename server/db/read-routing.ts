// Read-only GraphQL operations may be served by streaming replicas; mutations
// (and anything inside a transaction) always use the primary, so a write is
// read back from where it was made. The decision is taken from the operation
// Apollo has already parsed, before it executes.
import type { ApolloServerPlugin } from '@apollo/server';
import { requestScope } from '../common/request-scope.ts';

export function readsFromReplica(): boolean {
  return requestScope()?.readsFromReplica ?? false;
}

/** Marks a request whose operation is a query as one whose statements may go to a replica. */
export const replicaRouting: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        const scope = requestScope();
        if (scope) scope.readsFromReplica = operation?.operation === 'query';
      },
    };
  },
};
