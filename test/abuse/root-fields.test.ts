// Property-based abuse of every root field: arguments generated from the
// schema itself (so a field added later is covered without a line here), sent
// as variables by users of every role and by nobody. Whatever is sent, the hub
// answers before the statement timeout, never with an internal error, and a
// refused request changes no data.
import fc from 'fast-check';
import { getNamedType, isCompositeType, type GraphQLField } from 'graphql';
import { beforeAll, describe, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { buildHubSchema } from '../../server/schema.ts';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';
import { arbitraryFor, probe } from './support.ts';

/** Runs per root field: modest, so the suite stays a small part of `npm test` (ABUSE_RUNS=200 for a deeper search). */
const RUNS = Number(process.env.ABUSE_RUNS ?? 4);

let db: DataSource;
let hub: RunningHub;
const callers: Record<string, Record<string, string>> = {};

/** The operation calling `field` with every argument as a variable, selecting only __typename. */
function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
  return `${kind}${vars ? ` (${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

const schema = await buildHubSchema();
const fields = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
];

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  // No request rate: the suite sends hundreds of requests in seconds.
  hub = await startHub(db, { rateLimitPerMinute: 0 });
  callers.admin = await authHeader(db, Role.admin);
  callers.province_admin = await authHeader(db, Role.province_admin, '24');
  callers.district_officer = await authHeader(db, Role.district_officer, '219');
  callers.analyst = await authHeader(db, Role.analyst);
  callers.nobody = {};
});

describe('every root field, with arguments an adversary would send', () => {
  it.each(fields.map(([kind, field]) => [`${kind} ${field.name}`, kind, field] as const))('%s', async (_name, kind, field) => {
    const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])));
    await fc.assert(
      fc.asyncProperty(args, fc.constantFrom(...Object.keys(callers)), async (variables, caller) => {
        await probe(db, hub.url, { query: operation(kind, field), variables }, callers[caller]);
      }),
      { numRuns: RUNS },
    );
  });
});
