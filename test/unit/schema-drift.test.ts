import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { buildHubSchema, printHubSchema, SCHEMA_FILE } from '../../server/schema.ts';

describe('schema.graphql', () => {
  it('is exactly what the server emits (run `npm run schema` after changing the schema)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printHubSchema());
  });

  it('describes every type, field and argument: the SDL is the analysts’ manual', async () => {
    const schema = await buildHubSchema();
    const missing: string[] = [];
    const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description && !roots.has(type as never)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      // Sort-field enums name their values plainly; domain enums explain theirs.
      if (isEnumType(type) && !/OrderField$|^SortDirection$/.test(type.name))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
