// Queries run compiled by graphql-jit (server/execution/executor.ts) and must
// answer exactly as graphql-js does: every operation below runs both ways, as
// different viewers, and must give the same data, the same errors (message,
// path, locations, extensions) and cost the same statements.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { execute, getNamedType, GraphQLError, isInputObjectType, parse, type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import { runAs, SYSTEM_VIEWER, type Viewer } from '../../server/auth/viewer.ts';
import { createContext } from '../../server/context.ts';
import { withStatementCounter } from '../../server/db/statement-counter.ts';
import { executeOperation } from '../../server/execution/executor.ts';
import { directResolvers } from '../../server/execution/direct-resolvers.ts';
import { buildHubSchema } from '../../server/schema.ts';
import { cloneDatabase } from '../support/db.ts';
import { TEST_TOKEN_SECRET } from '../support/graphql.ts';

let db: DataSource;
let officer: Viewer; // Lục Ngạn district officer: reads Bắc Giang (24) only
let analyst: Viewer;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const o = await createUser(db, { username: 'canbo.compiled', password: 'mật khẩu đủ dài', role: Role.district_officer, unitCode: '219' });
  officer = (await viewerById(db, o.id))!;
  const a = await createUser(db, { username: 'phantich.compiled', password: 'mật khẩu đủ dài', role: Role.analyst });
  analyst = (await viewerById(db, a.id))!;
  // A Bắc Giang product owned by the Lý Sơn (Quảng Ngãi) subject: the officer sees the
  // product but not its owner, so its non-null `subject` comes back null.
  await db.query(`UPDATE product SET subject_id = (SELECT subject_id FROM product WHERE name = 'Tỏi đen cô đơn') WHERE name = 'Vải thiều Lục Ngạn'`);
});

interface Run {
  result: ExecutionResult;
  statements: number;
}

async function both(query: string, viewer: Viewer | null = SYSTEM_VIEWER, variableValues?: Record<string, unknown>) {
  const schema = await buildHubSchema();
  const document = parse(query);
  // What the executor will run: graphql-jit's function when it compiles the query.
  const compiles = isCompiledQuery(compileQuery(schema, document));
  const run = async (fn: (contextValue: unknown) => Promise<ExecutionResult> | ExecutionResult): Promise<Run> => {
    const contextValue = createContext(db, viewer, TEST_TOKEN_SECRET);
    const { result, counter } = withStatementCounter(() => runAs(viewer, () => fn(contextValue)));
    const answer = await result;
    // What Apollo's error formatting relies on: graphql-js's GraphQLError, extensions always an object.
    for (const error of answer.errors ?? []) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.extensions).toBeTypeOf('object');
    }
    // What a client receives: GraphQLError serialises to message, locations, path, extensions.
    return { result: JSON.parse(JSON.stringify(answer)), statements: counter.statements };
  };
  const graphqlJs = await run((contextValue) => execute({ schema, document, variableValues, contextValue }));
  const compiled = await run((contextValue) => executeOperation({ schema, document, variableValues, contextValue }));
  return { compiles, graphqlJs, compiled };
}

async function expectSame(query: string, viewer?: Viewer | null, variables?: Record<string, unknown>, sameStatements = true): Promise<Run> {
  const r = await both(query, viewer, variables);
  expect(r.compiles).toBe(true);
  expect(r.compiled.result).toEqual(r.graphqlJs.result);
  if (sameStatements) expect(r.compiled.statements).toBe(r.graphqlJs.statements);
  return r.compiled;
}

const KITCHEN_SINK = `
  query Page($first: Int!, $filter: ProductFilter) {
    list: products(first: $first, filter: $filter, orderBy: [{ field: CODE, direction: DESC }]) {
      __typename
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
      edges { cursor node { ...P id name registeredOn group status illustrative
        unit { ...U district { ...U province { code } } } ... on Product { subGroup } } }
    }
  }
  fragment P on Product { code __typename currentCertificate { stars level decidedOn expiresOn revokedOn } subject { name type } }
  fragment U on AdminUnit { name code level validFrom validTo __typename }`;

