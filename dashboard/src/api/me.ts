// The signed-in user: role and unit decide what the data-entry and approval
// screens offer, and which row of a comparison is the officer's own.
import { graphql, type ResultOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const ME_QUERY = graphql(`
  query DashboardMe {
    me { id username displayName role unit { id code name type level validTo province { code } } }
  }
`);

export type Me = NonNullable<ResultOf<typeof ME_QUERY>['me']>;

const me = (d: ResultOf<typeof ME_QUERY>) => d.me;

export function useMe() {
  return useApiQuery(ME_QUERY, {}, me);
}
