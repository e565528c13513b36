import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { expectPaging, listIds, unitIds } from '../support/lists.ts';

// Hand-built subjects on the seeded map (ids 1–5 after the restart). By name, in
// code-point order: S-02 "Công…", S-05 "HTX D…", S-01 "HTX N…", S-03 "Hộ…", S-04 "Tổ…".
let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const u = await unitIds(db, '07201', '215', '22915', '593', '25816');
  await db.query('TRUNCATE subject RESTART IDENTITY CASCADE');
  await db.query(
    `INSERT INTO subject (code, name, type, enterprise_size, unit_id, registered_on, value_chain_linked) VALUES
      ('S-01', 'HTX Nông sản Đồng Sơn', 'cooperative', NULL, $1, '2019-05-10', true),
      ('S-02', 'Công ty TNHH Gà đồi Yên Thế', 'enterprise', 'small', $2, '2021-03-02', true),
      ('S-03', 'Hộ kinh doanh Đặng Văn Bình', 'household', NULL, $3, NULL, false),
      ('S-04', 'Tổ hợp tác Thanh long Hàm Tiến', 'cooperative_group', NULL, $4, '2021-11-20', false),
      ('S-05', 'HTX Dịch vụ Lai Hưng', 'cooperative', NULL, $5, '2021-01-15', true)`,
    [u['07201'], u['215'], u['22915'], u['593'], u['25816']],
  );
  await db.query(
    `INSERT INTO product (code, name, product_group, subject_id, unit_id, status) VALUES
      ('SB-P2', 'Mật ong rừng', 'food', 1, $1, 'registered'),
      ('SB-P1', 'Bánh đa nem', 'food', 1, $1, 'registered'),
      ('SB-P3', 'Gà đồi Yên Thế', 'food', 2, $2, 'registered')`,
    [u['07201'], u['215']],
  );
});

describe('subjects', () => {
  it('lists every subject by name by default, page by page', async () => {
    await expectPaging(db, 'subjects', '', [2, 5, 1, 3, 4]);
  });

  it('pages through a date order whose missing dates sort first', async () => {
    await expectPaging(db, 'subjects', 'orderBy: [{ field: REGISTERED_ON }]', [3, 1, 5, 2, 4]);
    expect(await listIds(db, 'subjects', 'orderBy: [{ field: REGISTERED_ON, direction: DESC }]')).toEqual([4, 2, 5, 1, 3]);
  });

  it('orders by code', async () => {
    expect(await listIds(db, 'subjects', 'orderBy: [{ field: CODE, direction: DESC }]')).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters by legal form, value chain, registration year and name ignoring diacritics', async () => {
    expect(await listIds(db, 'subjects', 'filter: { types: [cooperative] }')).toEqual([5, 1]);
    expect(await listIds(db, 'subjects', 'filter: { types: [household, cooperative_group] }')).toEqual([3, 4]);
    expect(await listIds(db, 'subjects', 'filter: { valueChainLinked: false }')).toEqual([3, 4]);
    expect(await listIds(db, 'subjects', 'filter: { registeredYear: 2021 }')).toEqual([2, 5, 4]);
    expect(await listIds(db, 'subjects', 'filter: { search: "dang van binh" }')).toEqual([3]);
    expect(await listIds(db, 'subjects', 'filter: { search: "ĐỒNG SƠN" }')).toEqual([1]);
    expect(await listIds(db, 'subjects', 'filter: { search: "htx", valueChainLinked: true, registeredYear: 2021 }')).toEqual([5]);
  });

  it('filters by province, district and commune, including everything below', async () => {
    const asOf = 'unitsAsOf: "2024-12-31"';
    expect(await listIds(db, 'subjects', `filter: { provinceCode: "24", ${asOf} }`)).toEqual([2, 1]);
    expect(await listIds(db, 'subjects', `filter: { provinceCode: "60", ${asOf} }`)).toEqual([3, 4]);
    expect(await listIds(db, 'subjects', `filter: { districtCode: "593", ${asOf} }`)).toEqual([3, 4]);
    expect(await listIds(db, 'subjects', `filter: { communeCode: "22915", ${asOf} }`)).toEqual([3]);
    // Read today, "24" is the 2025 Bắc Ninh, which covers the old Bắc Giang.
    expect(await listIds(db, 'subjects', 'filter: { provinceCode: "24" }')).toEqual([2, 1]);
  });

  it('reads one subject with its unit and products (by name)', async () => {
    const { data } = await gql(
      db,
      `{ subject(id: 1) { code type enterpriseSize registeredOn valueChainLinked unit { code name district { code } } products { code name } } }`,
    );
    expect(data.subject).toEqual({
      code: 'S-01',
      type: 'cooperative',
      enterpriseSize: null,
      registeredOn: '2019-05-10',
      valueChainLinked: true,
      unit: { code: '07201', name: 'Thọ Xương', district: { code: '213' } },
      products: [
        { code: 'SB-P1', name: 'Bánh đa nem' },
        { code: 'SB-P2', name: 'Mật ong rừng' },
      ],
    });
    const other = await gql(db, `{ subject(id: 4) { enterpriseSize products { code } } s2: subject(id: 2) { enterpriseSize products { code } } }`);
    expect(other.data).toEqual({ subject: { enterpriseSize: null, products: [] }, s2: { enterpriseSize: 'small', products: [{ code: 'SB-P3' }] } });
  });

  it('returns null for an unknown id', async () => {
    const { data } = await gql(db, `{ subject(id: 999999) { id } }`);
    expect(data.subject).toBeNull();
  });
});
