// Who may write where: district officers inside their district, province
// admins inside their province, admins anywhere, analysts nowhere. The record's
// unit decides, on update both the old and the new one; rows a viewer cannot
// read are "not found" to them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';
import { errorOf, gqlAs, makeViewers, rowById, unitId, type Viewers } from './mutations-support.ts';

let db: DataSource;
let hub: RunningHub;
let v: Viewers;
let chu: number; // commune in Lục Ngạn (219), Bắc Giang (24)
let thoXuong: number; // commune in TP Bắc Giang (213), Bắc Giang
let lySon: number; // district Lý Sơn (536), Quảng Ngãi (51): no communes
let subject: { chu: number; thoXuong: number; lySon: number };

const CREATE_SUBJECT = 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id unit { name } } }';
const CREATE_PRODUCT = 'mutation ($input: ProductInput!) { createProduct(input: $input) { id version } }';
const UPDATE_PRODUCT =
  'mutation ($id: Int!, $version: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $version, input: $input) { id version } }';
const DELETE_PRODUCT = 'mutation ($id: Int!, $version: Int!) { deleteProduct(id: $id, version: $version) { id } }';

const subjectInput = (code: string, unit: number) => ({ code, name: `Chủ thể ${code}`, type: 'cooperative', unitId: unit, registeredOn: '2021-01-01' });
const productInput = (code: string, unit: number, subjectId: number) => ({
  code,
  name: `Sản phẩm ${code}`,
  group: 'food',
  subjectId,
  unitId: unit,
  registeredOn: '2024-02-01',
});

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  v = await makeViewers(db);
  chu = await unitId(db, '07525');
  thoXuong = await unitId(db, '07201');
  lySon = await unitId(db, '536');
  const make = async (code: string, unit: number) =>
    (await gql(db, CREATE_SUBJECT, { input: subjectInput(code, unit) }, v.admin)).data.createSubject.id as number;
  subject = { chu: await make('CT-A-CHU', chu), thoXuong: await make('CT-A-TX', thoXuong), lySon: await make('CT-A-LS', lySon) };
});

describe('a district officer (Lục Ngạn)', () => {
  it('writes inside their district', async () => {
    const res = await gql(db, CREATE_PRODUCT, { input: productInput('SP-A-1', chu, subject.chu) }, v.lucNgan);
    expect(res.data.createProduct.version).toBe(1);
  });

  it('is refused outside it, with the unit and their own scope named', async () => {
    const res = await gqlAs(db, v.lucNgan, CREATE_PRODUCT, { input: productInput('SP-A-2', thoXuong, subject.thoXuong) });
    expect(errorOf(res, 'FORBIDDEN').message).toBe(
      'You may not change a new product in Phường Thọ Xương (commune, GSO 07201): it lies outside your write scope, Huyện Lục Ngạn (district, GSO 219).',
    );
    expect((await db.query(`SELECT 1 FROM product WHERE code = 'SP-A-2'`)).length).toBe(0);
  });

  it('may not move their record out of the district, nor touch one of a neighbour they can read', async () => {
    const { id } = (await gql(db, CREATE_PRODUCT, { input: productInput('SP-A-3', chu, subject.chu) }, v.lucNgan)).data.createProduct;
    const moved = await gqlAs(db, v.lucNgan, UPDATE_PRODUCT, { id, version: 1, input: productInput('SP-A-3', thoXuong, subject.chu) });
    expect(errorOf(moved, 'FORBIDDEN').message).toMatch(new RegExp(`^You may not change product ${id} in Phường Thọ Xương`));
    expect(await rowById(db, 'product', id)).toMatchObject({ unit_id: chu, version: 1 });

    const theirs = (await gql(db, CREATE_PRODUCT, { input: productInput('SP-A-4', thoXuong, subject.thoXuong) }, v.bacGiang)).data.createProduct.id;
    const edit = await gqlAs(db, v.lucNgan, UPDATE_PRODUCT, { id: theirs, version: 1, input: productInput('SP-A-4', chu, subject.chu) });
    expect(errorOf(edit, 'FORBIDDEN').message).toMatch(new RegExp(`^You may not change product ${theirs} in Phường Thọ Xương`));
    const del = await gqlAs(db, v.lucNgan, DELETE_PRODUCT, { id: theirs, version: 1 });
    errorOf(del, 'FORBIDDEN');
  });

  it('finds rows of another province “not found”, as reads do', async () => {
    const { id } = (await gql(db, CREATE_PRODUCT, { input: productInput('SP-A-5', lySon, subject.lySon) }, v.admin)).data.createProduct;
    const res = await gqlAs(db, v.lucNgan, DELETE_PRODUCT, { id, version: 1 });
    expect(errorOf(res, 'NOT_FOUND').message).toBe(`Product ${id} was not found`);
    // Nor can they point their own record at a subject they cannot read.
    const ref = await gqlAs(db, v.lucNgan, CREATE_PRODUCT, { input: productInput('SP-A-6', chu, subject.lySon) });
    expect(errorOf(ref, 'BAD_USER_INPUT').extensions.fields).toEqual([{ field: 'input.subjectId', message: `there is no subject ${subject.lySon}` }]);
  });

  it('scores products of their district, but not of a neighbour’s', async () => {
    const round = (
      await gql(
        db,
        'mutation ($input: EvaluationRoundInput!) { createEvaluationRound(input: $input) { id } }',
        {
          input: { level: 'province', year: 2024, sequence: 9, unitId: await unitId(db, '24') },
        },
        v.bacGiang,
      )
    ).data.createEvaluationRound.id;
    const own = (await gql(db, CREATE_PRODUCT, { input: productInput('SP-A-7', chu, subject.chu) }, v.lucNgan)).data.createProduct.id;
    const other = (await gql(db, CREATE_PRODUCT, { input: productInput('SP-A-8', thoXuong, subject.thoXuong) }, v.bacGiang)).data.createProduct.id;
    const input = (productId: number) => ({ roundId: round, productId, scoreA: 20, scoreB: 20, scoreC: 30, evaluatedOn: '2024-08-01' });
    const ok = await gqlAs(db, v.lucNgan, 'mutation ($input: EvaluationInput!) { createEvaluation(input: $input) { stars } }', { input: input(own) });
    expect(ok.data.createEvaluation.stars).toBe(4);
    const refused = await gqlAs(db, v.lucNgan, 'mutation ($input: EvaluationInput!) { createEvaluation(input: $input) { stars } }', { input: input(other) });
    expect(errorOf(refused, 'FORBIDDEN').message).toMatch(/^You may not change a new evaluation in Phường Thọ Xương/);
  });
});

