// Compiled execution of read operations whose fields below the root fields
// need no resolver: each root field is resolved by its own resolver (guard,
// arguments, read scope, the list's one statement), and the value it returns
// is completed by a plan made once per document instead of by graphql-js,
// which spends about a microsecond per field on resolve info, paths and
// promises: a 100-product page has about 1,100 fields.
//
// The plan admits a field below a root field when graphql-js would only read a
// property for it (no resolver of its own, no arguments, no directives) or when
// it is a relation the list fetched with its page (prefetched.ts). Completion
// follows graphql-js (execution/execute.js) step for step: the same leaf
// serialisers, "Cannot return null for non-nullable field" with the same path
// and locations, null propagated to the nearest nullable field. Anything else
// (abstract types, @skip/@include, field arguments, mutations, introspection)
// is executed by graphql-js, as is a value the plan did not foresee (a promise
// or a function where a property was expected): then the operation runs again
// from the start under graphql-js, so the answer is always graphql-js's.
import {
  GraphQLError,
  GraphQLNonNull,
  GraphQLString,
  GraphQLInt,
  GraphQLBoolean,
  getNamedType,
  getVariableValues,
  getArgumentValues,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  defaultFieldResolver,
} from 'graphql';
import { fetchedUnder, type FetchedTree } from './prefetched.ts';

/** How a field below a root field gets its value from its parent's. */
type Read = { kind: 'property' } | { kind: 'typename' } | { kind: 'prefetched'; key: string };

/** A field's type unwrapped once at planning, so completion tests no types. */
interface TypeShape {
  nonNull: boolean;
  list?: TypeShape;
  leaf?: GraphQLLeafType;
  /** For String, Int and Boolean: the JavaScript type their serialiser passes through unchanged. */
  plain?: 'string' | 'number' | 'boolean';
}

const PLAIN: Record<string, TypeShape['plain']> = { String: 'string', Int: 'number', Boolean: 'boolean' };

/** Within GraphQL's Int: a 32-bit integer. */
function isInt32(n: number): boolean {
  return Number.isInteger(n) && n <= 2147483647 && n >= -2147483648;
}

interface FieldPlan {
  responseKey: string;
  fieldName: string;
  nodes: readonly FieldNode[];
  parentType: GraphQLObjectType;
  type: GraphQLOutputType;
  shape: TypeShape;
  read: Read;
  /** The fields of the (object) named type, in response order. */
  fields?: FieldPlan[];
}

function shapeOf(type: GraphQLOutputType): TypeShape {
  if (isNonNullType(type)) return { ...shapeOf(type.ofType), nonNull: true };
  if (isListType(type)) return { nonNull: false, list: shapeOf(type.ofType) };
  // Only the built-in scalars: a schema could declare its own "String".
  const builtIn = type === GraphQLString || type === GraphQLInt || type === GraphQLBoolean;
  return isLeafType(type) ? { nonNull: false, leaf: type, plain: builtIn ? PLAIN[type.name] : undefined } : { nonNull: false };
}

/** A root field: resolved by its own resolver (its `read` is not used). */
interface RootPlan extends FieldPlan {
  definition: GraphQLField<unknown, unknown>;
}

/** Where errors of nullable fields go (graphql-js's collected errors). */
type ErrorSink = (error: GraphQLError) => void;

export interface OperationPlan {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  roots: RootPlan[];
}

/** Thrown when the plan meets a value it cannot complete as graphql-js would: graphql-js runs the operation instead. */
const NOT_PLANNED = Symbol('not planned');

class Unplannable extends Error {}

/** Fields of a selection set by response key, as graphql-js collects them (fragments merged, first occurrence first). */
function collectFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  into: Map<string, FieldNode[]>,
  visited: Set<string>,
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) throw new Unplannable('directive');
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      // A key a plain object cannot hold as its own property.
      if (key === '__proto__') throw new Unplannable('__proto__');
      const list = into.get(key);
      if (list) list.push(selection);
      else into.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(schema, selection.typeCondition?.name.value, type)) collectFields(schema, fragments, type, selection.selectionSet, into, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      visited.add(name);
      const fragment = fragments[name];
      if (fragment && applies(schema, fragment.typeCondition.name.value, type)) collectFields(schema, fragments, type, fragment.selectionSet, into, visited);
    }
  }
  return into;
}

function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return conditionType !== undefined && !isObjectType(conditionType) && schema.isSubType(conditionType as never, type);
}

