// Every coded error is answered in the caller's language: Vietnamese unless
// Accept-Language prefers English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let admin: Record<string, string>;
let analyst: Record<string, string>;
let limited: RunningHub;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  limited = await startHub(db, { rateLimitPerMinute: 1 });
  admin = await authHeader(db);
  analyst = await authHeader(db, Role.analyst);
});

afterAll(async () => {
  await hub.close();
  await limited.close();
});

const vi = { 'accept-language': 'vi-VN,vi;q=0.9' };
const none = { 'accept-language': '' };
const en = { 'accept-language': 'en-US,en;q=0.9' };

describe('messages in the caller language', () => {
  it('signs in in Vietnamese by default and in English on request', async () => {
    const query = { query: '{ products(first: 1) { totalCount } }' };
    const byDefault = await hub.post(query, none);
    expect(byDefault.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(byDefault.json.errors[0].message).toMatch(/^Cần đăng nhập/);
    expect((await hub.post(query, en)).json.errors[0].message).toMatch(/^Authentication required/);
  });

  it('names the bad argument in either language', async () => {
    const query = { query: '{ products(first: 501) { totalCount } }' };
    const inVi = await hub.post(query, { ...admin, ...vi });
    const inEn = await hub.post(query, { ...admin, ...en });
    for (const res of [inVi, inEn]) expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(inVi.json.errors[0].message).toContain('Giá trị không hợp lệ ở "first"');
    expect(inEn.json.errors[0].message).toContain('Invalid value for "first"');
  });

  it('localises the field list of a refused write', async () => {
    const mutation = {
      query: `mutation { createTrainingClass(input: { organiser: "x", topic: "y", audience: subjects, unitId: 999999,
        startsOn: "2024-05-02", endsOn: "2024-05-01", plannedLearners: 10 }) { id } }`,
    };
    const inVi = await hub.post(mutation, { ...admin, ...vi });
    const inEn = await hub.post(mutation, { ...admin, ...en });
    expect(inVi.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(inVi.json.errors[0].message).toMatch(/^Dữ liệu không hợp lệ/);
    expect(inEn.json.errors[0].message).toMatch(/^Invalid input/);
    const fields = (res: typeof inVi) => res.json.errors[0].extensions.fields.map((f: { field: string }) => f.field).sort();
    expect(fields(inVi)).toEqual(fields(inEn));
  });
});

/** Words of English that no Vietnamese sentence of the hub uses (codes and field paths aside). */
const ENGLISH = /\b(the|is|are|was|must|not|no|of|with|only|may|you|your|cannot|there|required|invalid|wrong|already|exceeds|found|expected|value|limit)\b/i;

/** The text a reader meets, without what stays as the user or the API wrote it: quoted values, field paths, codes. */
function prose(message: string): string {
  return message
    .replace(/"[^"]*"/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/\binput\.\w+/g, '');
}

const file = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');
const importDryRun = (lines: string[]) => ({
  query: `mutation ($file: String!) { importData(kind: products, format: CSV, fileBase64: $file, dryRun: true) { problems { row column code message } } }`,
  variables: { file: file(lines) },
});

/** One representative of each kind of error a user can meet: how to provoke it, and the code it carries. */
const CASES: { kind: string; code: string; send: () => { body: unknown; auth: Record<string, string>; via?: RunningHub } }[] = [
  {
    kind: 'sign-in',
    code: 'UNAUTHENTICATED',
    send: () => ({ body: { query: 'mutation { login(username: "admin", password: "sai mật khẩu") { token } }' }, auth: {} }),
  },
  { kind: 'signed out', code: 'UNAUTHENTICATED', send: () => ({ body: { query: '{ products(first: 1) { totalCount } }' }, auth: {} }) },
  {
    kind: 'role',
    code: 'FORBIDDEN',
    send: () => ({ body: { query: 'mutation { markMilestoneDone(id: 1, version: 1, doneOn: null) { id } }' }, auth: analyst }),
  },
  { kind: 'argument', code: 'BAD_USER_INPUT', send: () => ({ body: { query: '{ products(first: 501) { totalCount } }' }, auth: admin }) },
  {
    kind: 'validation',
    code: 'BAD_USER_INPUT',
    send: () => ({
      body: {
        query: `mutation { createTrainingClass(input: { organiser: " ", topic: "y", audience: subjects, unitId: 0,
          startsOn: "2024-05-02", endsOn: "2024-05-01", plannedLearners: -1 }) { id } }`,
      },
      auth: admin,
    }),
  },
  {
    kind: 'business rule',
    code: 'BAD_USER_INPUT',
    send: () => ({
      body: {
        query:
          'mutation { createDisbursement(input: { allocationId: 999999, disbursedOn: "2024-05-02", unitId: 999999, amount: "1000", activity: "Hỗ trợ" }) { id } }',
      },
      auth: admin,
    }),
  },
  { kind: 'not found', code: 'NOT_FOUND', send: () => ({ body: { query: 'mutation { deleteProduct(id: 999999, version: 1) { id } }' }, auth: admin }) },
  {
    kind: 'scalar',
    code: 'BAD_USER_INPUT',
    send: () => ({
      body: {
        query:
          'mutation ($a: Vnd!) { createDisbursement(input: { allocationId: 1, disbursedOn: "2024-05-02", unitId: 1, amount: $a, activity: "Hỗ trợ" }) { id } }',
        variables: { a: '12,5' },
      },
      auth: admin,
    }),
  },
  {
    kind: 'date',
    code: 'BAD_USER_INPUT',
    send: () => ({ body: { query: 'query ($d: LocalDate) { alerts(unitCode: "24", asOf: $d) { kind } }', variables: { d: '2024-13-45' } }, auth: admin }),
  },
  {
    kind: 'request guard',
    code: 'GRAPHQL_VALIDATION_FAILED',
    send: () => ({
      body: {
        query:
          '{ adminUnits(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }',
      },
      auth: admin,
    }),
  },
  { kind: 'file', code: 'BAD_USER_INPUT', send: () => ({ body: importDryRun([]), auth: admin }) },
];

async function errorIn(lang: Record<string, string>, c: (typeof CASES)[number]) {
  const { body, auth } = c.send();
  const res = await hub.post(body, { ...auth, ...lang });
  expect(res.json.errors, c.kind).toBeDefined();
  return res.json.errors[0] as { message: string; extensions: { code: string; fields?: { field: string; message: string }[] } };
}

describe('every kind of error a user can meet', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s: the same code in both languages, the message in each', async (_kind, c) => {
    const [inVi, inEn, byDefault] = [await errorIn(vi, c), await errorIn(en, c), await errorIn(none, c)];
    for (const e of [inVi, inEn, byDefault]) expect(e.extensions.code, c.kind).toBe(c.code);
    expect(byDefault.message).toBe(inVi.message);
    expect(inVi.message, c.kind).not.toBe(inEn.message);
    expect(prose(inVi.message), `${c.kind}: ${inVi.message}`).not.toMatch(ENGLISH);
    // The detector itself: the English message trips it.
    expect(prose(inEn.message), `${c.kind}: ${inEn.message}`).toMatch(ENGLISH);
    for (const f of inVi.extensions.fields ?? []) expect(prose(f.message), `${c.kind} ${f.field}: ${f.message}`).not.toMatch(ENGLISH);
    expect(inVi.extensions.fields?.map((f) => f.field)).toEqual(inEn.extensions.fields?.map((f) => f.field));
  });

  it('words each business rule of a refused write in Vietnamese, field by field', async () => {
    const e = await errorIn(vi, CASES.find((c) => c.kind === 'business rule')!);
    expect(e.extensions.fields).toEqual([
      { field: 'input.allocationId', message: 'không có phân bổ ngân sách 999999' },
      { field: 'input.unitId', message: 'không có đơn vị hành chính 999999' },
    ]);
  });

  it('reports every import problem by row and column in the reader language, with a code', async () => {
    const lines = ['code;name;group;subject_code;unit_code;registered_on', 'X-1;;bánh;CT-NOPE;99999;31/02/2024', 'X-1;Trà;food;;07201;01/03/2024'];
    const [inVi, inEn] = [await hub.post(importDryRun(lines), { ...admin, ...vi }), await hub.post(importDryRun(lines), { ...admin, ...en })];
    const problems = (res: typeof inVi) => res.json.data.importData.problems as { row: number; column: string | null; code: string; message: string }[];
    expect(problems(inVi).length).toBeGreaterThanOrEqual(4);
    expect(problems(inVi).map(({ row, column, code }) => ({ row, column, code }))).toEqual(
      problems(inEn).map(({ row, column, code }) => ({ row, column, code })),
    );
    for (const [i, p] of problems(inVi).entries()) {
      expect(p.message).not.toBe(problems(inEn)[i].message);
      expect(prose(p.message), p.message).not.toMatch(ENGLISH);
    }
    expect(problems(inVi)).toContainEqual({
      row: 2,
      column: 'registered_on',
      code: 'BAD_DATE',
      message: '"31/02/2024" không phải ngày viết theo dạng dd/mm/yyyy',
    });
    expect(problems(inVi)).toContainEqual({ row: 2, column: 'name', code: 'REQUIRED', message: 'bắt buộc phải có' });
  });

  it('refuses a burst of requests in the caller language', async () => {
    const query = { query: '{ __typename }' };
    await limited.post(query, { ...admin, ...vi });
    const [inVi, inEn] = [await limited.post(query, { ...admin, ...vi }), await limited.post(query, { ...admin, ...en })];
    expect(inVi.status).toBe(429);
    expect(inVi.json.errors[0]).toEqual({ message: expect.stringMatching(/^Quá nhiều yêu cầu/), extensions: { code: 'RATE_LIMITED' } });
    expect(inEn.json.errors[0].message).toMatch(/^Too many requests/);
  });
});