describe('a province admin (Bắc Giang)', () => {
  it('writes anywhere in the province', async () => {
    const res = await gql(db, CREATE_PRODUCT, { input: productInput('SP-P-1', thoXuong, subject.thoXuong) }, v.bacGiang);
    expect(res.data.createProduct.version).toBe(1);
    const district = await gql(db, CREATE_SUBJECT, { input: subjectInput('CT-P-CHU', chu) }, v.bacGiang);
    expect(district.data.createSubject.unit.name).toBe('Chũ');
  });

  it('is refused outside the province, and for national records', async () => {
    const res = await gqlAs(db, v.bacGiang, CREATE_SUBJECT, { input: subjectInput('CT-P-LS', lySon) });
    expect(errorOf(res, 'FORBIDDEN').message).toBe(
      'You may not change a new subject in Huyện Lý Sơn (district, GSO 536): it lies outside your write scope, Tỉnh Bắc Giang (province, GSO 24).',
    );
    const national = await gqlAs(db, v.bacGiang, 'mutation { createEvaluationRound(input: { level: central, year: 2024, sequence: 5 }) { id } }');
    expect(errorOf(national, 'FORBIDDEN').message).toBe(
      'You may not change a new evaluation round: it is national (no unit), which only an administrator may change.',
    );
  });
});

describe('an analyst', () => {
  it('may not write at all', async () => {
    const res = await gqlAs(db, v.analyst, CREATE_SUBJECT, { input: subjectInput('CT-AN', chu) });
    expect(errorOf(res, 'FORBIDDEN').message).toMatch(/may not change data: the analyst role is read-only/);
    const { id } = (await gql(db, CREATE_PRODUCT, { input: productInput('SP-AN-1', chu, subject.chu) }, v.admin)).data.createProduct;
    const del = await gqlAs(db, v.analyst, DELETE_PRODUCT, { id, version: 1 });
    errorOf(del, 'FORBIDDEN');
  });
});

describe('an admin', () => {
  it('writes anywhere, national records included', async () => {
    expect((await gql(db, CREATE_SUBJECT, { input: subjectInput('CT-AD-LS', lySon) }, v.admin)).data.createSubject.unit.name).toBe('Lý Sơn');
    const national = await gql(db, 'mutation { createEvaluationRound(input: { level: central, year: 2024, sequence: 5 }) { id unit { name } } }', {}, v.admin);
    expect(national.data.createEvaluationRound.unit).toBeNull();
  });
});

describe('over HTTP', () => {
  it('passes FORBIDDEN and BAD_USER_INPUT through with their messages, and refuses anonymous writes', async () => {
    const officer = await authHeader(db, Role.district_officer, '219');
    const mutation = { query: CREATE_SUBJECT, variables: { input: subjectInput('CT-HTTP', thoXuong) } };
    const forbidden = await hub.post(mutation, officer);
    expect(forbidden.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(forbidden.json.errors[0].message).toMatch(/outside your write scope/);
    const bad = await hub.post({ query: CREATE_SUBJECT, variables: { input: { ...subjectInput('', chu), unitId: -1 } } }, officer);
    expect(bad.json.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.code', message: 'must not be blank' },
        { field: 'input.unitId', message: 'must be a unit id' },
      ],
    });
    const anonymous = await hub.post(mutation);
    expect(anonymous.status).toBe(401);
  });
});