interface Planning {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** The plans of an object type's selection, merged over all the nodes of its field; `fetched` is what the page holds below it. */
function planFields(p: Planning, type: GraphQLObjectType, nodes: readonly FieldNode[], fetched: FetchedTree | undefined): FieldPlan[] {
  if (type.isTypeOf) throw new Unplannable('isTypeOf');
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  for (const node of nodes) if (node.selectionSet) collectFields(p.schema, p.fragments, type, node.selectionSet, fields, visited);
  return [...fields].map(([responseKey, fieldNodes]) => planField(p, type, responseKey, fieldNodes, fetched));
}

function planField(p: Planning, parentType: GraphQLObjectType, responseKey: string, nodes: FieldNode[], fetched: FetchedTree | undefined): FieldPlan {
  const fieldName = nodes[0].name.value;
  if (fieldName === '__typename') {
    const type = new GraphQLNonNull(GraphQLString);
    return { responseKey, fieldName, nodes, parentType, type, shape: shapeOf(type), read: { kind: 'typename' } };
  }
  const definition = parentType.getFields()[fieldName];
  if (!definition) throw new Unplannable(`no field ${fieldName}`);
  // Arguments (given or defaulted) may change what a resolver returns.
  if (nodes.some((n) => n.arguments?.length) || definition.args.some((a) => a.defaultValue !== undefined)) throw new Unplannable('arguments');
  const below = fetched?.[fieldName];
  let read: Read;
  if (!definition.resolve) read = { kind: 'property' };
  else if (below?.key) read = { kind: 'prefetched', key: below.key };
  else throw new Unplannable(`${parentType.name}.${fieldName} has a resolver`);
  const type = definition.type;
  return { responseKey, fieldName, nodes, parentType, type, shape: shapeOf(type), read, fields: subFields(p, type, nodes, below?.fields) };
}

function subFields(p: Planning, type: GraphQLOutputType, nodes: readonly FieldNode[], fetched: FetchedTree | undefined) {
  const named = getNamedType(type);
  if (isLeafType(named)) return undefined;
  if (!isObjectType(named)) throw new Unplannable('abstract type');
  return planFields(p, named, nodes, fetched);
}

/** The plan of a query whose root fields' values can be completed without graphql-js, or null. */
export function planOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationPlan | null {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const planning = { schema, fragments };
  try {
    const roots = [...collectFields(schema, fragments, queryType, operation.selectionSet, new Map(), new Set())].map(([responseKey, nodes]): RootPlan => {
      const fieldName = nodes[0].name.value;
      const definition = queryType.getFields()[fieldName];
      if (!definition) throw new Unplannable(`no root field ${fieldName}`); // __typename, __schema, __type
      const fields = subFields(planning, definition.type, nodes, fetchedUnder(fieldName));
      const type = definition.type;
      return { responseKey, fieldName, nodes, parentType: queryType, type, shape: shapeOf(type), read: { kind: 'property' }, definition, fields };
    });
    return { operation, fragments, roots };
  } catch (error) {
    if (error instanceof Unplannable) return null;
    throw error;
  }
}

/** Promise.withResolvers, which Node 20 lacks. */
function withResolvers(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

interface Path {
  readonly prev: Path | undefined;
  readonly key: string | number;
  readonly typename: string | undefined;
}

function pathToArray(path: Path | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.prev) keys.push(p.key);
  return keys.reverse();
}

/** graphql-js's handleFieldError: a nullable field swallows the error (recorded) as null, a non-null one passes it up. */
function handleFieldError(error: GraphQLError, shape: TypeShape, errors: ErrorSink): null {
  if (shape.nonNull) throw error;
  errors(error);
  return null;
}

/**
 * graphql-js's completeValue for a planned field at `key` below `parent`; the
 * path object is made only where the value has children or fails.
 */
function completeValue(plan: FieldPlan, shape: TypeShape, parent: Path | undefined, key: string | number, result: unknown, errors: ErrorSink): unknown {
  if (result == null) {
    if (shape.nonNull) throw new Error(`Cannot return null for non-nullable field ${plan.parentType.name}.${plan.fieldName}.`);
    return null;
  }
  if (shape.leaf) {
    // What graphql-js's String, Int and Boolean serialisers return for values already of their kind.
    const kind = typeof result;
    if (kind === shape.plain && (kind !== 'number' || isInt32(result as number))) return result;
    if (kind === 'object' || kind === 'function') {
      if (result instanceof Error) throw result;
      if (typeof (result as { then?: unknown }).then === 'function') throw NOT_PLANNED;
    }
    const serialized = shape.leaf.serialize(result);
    // graphql-js reports a serialiser that gives nothing in words of its own: such values are left to it.
    if (serialized == null) throw NOT_PLANNED;
    return serialized;
  }
  if (result instanceof Error) throw result;
  if (typeof (result as { then?: unknown }).then === 'function') throw NOT_PLANNED;
  const path = pathAt(plan, parent, key);
  if (shape.list) {
    if (typeof result !== 'object' || !(Symbol.iterator in result)) {
      throw new GraphQLError(`Expected Iterable, but did not find one for field "${plan.parentType.name}.${plan.fieldName}".`);
    }
    const itemShape = shape.list;
    return Array.from(result as Iterable<unknown>, (item, index) => {
      try {
        return completeValue(plan, itemShape, path, index, item, errors);
      } catch (raw) {
        if (raw === NOT_PLANNED) throw raw;
        return handleFieldError(locatedError(raw, plan.nodes, pathToArray({ prev: path, key: index, typename: undefined })), itemShape, errors);
      }
    });
  }
  return completeObject(plan.fields!, result as Record<string, unknown>, path, errors);
}

/** The path of a field's value (key a response key) or of a list item (key an index). */
function pathAt(plan: FieldPlan, parent: Path | undefined, key: string | number): Path {
  return { prev: parent, key, typename: typeof key === 'number' ? undefined : plan.parentType.name };
}

function completeObject(fields: FieldPlan[], source: Record<string, unknown>, path: Path, errors: ErrorSink): Record<string, unknown> {
  // Plain objects (graphql-js makes them without a prototype): Apollo serialises these about half again as fast.
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    let value: unknown;
    if (field.read.kind === 'typename') value = field.parentType.name;
    else if (field.read.kind === 'property') {
      value = source[field.fieldName];
      // graphql-js's default resolver would call it with arguments, context and info.
      if (typeof value === 'function') throw NOT_PLANNED;
    } else {
      value = source[field.read.key];
      if (value === undefined) throw NOT_PLANNED;
    }
    try {
      out[field.responseKey] = completeValue(field, field.shape, path, field.responseKey, value, errors);
    } catch (raw) {
      if (raw === NOT_PLANNED) throw raw;
      out[field.responseKey] = handleFieldError(locatedError(raw, field.nodes, pathToArray(pathAt(field, path, field.responseKey))), field.shape, errors);
    }
  }
  return out;
}

