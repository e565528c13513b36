// The cost of a query counts every list: each list of objects in the schema is
// either a relation list with a declared size, a list computed whole by its
// service, or the edges of a page (counted by its `first`).
import { describe, expect, it } from 'vitest';
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, parse } from 'graphql';
import { COMPUTED_LISTS, LIST_SIZES, queryCost } from '../../server/common/request-guard.ts';
import { buildHubSchema } from '../../server/schema.ts';

describe('query cost', () => {
  it('knows the size of every list of objects in the schema', async () => {
    const schema = await buildHubSchema();
    const unsized: string[] = [];
    const known = new Set([...Object.keys(LIST_SIZES), ...COMPUTED_LISTS]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const edges = type.name.endsWith('Connection') && field.name === 'edges';
        if (listOfObjects && !edges && !known.has(`${type.name}.${field.name}`)) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
    // No stale entries either.
    for (const name of known) {
      const [type, field] = name.split('.');
      expect(
        schema.getType(type) && isObjectType(schema.getType(type)) && field in (schema.getType(type) as never as { getFields(): object }).getFields(),
        name,
      ).toBe(true);
    }
  });

  it('multiplies what is under a page by its size, variables included', async () => {
    const schema = await buildHubSchema();
    const query = parse('query ($n: Int!) { products(first: $n) { edges { node { code certificates { stars } } } } }');
    // 1 for the connection, then per row: the edge, the node, and up to 20 certificates.
    expect(queryCost(schema, query, { n: 100 })).toBe(1 + 100 * (1 + 1 + 20));
  });
});
