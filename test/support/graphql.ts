// Runs GraphQL operations in-process against the real schema and database,
// counting the SQL statements each one issues.
import { graphql, type ExecutionResult } from 'graphql';
import type { DataSource } from 'typeorm';
import { createContext } from '../../server/context.ts';
import { withStatementCounter } from '../../server/db/statement-counter.ts';
import { buildHubSchema } from '../../server/schema.ts';

export interface GqlResult<T> {
  data: T;
  errors: ExecutionResult['errors'];
  statements: number;
}

export async function runGql<T = Record<string, any>>(db: DataSource, source: string, variableValues?: Record<string, unknown>): Promise<GqlResult<T>> {
  const schema = await buildHubSchema();
  const { result, counter } = withStatementCounter(() => graphql({ schema, source, variableValues, contextValue: createContext(db) }));
  const res = await result;
  return { data: res.data as T, errors: res.errors, statements: counter.statements };
}

/** Like runGql but fails the test on any GraphQL error. */
export async function gql<T = Record<string, any>>(db: DataSource, source: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
  const res = await runGql<T>(db, source, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${res.errors.map((e) => e.message).join('; ')}`);
  return res;
}