export interface CompiledRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  contextValue: unknown;
  variableValues?: Record<string, unknown>;
}

/**
 * Runs a planned operation; null when it cannot (its variables do not coerce,
 * or a value was not what the plan foresaw) and graphql-js must run it.
 */
export async function executePlan(plan: OperationPlan, request: CompiledRequest): Promise<ExecutionResult | null> {
  const variables = getVariableValues(request.schema, plan.operation.variableDefinitions ?? [], request.variableValues ?? {}, { maxErrors: 50 });
  if (variables.errors) return null;
  const errors: GraphQLError[] = [];
  const data: Record<string, unknown> = {};
  let unplanned = false;
  // After a non-null root field fails, graphql-js answers with data null and records no further error.
  let failed = false;
  const record = (error: GraphQLError) => {
    if (!failed) errors.push(error);
  };

  /** One root field, as graphql-js's executeField; rejects with the error of a failed non-null root field. */
  const run = (root: RootPlan): Promise<void> | undefined => {
    const path = pathAt(root, undefined, root.responseKey);
    const info: GraphQLResolveInfo = {
      fieldName: root.fieldName,
      fieldNodes: root.nodes,
      returnType: root.type,
      parentType: root.parentType,
      path,
      schema: request.schema,
      fragments: plan.fragments,
      rootValue: undefined,
      operation: plan.operation,
      variableValues: variables.coerced,
    };
    const complete = (resolved: unknown) => {
      data[root.responseKey] = completeValue(root, root.shape, undefined, root.responseKey, resolved, record);
    };
    const fail = (raw: unknown) => {
      if (raw === NOT_PLANNED) {
        unplanned = true;
        return;
      }
      const error = locatedError(raw, root.nodes, [root.responseKey]);
      if (root.shape.nonNull) throw error;
      record(error);
      data[root.responseKey] = null;
    };
    try {
      const args = getArgumentValues(root.definition, root.nodes[0], variables.coerced);
      const result = (root.definition.resolve ?? defaultFieldResolver)(undefined, args, request.contextValue, info);
      if (result instanceof Promise) return result.then(complete).catch(fail);
      complete(result);
    } catch (raw) {
      fail(raw);
    }
    return undefined;
  };

  // As graphql-js does: every root field's resolver is called before any result is awaited,
  // and a non-null root field failing at once stops the ones after it.
  const pending: Promise<void>[] = [];
  let failure: GraphQLError | undefined;
  // graphql-js answers as soon as a non-null root field fails, without waiting for the others.
  const { promise: failedEarly, resolve: answerNow } = withResolvers();
  for (const root of plan.roots) {
    try {
      const p = run(root);
      if (p) {
        pending.push(
          p.catch((error: GraphQLError) => {
            if (!failed) errors.push(error);
            failed = true;
            if (!unplanned) answerNow();
          }),
        );
      }
    } catch (error) {
      failure = error as GraphQLError;
      break;
    }
  }
  await Promise.race([Promise.all(pending), failedEarly]);
  if (unplanned) return null;
  if (failure && !failed) {
    errors.push(failure);
    failed = true;
  }
  if (failed) return { errors, data: null };
  return errors.length ? { errors, data } : { data };
}
