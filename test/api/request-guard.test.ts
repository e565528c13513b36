// What any signed-in caller may send, and what the hub answers: text caps and
// invalid text refused naming the argument, searches taken literally, pages
// and costs refused naming the limit and the value found, cursors bound to
// their list and order, parse errors as parse errors, introspection for
// signed-in users in production.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SignJWT } from 'jose';
import { Role } from '../../server/auth/user.entity.ts';
import { MAX_PAGE_SIZE } from '../../server/common/connection.ts';
import { LIMITS } from '../../server/common/limits.ts';
import { cloneDatabase } from '../support/db.ts';
import { TEST_TOKEN_SECRET } from '../support/graphql.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let admin: Record<string, string>;
let officer: Record<string, string>;

const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  admin = await authHeader(db);
  officer = await authHeader(db, Role.district_officer, '219');
});

const codes = async (search: string) => {
  const { json } = await hub.post(
    { query: 'query ($s: String!) { products(first: 500, filter: { search: $s }) { edges { node { code } } } }', variables: { s: search } },
    admin,
  );
  expect(json.errors).toBeUndefined();
  return json.data.products.edges.map((e: { node: { code: string } }) => e.node.code) as string[];
};

describe('text arguments', () => {
  it('refuses an over-long search at once, naming the argument and its cap', async () => {
    const { status, json } = await hub.post(
      { query: `{ products(first: 1, filter: { search: "${'ả'.repeat(100_000)}" }) { totalCount } }` },
      { ...admin, ...GRAPHQL_RESPONSE },
    );
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.search' });
    expect(json.errors[0].message).toBe('Invalid value for "filter.search" (products): at most 100 characters, got 100,000');
  });

  it.each([
    [
      'a NUL in a filter, as a variable',
      'query ($s: String) { subjects(first: 1, filter: { search: $s }) { totalCount } }',
      { s: 'a\u0000b' },
      'filter.search',
    ],
    [
      'a NUL in a mutation input',
      'mutation ($i: SubjectInput!) { createSubject(input: $i) { id } }',
      { i: { code: 'X', name: 'Tên\u0000', type: 'household', unitId: 1 } },
      'input.name',
    ],
    ['a control character in an argument literal', '{ adminUnit(code: "2\\u00074") { name } }', {}, 'code'],
    [
      'a lone surrogate in a JSON scalar',
      'query ($p: JSONObject) { districtComparison(provinceCode: "24", metric: "x", params: $p, from: "2024-01-01", to: "2024-12-31") { asOf } }',
      { p: { note: 'a\ud800' } },
      'params.note',
    ],
    [
      'an over-long text deep in a list',
      'mutation ($i: PromotionEventInput!) { createPromotionEvent(input: $i) { id } }',
      { i: { name: 'x'.repeat(2_001), kind: 'fair', scope: 'in_province', unitId: 1, startsOn: '2024-01-01', endsOn: '2024-01-02' } },
      'input.name',
    ],
  ])('refuses %s with BAD_USER_INPUT naming its path', async (_what, query, variables, argument) => {
    const before = (await db.query('SELECT version FROM data_version'))[0];
    const { json } = await hub.post({ query, variables }, admin);
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect((await db.query('SELECT version FROM data_version'))[0]).toEqual(before);
  });

  it('lets a report’s own sections run to their longer cap (20,000 characters), over HTTP as in the writer', async () => {
    const [{ id }] = await db.query("SELECT id FROM admin_unit WHERE key = '24'");
    const proposals = 'Đề nghị hỗ trợ bao bì. '.repeat(400);
    const { json } = await hub.post(
      {
        query: 'mutation ($i: ReportDraftInput!) { createReportDraft(input: $i) { id } }',
        variables: { i: { unitId: id, period: 'year', year: 2019, proposals } },
      },
      admin,
    );
    expect(proposals.length).toBeGreaterThan(2_000);
    expect(json.errors).toBeUndefined();
    const longer = await hub.post(
      {
        query: 'mutation ($i: ReportDraftInput!) { createReportDraft(input: $i) { id } }',
        variables: { i: { unitId: id, period: 'year', year: 2018, proposals: 'x'.repeat(20_001) } },
      },
      admin,
    );
    expect(longer.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.proposals' });
  });

  it('refuses a year no programme has (years are smallint columns), naming the argument', async () => {
    const { json } = await hub.post({ query: '{ plans(first: 1, filter: { year: 100000 }) { totalCount } }' }, admin);
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.year' });
    expect(json.errors[0].message).toMatch(/must be between 1900 and 2100, got 100000/);
  });

  it('refuses a score in exponent form (5e-324) as a bad field, not an internal error', async () => {
    const { json } = await hub.post(
      {
        query: 'mutation ($i: EvaluationInput!) { createEvaluation(input: $i) { id } }',
        variables: { i: { roundId: 1, productId: 1, scoreA: 0, scoreB: 5e-324, scoreC: 0, evaluatedOn: '2024-01-01' } },
      },
      admin,
    );
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].extensions.fields).toContainEqual({ field: 'input.scoreB', message: 'must be a number with at most 2 decimals' });
  });

  it('takes LIKE wildcards in a search literally, in codes as in names', async () => {
    expect(await codes('%')).toEqual([]);
    const all = await codes('');
    expect(all.length).toBeGreaterThan(50);
    const withUnderscore = all.filter((c) => c.includes('2_2'));
    expect(await codes('2_2')).toEqual(withUnderscore);
  });
});