describe('graphql-jit answers as graphql-js does', () => {
  it('for the benchmark page, in one statement', async () => {
    const run = await expectSame(
      `{ products(first: 100, orderBy: [{ field: NAME }]) { edges { node { name code
        subject { name } unit { name district { name province { name } } } currentCertificate { stars decidedOn } } } } }`,
    );
    expect(run.statements).toBe(1);
    expect((run.result.data as { products: { edges: unknown[] } }).products.edges).toHaveLength(100);
  });

  it('with aliases, fragments, __typename, variables, page info and cursors, for every kind of viewer', async () => {
    for (const viewer of [SYSTEM_VIEWER, officer, analyst]) {
      for (const filter of [null, { provinceCode: '24' }, { minStars: 4, search: 'vai' }]) await expectSame(KITCHEN_SINK, viewer, { first: 40, filter });
    }
  });

  it('merging repeated fields, and with several root fields', async () => {
    await expectSame('{ products(first: 5) { edges { node { name } } edges { node { code unit { name } } } } }');
    await expectSame('{ a: products(first: 3) { edges { node { name } } } b: adminUnits(first: 3) { edges { node { name level } } } }');
    await expectSame('{ __typename products(first: 1) { edges { node { name } } } }');
  });

  it('with @skip and @include, on fields, fragments and spreads', async () => {
    const query = `query ($all: Boolean!) { products(first: 3) { totalCount @skip(if: $all) edges { node {
      name @include(if: $all) code ...P @skip(if: $all) ... @include(if: $all) { unit { name } } } } } }
      fragment P on Product { subject { name } }`;
    for (const all of [true, false]) await expectSame(query, SYSTEM_VIEWER, { all });
  });

  it('with field arguments and fields the page does not fetch', async () => {
    await expectSame('{ products(first: 3) { edges { node { name currentCertificate(asOf: "2024-06-30") { stars } } } } }');
    await expectSame('{ products(first: 3) { totalCount edges { node { name certificates { stars } } } } }');
    await expectSame('{ products(first: 3) { edges { node { subject { name representative phone } } } } }', analyst);
  });

  it('with the same nulls and errors: a subject out of the viewer’s scope, bad arguments and variables, no viewer', async () => {
    const nulled = await expectSame('{ products(first: 50, filter: { search: "vai thieu luc ngan" }) { edges { node { name subject { name } } } } }', officer);
    // A subject outside the officer's scope reads as null (issue 11), never as an error for the whole page.
    expect(nulled.result.errors).toBeUndefined();
    const edges = (nulled.result.data as { products: { edges: { node: { subject: unknown } }[] } }).products.edges;
    expect(edges.some((e) => e.node.subject === null)).toBe(true);
    // One root field failing nulls the whole answer, whatever the others found. Both answer at once,
    // so whether the other root's statement has started by then is a matter of timing, not counted.
    const query = '{ ok: products(first: 2) { edges { node { name } } } bad: products(first: 1000) { edges { node { name } } } }';
    await expectSame(query, SYSTEM_VIEWER, undefined, false);
    await expectSame('{ products(first: 1000) { edges { node { name } } } }');
    await expectSame('query ($s: Int) { products(first: 2, filter: { minStars: $s }) { edges { node { name } } } }', SYSTEM_VIEWER, { s: 9 });
    await expectSame('query ($f: Int!) { products(first: $f) { edges { node { name } } } }', SYSTEM_VIEWER, {});
    await expectSame('query ($f: Int!) { products(first: $f) { edges { node { name } } } }', SYSTEM_VIEWER, { f: 'many' });
    await expectSame('{ products(first: 2) { edges { node { name } } } }', null);
  });

  it('calling the page’s field resolvers without type-graphql’s wrapper, and never one with a guard, middleware or an input-object argument', async () => {
    const schema = await buildHubSchema();
    const direct = new Set([...directResolvers(schema).keys()]);
    const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
    // The comparisons above run these directly when compiled and through type-graphql under graphql-js.
    for (const [type, name] of [
      ['Product', 'subject'],
      ['Product', 'unit'],
      ['Product', 'currentCertificate'],
      ['AdminUnit', 'district'],
      ['AdminUnit', 'province'],
    ])
      expect(direct.has(field(type, name)), `${type}.${name}`).toBe(true);
    // Root fields carry @Authorized (a middleware): type-graphql keeps them.
    for (const f of Object.values(schema.getQueryType()!.getFields())) expect(direct.has(f), `Query.${f.name}`).toBe(false);
    for (const f of direct) for (const arg of f.args) expect(isInputObjectType(getNamedType(arg.type)), `${f.name}(${arg.name})`).toBe(false);
  });
});
