// How the hub executes an operation Apollo has parsed and validated: a query
// by graphql-jit, which compiles it once per document into a function that
// completes the answer without graphql-js's per-field resolve info, paths and
// promises (about a microsecond per field; a 100-product page has about 1,100
// fields); mutations, subscriptions and anything graphql-jit cannot compile
// by graphql-js. Apollo Server 4/5 takes no executor option; its `gateway`
// hook (meant for federation) is the supported way to hand it one, and keeps
// its whole request pipeline (plugins, validation rules, error formatting) in
// front of it.
import { execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Context } from '../context.ts';
import { directResolvers } from './direct-resolvers.ts';

export interface OperationRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown>;
  contextValue: unknown;
}

/** A query compiled by graphql-jit: (root, context, variables) to its answer. */
type RunQuery = CompiledQuery['query'];

// Apollo keeps parsed documents in its document store, so a repeated query is the same object here.
const compiled = new WeakMap<DocumentNode, Map<string | null, RunQuery | null>>();
const direct = new WeakMap<GraphQLSchema, ReturnType<typeof directResolvers>>();

/**
 * graphql-jit compiled with the direct field resolvers (./direct-resolvers.ts) in place of
 * type-graphql's: it takes each field's resolver when it compiles, and the schema keeps
 * type-graphql's for graphql-js (the swap is synchronous, so nothing else sees it).
 */
function compileDirect(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult {
  let resolvers = direct.get(schema);
  if (!resolvers) direct.set(schema, (resolvers = directResolvers(schema)));
  const original = new Map([...resolvers.keys()].map((field) => [field, field.resolve]));
  try {
    for (const [field, resolve] of resolvers) field.resolve = resolve;
    return compileQuery(schema, document, operationName ?? undefined);
  } finally {
    for (const [field, resolve] of original) field.resolve = resolve;
  }
}

/** The document's query compiled by graphql-jit; null for other operations and for what it cannot compile. */
function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): RunQuery | null {
  let byName = compiled.get(document);
  if (!byName) compiled.set(document, (byName = new Map()));
  let run = byName.get(operationName);
  if (run === undefined) {
    // A mutation runs once per request and in order; compiling it would buy nothing.
    if (getOperationAST(document, operationName)?.operation !== 'query') run = null;
    else {
      const result = compileDirect(schema, document, operationName);
      run = isCompiledQuery(result) ? result.query : null;
    }
    byName.set(operationName, run);
  }
  return run;
}

/**
 * graphql-jit's error as graphql-js makes it: graphql-jit leaves `extensions`
 * undefined where graphql-js gives an empty object, and Apollo's error
 * formatting reads `extensions.code` from it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const graphqlJs = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // Its locations are already computed; graphql-js would compute the same from the field nodes.
  return Object.assign(graphqlJs, { locations: error.locations });
}

export async function executeOperation(request: OperationRequest): Promise<ExecutionResult> {
  const run = compiledFor(request.schema, request.document, request.operationName ?? null);
  if (run) {
    const result = await run(undefined, request.contextValue, request.variableValues);
    // No data: the variables did not coerce, and no resolver ran. graphql-jit words that its
    // own way, so graphql-js answers, as it would anywhere else.
    if (result.data !== undefined) return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  }
  return execute({ ...request, operationName: request.operationName ?? undefined });
}

/** The schema and executor handed to Apollo Server in place of a static schema. */
export function hubGateway(schema: GraphQLSchema): ApolloServerOptionsWithGateway<Context>['gateway'] {
  return {
    async load() {
      return {
        executor: (rc) =>
          executeOperation({ schema, document: rc.document, operationName: rc.operationName, variableValues: rc.request.variables, contextValue: rc.context }),
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