describe('pages and cost', () => {
  it('reports a page past the cap as the page cap, with the value found', async () => {
    const { json } = await hub.post({ query: '{ products(first: 100000) { totalCount } }' }, admin);
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: MAX_PAGE_SIZE, found: 100000 });
    expect(json.errors[0].message).toBe(`Invalid value for "first": a page holds 0 to ${MAX_PAGE_SIZE} rows (the page cap), got 100000`);
  });

  it('serves a 100-row page with its relations', async () => {
    const node =
      'code name subject { name unit { name } } unit { name district { name province { name } } } currentCertificate { stars } certificates { stars } evaluations { totalScore }';
    const { json } = await hub.post({ query: `{ products(first: 100) { edges { node { ${node} } } } }` }, admin);
    expect(json.errors).toBeUndefined();
    expect(json.data.products.edges).toHaveLength(100);
  });

  it('refuses a 500 × 500 nested page, saying the limit and its computed cost', async () => {
    const { json } = await hub.post({ query: '{ budgetAllocations(first: 500) { edges { node { disbursements { amount } } } } }' }, admin);
    expect(json.errors[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxCost',
      max: LIMITS.maxCost,
      found: 1 + 500 * (1 + 1 + 500),
    });
    expect(json.errors[0].message).toMatch(/^Query cost limit of 100000 exceeded, found 251001/);
  });
});

