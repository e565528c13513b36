// Every operation the dashboard (and the explorer's examples) sends is valid
// against the checked-in schema.graphql, which the API tests keep equal to
// what the server emits. The documents are found by reading dashboard/src/api,
// so a new module is checked without being listed here.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../dashboard/src/api/client.ts';
import { EXAMPLES, fillPlanIds } from '../../dashboard/src/explorer/examples.ts';
import { ROOT_DIR } from '../../server/config.ts';

const API_DIR = path.join(ROOT_DIR, 'dashboard', 'src', 'api');
const schema = buildSchema(fs.readFileSync(path.join(ROOT_DIR, 'schema.graphql'), 'utf8'));

function isOperation(value: unknown): value is DocumentNode {
  const doc = value as DocumentNode | null;
  return doc?.kind === Kind.DOCUMENT && doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
}

const operations = new Map<string, string>();
for (const file of fs
  .readdirSync(API_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const mod = (await import(path.join(API_DIR, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (isOperation(value)) operations.set(`${file}: ${name}`, documentText(value as never));
}

describe('dashboard operations against schema.graphql', () => {
  it('finds every operation module', () => {
    // A guard against the scan above silently finding nothing.
    expect(operations.size).toBeGreaterThanOrEqual(20);
  });

  for (const [name, query] of operations) {
    it(name, () => {
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    });
  }

  for (const e of EXAMPLES) {
    it(`explorer: ${e.title}`, () => {
      const query = fillPlanIds(e.query, new Map([['bac-giang-2024', 1]]));
      expect(validate(schema, parse(query)).map((err) => err.message)).toEqual([]);
    });
  }

  it('explorer examples fill in plan ids by key', () => {
    const filled = fillPlanIds(EXAMPLES.map((e) => e.query).join('\n'), new Map([['bac-giang-2024', 7]]));
    expect(filled).toContain('$planId: Int! = 7');
    expect(filled).not.toContain('{{');
    expect(fillPlanIds('{{planId:nope}}', new Map())).toBe('null');
  });
});
