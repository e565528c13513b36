// The HTTP surface: health, limits that tell analysts their cost, body cap, rate limit, hidden internals.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { LIMITS } from '../../server/common/limits.ts';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let auth: Record<string, string>;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  auth = await authHeader(db);
});

describe('HTTP surface', () => {
  it('answers health and readiness', async () => {
    expect(await (await fetch(`${hub.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${hub.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('refuses a query deeper than the limit, saying the limit', async () => {
    const deep = `{ adminUnits(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }`;
    const { json } = await hub.post({ query: deep }, auth);
    expect(json.errors[0].message).toMatch(new RegExp(`depth limit of ${LIMITS.maxDepth} exceeded, found \\d+`, 'i'));
  });

  it('refuses a query costlier than the limit, saying the limit and the cost', async () => {
    const place = 'name code district { name code province { name code children { name code } } }';
    const node = `name code status registeredOn unit { ${place} } subject { name code unit { ${place} } }`;
    const fields = Array.from({ length: 3 }, (_, i) => `a${i}: products(first: 200) { edges { node { ${node} } } }`).join(' ');
    const { json } = await hub.post({ query: `{ ${fields} }` }, auth);
    expect(json.errors[0].message).toMatch(new RegExp(`cost limit of ${LIMITS.maxCost} exceeded, found \\d+`, 'i'));
  });

  it('caps the request body', async () => {
    const { status, json } = await hub.post({ query: `{ products(first: 1) { totalCount } }`, padding: 'x'.repeat(9_000_000) });
    expect(status).toBe(413);
    expect(json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('hides SQL and stack traces outside development', async () => {
    // A schema the code does not expect (a column renamed behind its back) fails inside PostgreSQL.
    const { db: broken } = await cloneDatabase('tpl_empty');
    await broken.query('ALTER TABLE product RENAME COLUMN name TO name_gone');
    const brokenHub = await startHub(broken);
    const { json } = await brokenHub.post({ query: '{ products(first: 1) { edges { node { name } } } }' }, await authHeader(broken));
    expect(json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(json)).not.toMatch(/SELECT|stacktrace|name_gone|does not exist/i);
    await brokenHub.close();
  });
});

describe('rate limit', () => {
  it('answers 429 past the per-token rate, with a coded error', async () => {
    const limited = await startHub(db, { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    const other = await authHeader(db);
    for (let i = 0; i < 4; i++) statuses.push((await limited.post({ query: '{ metrics { id } }' }, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await limited.post({ query: '{ metrics { id } }' }, other)).status).toBe(200);
  });
});

describe('statement timeout', () => {
  it('cancels a statement that runs past the timeout and says so with QUERY_TIMEOUT', async () => {
    const { createDataSource } = await import('../../server/db/data-source.ts');
    const { url } = await cloneDatabase('tpl_empty');
    const impatient = createDataSource({ url, statementTimeoutMs: 200 });
    await impatient.initialize();
    const slowHub = await startHub(impatient);
    const token = await authHeader(impatient);
    // Another session holds a lock, so the products query waits inside PostgreSQL.
    const holder = impatient.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('LOCK TABLE product IN ACCESS EXCLUSIVE MODE');
    const { json } = await slowHub.post({ query: '{ products(first: 1) { totalCount } }' }, token);
    await holder.rollbackTransaction();
    await holder.release();
    expect(json.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
    await slowHub.close();
    await impatient.destroy();
  });
});
