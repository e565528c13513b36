// Field resolvers called without type-graphql's per-call wrapper, for the
// compiled queries only. type-graphql wraps every @FieldResolver in a function
// that, on each call, looks its class's instance up in a list, sorts and maps
// the parameter list and, for a method with an @Arg, awaits an (empty)
// validation through Promise.all: 500 calls on a 100-product page, about a
// tenth of the hub's CPU (docs/performance-notes.md, "(a)"). Where none of that
// can change what the method receives (no middleware, no @Authorized, no
// validation; parameters that are the root as given, the context, the info or
// a scalar or enum argument, which type-graphql passes through unchanged) the
// method is called directly with the same values. Anything else keeps
// type-graphql's resolver. graphql-js, the fallback, always runs type-graphql's.
import {
  getNamedType,
  isEnumType,
  isListType,
  isNullableType,
  isObjectType,
  isScalarType,
  getNullableType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** One parameter of a field resolver method, as the direct call fills it. */
type Param = { kind: 'root' } | { kind: 'context'; property?: string } | { kind: 'info' } | { kind: 'arg'; name: string };

interface HandlerParam {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: unknown;
  name?: string;
  validateSettings?: unknown;
  validateFn?: unknown;
}

interface FieldResolverDef {
  kind: string;
  target: new () => Record<string, (...args: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: HandlerParam[];
  roles?: unknown;
  middlewares?: unknown[];
  getObjectType?: () => unknown;
}

/** The direct call's parameters, or null when the method must keep type-graphql's wrapper. */
function directParams(def: FieldResolverDef, field: GraphQLField<unknown, unknown>): Param[] | null {
  const out: Param[] = [];
  const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
  for (const [i, p] of params.entries()) {
    if (p.index !== i) return null;
    if (p.kind === 'root' && !p.propertyName && !p.getType) out.push({ kind: 'root' });
    else if (p.kind === 'context') out.push({ kind: 'context', property: p.propertyName });
    else if (p.kind === 'info') out.push({ kind: 'info' });
    else if (p.kind === 'arg' && p.name && p.validateSettings === undefined && p.validateFn === undefined) {
      const arg = field.args.find((a) => a.name === p.name);
      const type = arg && (isNullableType(arg.type) ? arg.type : getNullableType(arg.type));
      if (!type || isListType(type) || !(isScalarType(getNamedType(type)) || isEnumType(getNamedType(type)))) return null;
      out.push({ kind: 'arg', name: p.name });
    } else return null;
  }
  return out;
}

/** The method called with its parameters, specialised for the common shapes. */
function call(instance: Record<string, (...args: unknown[]) => unknown>, method: string, params: Param[]): GraphQLFieldResolver<unknown, unknown> {
  const fn = instance[method]!;
  const kinds = params.map((p) => (p.kind === 'context' && p.property ? 'property' : p.kind)).join(',');
  if (kinds === 'root,context') return (root, _args, context) => fn.call(instance, root, context);
  if (kinds === 'root') return (root) => fn.call(instance, root);
  const value = params.map((p): ((root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown) => {
    switch (p.kind) {
      case 'root':
        return (root) => root;
      case 'context':
        return p.property ? (_r, _a, context) => (context as Record<string, unknown>)[p.property!] : (_r, _a, context) => context;
      case 'info':
        return (_r, _a, _c, info) => info;
      case 'arg':
        return (_r, args) => args[p.name];
    }
  });
  return (root, args, context, info) =>
    fn.apply(
      instance,
      value.map((v) => v(root, args, context, info)),
    );
}

/** For each field of the schema whose type-graphql resolver can be called directly: that direct resolver. */
export function directResolvers(schema: GraphQLSchema): Map<GraphQLField<unknown, unknown>, GraphQLFieldResolver<unknown, unknown>> {
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: FieldResolverDef[];
    objectTypes: { target: unknown; name: string }[];
    middlewares: unknown[];
    resolverMiddlewares: unknown[];
  };
  const direct = new Map<GraphQLField<unknown, unknown>, GraphQLFieldResolver<unknown, unknown>>();
  const seen = new Map<GraphQLField<unknown, unknown>, number>();
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  for (const def of storage.fieldResolvers) {
    if (def.kind !== 'external' || def.roles || (def.middlewares?.length ?? 0) > 0 || !def.getObjectType) continue;
    const typeClass = def.getObjectType();
    const typeName = storage.objectTypes.find((t) => t.target === typeClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type)) continue;
    const field = type.getFields()[def.schemaName];
    if (!field?.resolve) continue;
    seen.set(field, (seen.get(field) ?? 0) + 1);
    const params = directParams(def, field);
    if (!params) continue;
    let instance = instances.get(def.target);
    if (!instance) instances.set(def.target, (instance = new def.target()));
    if (typeof instance[def.methodName] !== 'function') continue;
    direct.set(field, call(instance, def.methodName, params));
  }
  // A field more than one resolver class declares: which one the schema took is type-graphql's business.
  for (const [field, count] of seen) if (count > 1) direct.delete(field);
  return direct;
}
