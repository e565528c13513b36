// Provenance to the field: the products the plans name are real rows whose
// generated facts (status, registration date, certificates, evaluations) are
// marked invented; and product groups by the decision a product was registered
// under (1048 or 148), with the official names an import accepts.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ROOT_DIR } from '../../server/config.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { badFields, unitId } from './mutations-support.ts';

let db: DataSource;
let subjectId: number;
let chu: number;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  chu = await unitId(db, '07525');
  const created = await gql(db, 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }', {
    input: { code: 'CT-PG-01', name: 'HTX Nhóm sản phẩm', type: 'cooperative', unitId: chu, registeredOn: '2020-01-01' },
  });
  subjectId = created.data.createSubject.id;
});

const NAMED = `{ products(first: 20, filter: { search: "NP" }) { edges { node {
  code name group unit { code } illustrative illustrativeFields status registeredOn
  certificates { illustrative } evaluations { illustrative } } } } }`;

describe('the products the plans name', () => {
  it('keep their real name, place and group, and mark every generated fact as invented', async () => {
    const { data } = await gql(db, NAMED);
    const named: { name: string; group: string; districtCode: string }[] = JSON.parse(
      fs.readFileSync(path.join(ROOT_DIR, 'seeds', 'plans', 'named-products.json'), 'utf8'),
    );
    const rows = data.products.edges.map((e: { node: Record<string, any> }) => e.node).filter((p: { code: string }) => p.code.startsWith('NP'));
    expect(rows).toHaveLength(named.length);
    for (const p of rows) {
      const plan = named.find((n) => n.name === p.name)!;
      expect(p, p.name).toMatchObject({
        group: plan.group,
        unit: { code: plan.districtCode },
        illustrative: false,
        illustrativeFields: ['status', 'registeredOn'],
      });
      for (const c of [...p.certificates, ...p.evaluations]) expect(c.illustrative, p.name).toBe(true);
    }
    // "Tỏi đen nhiều nhánh" shows as expired, but that status is the generator's, and says so.
    expect(rows.find((p: { name: string }) => p.name === 'Tỏi đen nhiều nhánh')).toMatchObject({
      status: 'expired',
      illustrativeFields: ['status', 'registeredOn'],
    });
  });

  it('stop marking a field invented once someone writes a new value into it', async () => {
    const [p] = await db.query(`SELECT id, version, code, name, product_group, subject_id, unit_id, registered_on FROM product WHERE name = 'Mỳ gạo Chũ'`);
    const { data } = await gql(
      db,
      'mutation ($id: Int!, $version: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $version, input: $input) { registeredOn illustrativeFields } }',
      {
        id: p.id,
        version: p.version,
        // The office records the real registration date; the status (the same as before) stays the generator's.
        input: {
          code: p.code,
          name: p.name,
          group: p.product_group,
          subjectId: p.subject_id,
          unitId: p.unit_id,
          status: 'certified',
          registeredOn: '2020-02-03',
        },
      },
    );
    expect(data.updateProduct).toEqual({ registeredOn: '2020-02-03', illustrativeFields: ['status'] });
    const [{ illustrative_fields }] = await db.query('SELECT illustrative_fields FROM product WHERE id = $1', [p.id]);
    expect(illustrative_fields).toEqual(['status']);
  });
});

const CREATE = 'mutation ($input: ProductInput!) { createProduct(input: $input) { group group1048 } }';
const product = (code: string, groups: Record<string, string>) => ({
  input: { code, name: `Sản phẩm ${code}`, subjectId, unitId: chu, registeredOn: '2021-05-01', ...groups },
});

describe('product groups by decision', () => {
  it('keep a Decision 1048 group and count the product in the Decision 148 group it maps to', async () => {
    expect((await gql(db, CREATE, product('PG-1', { group1048: 'textile' }))).data.createProduct).toEqual({ group: 'handicraft', group1048: 'textile' });
    expect((await gql(db, CREATE, product('PG-2', { group1048: 'herbal', group: 'herbal' }))).data.createProduct).toEqual({
      group: 'herbal',
      group1048: 'herbal',
    });
    expect(badFields(await runGql(db, CREATE, product('PG-3', { group1048: 'textile', group: 'food' })))).toEqual({
      'input.group': 'Decision 1048 group textile is counted in Decision 148 group handicraft, not food',
    });
    expect(badFields(await runGql(db, CREATE, product('PG-4', {})))).toEqual({
      'input.group': 'give the product group (Decision 148) or group1048 (Decision 1048)',
    });
  });

  it('are accepted by the importer under their official names, of either decision', async () => {
    const csv = [
      'Mã sản phẩm,Tên sản phẩm,Nhóm sản phẩm,Nhóm sản phẩm (QĐ 1048),Mã chủ thể,Mã đơn vị,Ngày đăng ký',
      'PG-11,Cao dược liệu Chũ,Dược liệu và sản phẩm từ dược liệu,,CT-PG-01,07525,01/03/2024',
      'PG-12,Áo thổ cẩm Chũ,,Vải và may mặc,CT-PG-01,07525,01/03/2021',
      'PG-13,Homestay Chũ,"Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",,CT-PG-01,07525,01/03/2024',
    ].join('\n');
    const res = await gql(
      db,
      `mutation ($file: String!) { importData(kind: products, format: CSV, fileBase64: $file, dryRun: false) { created problems { row column message } } }`,
      { file: Buffer.from(csv).toString('base64') },
    );
    expect(res.data.importData).toEqual({ created: 3, problems: [] });
    const rows = await db.query(`SELECT code, product_group, group_1048 FROM product WHERE code LIKE 'PG-1_' ORDER BY code`);
    expect(rows).toEqual([
      { code: 'PG-11', product_group: 'herbal', group_1048: null },
      { code: 'PG-12', product_group: 'handicraft', group_1048: 'textile' },
      { code: 'PG-13', product_group: 'tourism', group_1048: null },
    ]);
  });
});
