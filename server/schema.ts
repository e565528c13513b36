// The one list of resolvers, and the SDL the server emits (schema.graphql).
import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ROOT_DIR } from './config.ts';
import { AdminUnitResolver } from './geo/admin-unit.resolver.ts';
import { ProductResolver } from './products/product.resolver.ts';

export const SCHEMA_FILE = path.join(ROOT_DIR, 'schema.graphql');

const RESOLVERS = [AdminUnitResolver, ProductResolver] as const;

let cached: Promise<GraphQLSchema> | undefined;

export function buildHubSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers: RESOLVERS, validate: false });
  return cached;
}

/** The SDL, sorted so that the checked-in file changes only when the schema does. */
export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
