// The access guard: introspection, which type-graphql's authChecker cannot see,
// is refused to anonymous callers however the query reaches it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  hub = await startHub(db);
});

describe('anonymous introspection', () => {
  it('is refused through fragments and inline fragments too, and served to a signed-in caller', async () => {
    const hidden = [
      'query { ...Schema } fragment Schema on Query { __schema { queryType { name } } }',
      'query { ... on Query { __type(name: "Product") { name } } }',
      'query { ...Outer } fragment Outer on Query { ...Inner } fragment Inner on Query { __schema { types { name } } }',
    ];
    for (const query of hidden) {
      const { status, json } = await hub.post({ query });
      expect(status).toBe(401);
      expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(json.data ?? null).toBeNull();
    }
    const signedIn = await hub.post({ query: hidden[0] }, await authHeader(db));
    expect(signedIn.json.data.__schema.queryType.name).toBe('Query');
  });
});
