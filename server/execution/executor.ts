// How the hub executes an operation Apollo has parsed and validated: by its
// compiled plan where there is one (compiled.ts), else by graphql-js. Apollo
// Server 4/5 takes no executor option; its `gateway` hook (meant for
// federation) is the supported way to hand it one, and keeps its whole request
// pipeline (plugins, validation rules, error formatting) in front of it.
import { execute, getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Context } from '../context.ts';
import { executePlan, planOperation, type OperationPlan } from './compiled.ts';

export interface OperationRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown>;
  contextValue: unknown;
}

// Apollo keeps parsed documents in its document store, so a repeated query is the same object here.
const plans = new WeakMap<DocumentNode, Map<string | null, OperationPlan | null>>();

function planFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): OperationPlan | null {
  let byName = plans.get(document);
  if (!byName) plans.set(document, (byName = new Map()));
  let plan = byName.get(operationName);
  if (plan === undefined) {
    const operation = getOperationAST(document, operationName);
    plan = operation ? planOperation(schema, document, operation) : null;
    byName.set(operationName, plan);
  }
  return plan;
}

export async function executeOperation(request: OperationRequest): Promise<ExecutionResult> {
  const plan = planFor(request.schema, request.document, request.operationName ?? null);
  if (plan) {
    const result = await executePlan(plan, request);
    if (result) return result;
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
