// GraphQL-over-HTTP conformance, audited by the graphql-http package against
// the running hub (as a signed-in user: anonymous callers only get 401).
import { auditServer } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let hub: RunningHub;
let auth: Record<string, string>;
beforeAll(async () => {
  const { db } = await cloneDatabase('tpl_empty');
  hub = await startHub(db);
  auth = await authHeader(db);
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http', async () => {
    const authedFetch: typeof fetch = (input, init = {}) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), ...auth } });
    const results = await auditServer({ url: `${hub.url}/graphql`, fetchFn: authedFetch });
    const mustFailures = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(mustFailures).toEqual([]);
    // The SHOULDs too: parse, validation and variable errors are 400 for application/graphql-response+json and 200 for plain JSON.
    const warnings = results.filter((r) => r.status === 'warn' || r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(warnings).toEqual([]);
  });
});
