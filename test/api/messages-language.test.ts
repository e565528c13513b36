// Every coded error is answered in the caller's language: Vietnamese unless
// Accept-Language prefers English.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let admin: Record<string, string>;

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  admin = await authHeader(db);
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
