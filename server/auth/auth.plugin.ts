// Anonymous callers get nothing but the login mutation (and the health
// endpoints, which are outside GraphQL).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import { currentViewer } from './viewer.ts';

export const requireViewer: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.viewer) return;
        const onlyLogin = operation?.operation === 'mutation' && operation.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value === 'login');
        if (!onlyLogin) currentViewer(); // throws UNAUTHENTICATED
      },
    };
  },
};