describe('a repeated document', () => {
  // The guard keeps what it found for a query it let through (its units and cost), by document and
  // variables: a repeat must be judged exactly as the first time, by every viewer and with every variable.
  it('is refused, or let through, every time as the first time', async () => {
    const query = 'query ($p: String, $s: String) { products(first: 5, filter: { provinceCode: $p, unitsAsOf: "2024-12-31", search: $s }) { totalCount } }';
    const ask = (variables: Record<string, unknown>, who: Record<string, string>) => hub.post({ query, variables }, who).then((r) => r.json);
    for (let round = 0; round < 2; round++) {
      expect((await ask({ p: '24' }, officer)).errors).toBeUndefined();
      expect((await ask({ p: '60' }, admin)).errors).toBeUndefined();
      expect((await ask({ p: '60' }, officer)).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'filter.provinceCode' });
      expect((await ask({ p: '24', s: 'x'.repeat(101) }, admin)).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.search' });
      const { json } = await hub.post({ query: '{ budgetAllocations(first: 500) { edges { node { disbursements { amount } } } } }' }, admin);
      expect(json.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxCost' });
    }
  });
});

describe('aliases', () => {
  it('refuses more aliases than the limit, saying the limit and the count', async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: metrics { id }`).join(' ');
    const { json } = await hub.post({ query: `{ ${fields} }` }, admin);
    expect(json.errors[0].message).toMatch(new RegExp(`Aliases limit of ${LIMITS.maxAliases} exceeded, found ${LIMITS.maxAliases + 1}`));
  });
});

describe('cursors', () => {
  const page = (query: string) => hub.post({ query }, admin).then(({ json }) => json);

  it('refuses a forged cursor, and one from another list or another order, naming `after`', async () => {
    const first = await page('{ products(first: 2, orderBy: [{ field: NAME }]) { pageInfo { endCursor } } }');
    const cursor: string = first.data.products.pageInfo.endCursor;
    const next = await page(`{ products(first: 2, after: "${cursor}", orderBy: [{ field: NAME }]) { edges { node { code } } } }`);
    expect(next.errors).toBeUndefined();
    const subjects = await page('{ subjects(first: 2) { pageInfo { endCursor } } }');
    const forged = Buffer.from(JSON.stringify(['not-a-date', 1])).toString('base64url');
    for (const query of [
      `{ products(first: 2, after: "${forged}", orderBy: [{ field: REGISTERED_ON }]) { totalCount } }`,
      `{ products(first: 2, after: "${cursor}", orderBy: [{ field: CODE }]) { totalCount } }`,
      `{ products(first: 2, after: "${subjects.data.subjects.pageInfo.endCursor}") { totalCount } }`,
      `{ products(first: 2, after: "${cursor.slice(0, -2)}xx", orderBy: [{ field: NAME }]) { totalCount } }`,
    ]) {
      const res = await page(query);
      expect(res.errors[0].extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED (200 for plain JSON clients)', async () => {
    const modern = await hub.post({ query: '{ products(first: 1) { totalCount }' }, { ...admin, ...GRAPHQL_RESPONSE });
    expect(modern.status).toBe(400);
    expect(modern.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const legacy = await hub.post({ query: '{ products(first: 1) { totalCount }' }, { ...admin, accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a document past the token limit as a parse error naming the limit', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'totalCount').join(' ');
    const { status, json } = await hub.post({ query: `{ products(first: 1) { ${fields} } }` }, { ...admin, ...GRAPHQL_RESPONSE });
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'maxTokens', max: LIMITS.maxTokens });
    expect(json.errors[0].message).toMatch(/more than 5000 tokens \(the token limit\)/);
  });

  it('in production, opens introspection to signed-in users and keeps it closed to anonymous ones', async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const production = await startHub(db);
      const signedIn = await production.post({ query: '{ __schema { queryType { name } } }' }, officer);
      expect(signedIn.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const anonymous = await production.post({ query: '{ __schema { queryType { name } } }' });
      expect(anonymous.status).toBe(401);
      expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      await production.close();
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});

describe('tokens and rates', () => {
  it('refuses a correctly signed token without an expiry', async () => {
    const [user]: { id: number }[] = await db.query("SELECT id FROM app_user WHERE role = 'admin' LIMIT 1");
    const forever = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(user.id))
      .setIssuer('ocop-data-hub')
      .setIssuedAt()
      .sign(TEST_TOKEN_SECRET);
    const { status, json } = await hub.post({ query: '{ me { username } }' }, { authorization: `Bearer ${forever}` });
    expect(status).toBe(401);
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keys the request rate on the verified user: made-up tokens share their address’s bucket', async () => {
    const limited = await startHub(db, { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.post({ query: '{ __typename }' }, { authorization: `Bearer junk${i}` })).status);
    expect(statuses.at(-1)).toBe(429);
    // A signed-in user has a bucket of their own.
    expect((await limited.post({ query: '{ me { username } }' }, officer)).status).toBe(200);
    await limited.close();
  });
});
