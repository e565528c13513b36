// The abuse suite's tools: arbitrary values for any GraphQL input type (the
// texts an adversary types: NUL and control characters, lone surrogates,
// LIKE wildcards, quotes, very long strings; numbers at and past every bound),
// and one request to the hub over HTTP checked for what must never happen.
import fc from 'fast-check';
import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import { expect } from 'vitest';
import type { DataSource } from 'typeorm';

/** The statement timeout of the test databases: every answer must come before it. */
export const ANSWER_WITHIN_MS = 30_000;

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007',
  '\ud800',
  'a\udc00b',
  '%',
  '_',
  '2_2',
  '\\',
  "'; DROP TABLE product; --",
  '"',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  'ả'.repeat(150),
  'x'.repeat(2_001),
  'Tỏi đen Lý Sơn',
  'to\u0301i',
  '24',
  '219',
  '60',
  '07525',
  '2024-02-30',
  '9999-99-99',
  '-1',
  '1e308',
  'null',
  '{}',
  '[]',
];

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 300 }).map((s) => s.padEnd(120, 'ư')),
);

const nastyInt = fc.oneof(fc.constantFrom(0, -1, 1, 5, 50, 500, 501, 100_000, 2_147_483_647, -2_147_483_648), fc.integer({ min: -1_000, max: 1_000_000 }));

const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', '0000-00-00', 'hôm nay', '2024-1-1', ''),
);

const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nastyText,
    nastyInt,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(nastyText, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Values a client could send for an argument of `type` (JSON as in variables; nulls where allowed, sometimes where not). */
export function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: arbitraryFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const t = getNullableType(type);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary });
  if (isListType(t)) return nullable(fc.array(arbitraryFor(t.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 4 }));
  if (isEnumType(t))
    return nullable(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...t.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: nastyText }));
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields());
    if (depth > 3) return fc.constant(null);
    const shape = Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)]));
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return nullable(fc.record(shape, { requiredKeys: required }));
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'Int':
        return nullable(nastyInt);
      case 'Float':
        return nullable(fc.oneof(nastyInt, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })));
      case 'Boolean':
        return nullable(fc.boolean());
      case 'LocalDate':
        return nullable(date);
      case 'Vnd':
        return nullable(fc.oneof(fc.bigInt({ min: -1n, max: 10n ** 20n }).map(String), nastyText));
      case 'JSONObject':
        return nullable(fc.dictionary(nastyText, json, { maxKeys: 4 }));
      default:
        return nullable(nastyText);
    }
  }
  return fc.constant(null);
}

/** The hub's data version: every write bumps it (server/common/result-cache.ts). */
export async function dataVersion(db: DataSource): Promise<number> {
  return ((await db.query('SELECT version FROM data_version')) as { version: number }[])[0].version;
}

export interface Answer {
  status: number;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * One request, and what must hold for any request: an answer (as JSON) before
 * the statement timeout, no internal error, and, when refused, no change to the data.
 */
export async function probe(
  db: DataSource,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  /** Answers that, besides refusals, must have left the data as it was (an import that reports written: false). */
  writesNothing: (answer: Answer) => boolean = () => false,
): Promise<Answer> {
  const before = await dataVersion(db);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const answer: Answer = { status: res.status, json: await res.json() };
  const codes = (answer.json.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, JSON.stringify({ body, errors: answer.json.errors }).slice(0, 2_000)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(answer.status, JSON.stringify(answer.json).slice(0, 500)).toBeLessThan(500);
  const refused = codes.length > 0 && Object.values(answer.json.data ?? {}).every((v) => v === null);
  if (refused || writesNothing(answer)) expect(await dataVersion(db), JSON.stringify(body).slice(0, 500)).toBe(before);
  return answer;
}
