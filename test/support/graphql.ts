// Runs GraphQL operations in-process against the real schema and database,
// as a given viewer (the unrestricted system viewer by default), counting the
// SQL statements each one issues.
import { GraphQLError, parse, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import type { DataSource } from 'typeorm';
import { runAs, SYSTEM_VIEWER, type Viewer } from '../../server/auth/viewer.ts';
import type { Lang } from '../../server/labels/language.ts';
import { createContext } from '../../server/context.ts';
import { withStatementCounter } from '../../server/db/statement-counter.ts';
import { buildHubSchema } from '../../server/schema.ts';
import { executeOperation } from '../../server/execution/executor.ts';

export const TEST_TOKEN_SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret-!');

export interface GqlResult<T> {
  data: T;
  errors: ExecutionResult['errors'];
  statements: number;
}

export async function runGql<T = Record<string, any>>(
  db: DataSource,
  source: string,
  variableValues?: Record<string, unknown>,
  viewer: Viewer | null = SYSTEM_VIEWER,
  /** The language the request reads (what the answer words in it: import problems); the hub's default. */
  lang: Lang = 'vi',
): Promise<GqlResult<T>> {
  const schema = await buildHubSchema();
  const contextValue = createContext(db, viewer, TEST_TOKEN_SECRET);
  // graphql()'s steps, with the hub's executor (graphql-jit for queries) for the last.
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    return { data: undefined as T, errors: [error as GraphQLError], statements: 0 };
  }
  const invalid = validate(schema, document);
  if (invalid.length) return { data: undefined as T, errors: invalid, statements: 0 };
  const { result, counter } = withStatementCounter(() => runAs(viewer, () => executeOperation({ schema, document, variableValues, contextValue }), lang));
  const res = await result;
  return { data: res.data as T, errors: res.errors, statements: counter.statements };
}

/** Like runGql but fails the test on any GraphQL error. */
export async function gql<T = Record<string, any>>(
  db: DataSource,
  source: string,
  variables?: Record<string, unknown>,
  viewer?: Viewer | null,
  lang?: Lang,
): Promise<GqlResult<T>> {
  const res = await runGql<T>(db, source, variables, viewer, lang);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${res.errors.map((e) => e.message).join('; ')}`);
  return res;
}
