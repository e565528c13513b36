// Who may read what: anonymous callers get nothing but login; a district
// officer reads only their province, by any path; analysts never see contact data.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let officer: Viewer; // Lục Ngạn district (219), Bắc Giang province (24)
let analyst: Viewer;
let lySonProduct: number;
let lucNganProduct: number;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  await createUser(db, { username: 'canbo.lucngan', password: 'mật khẩu đủ dài', role: Role.district_officer, unitCode: '219' });
  officer = (await viewerById(db, (await db.query(`SELECT id FROM app_user WHERE username = 'canbo.lucngan'`))[0].id))!;
  const a = await createUser(db, { username: 'phantich', password: 'mật khẩu đủ dài', role: Role.analyst });
  analyst = (await viewerById(db, a.id))!;
  [{ id: lySonProduct }] = await db.query(`SELECT id FROM product WHERE name = 'Tỏi đen cô đơn'`);
  [{ id: lucNganProduct }] = await db.query(`SELECT id FROM product WHERE name = 'Vải thiều Lục Ngạn'`);
  await db.query(`UPDATE subject SET phone = '0912 345 678', representative = 'Nguyễn Văn A'`);
});

describe('anonymous callers', () => {
  it('get 401 UNAUTHENTICATED for any query, introspection included', async () => {
    for (const query of ['{ products { totalCount } }', '{ __schema { queryType { name } } }']) {
      const { status, json } = await hub.post({ query });
      expect(status).toBe(401);
      expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(json.data ?? null).toBeNull();
    }
  });

  it('can log in, and the token then works; a wrong password gets one generic refusal', async () => {
    const bad = await hub.post({ query: 'mutation { login(username: "canbo.lucngan", password: "sai") { token } }' });
    expect(bad.json.errors[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    const good = await hub.post({ query: 'mutation { login(username: "canbo.lucngan", password: "mật khẩu đủ dài") { token user { role unit { name } } } }' });
    expect(good.json.data.login.user).toEqual({ role: 'district_officer', unit: { name: 'Lục Ngạn' } });
    const me = await hub.post({ query: '{ me { username } }' }, { authorization: `Bearer ${good.json.data.login.token}` });
    expect(me.json.data.me.username).toBe('canbo.lucngan');
    expect((await hub.post({ query: '{ me { username } }' }, { authorization: 'Bearer forged.token.value' })).status).toBe(401);
  });
});

describe('a district officer', () => {
  it('lists only their province’s rows', async () => {
    const { data } = await gql(db, '{ products(first: 500) { edges { node { name unit { province { code } } } } } }', {}, officer);
    const provinces = new Set(data.products.edges.map((e: { node: { unit: { province: { code: string } } } }) => e.node.unit.province.code));
    expect([...provinces]).toEqual(['24']);
  });

  it('cannot reach another province by id, through nested relations, analytics or progress', async () => {
    expect((await gql(db, `{ product(id: ${lySonProduct}) { name } }`, {}, officer)).data.product).toBeNull();
    expect((await gql(db, `{ product(id: ${lucNganProduct}) { name } }`, {}, officer)).data.product.name).toBe('Vải thiều Lục Ngạn');
    const byProvince = await gql(db, '{ analytics(measure: PRODUCTS, groupBy: [PROVINCE]) { rows { keys { key } } } }', {}, officer);
    expect(byProvince.data.analytics.rows.map((r: { keys: { key: string }[] }) => r.keys[0].key)).toEqual(['24']);
    const [{ id: lySonPlan }] = await db.query(`SELECT id FROM plan WHERE key = 'ly-son-2022'`);
    expect((await gql(db, `{ targetProgress(planId: ${lySonPlan}) { asOf } }`, {}, officer)).data.targetProgress).toBeNull();
    expect((await gql(db, '{ kpis(unitCode: "536", year: 2022, asOf: "2022-12-31") { actual } }', {}, officer)).data.kpis).toEqual([]);
    const plans = await gql(db, '{ plans { edges { node { key targets { key } } } } }', {}, officer);
    expect(plans.data.plans.edges.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual(['bac-giang-2022', 'bac-giang-2024']);
    const lySonUnit = await gql(db, '{ adminUnits(filter: { districtCode: "536" }) { totalCount } }', {}, officer);
    expect(lySonUnit.data.adminUnits.totalCount).toBe(0);
  });
});

describe('an analyst', () => {
  it('reads everything but never sees personal contact data', async () => {
    const { data } = await gql(db, `{ product(id: ${lySonProduct}) { subject { name phone representative } } }`, {}, analyst);
    expect(data.product.subject).toMatchObject({ phone: null, representative: null });
    expect(data.product.subject.name).toBeTruthy();
    const admin = await gql(db, `{ product(id: ${lySonProduct}) { subject { phone } } }`);
    expect(admin.data.product.subject.phone).toBe('0912 345 678');
  });

  it('is refused by the server when calling as nobody', async () => {
    const res = await runGql(db, '{ metrics { id } }', {}, null);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
