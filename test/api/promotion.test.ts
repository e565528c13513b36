import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { expectPaging, listIds, unitIds } from '../support/lists.ts';

// Hand-built events (ids 1–6 after the restart), with products and subjects linked:
//   V1 fair        in_province      Bình Thuận (60)  2024-04-10  350,000,000  P1 P2 / S1 S2
//   V2 fair        out_of_province  60               2024-06-05  120,000,000  P2    / S2
//   V3 exhibition  out_of_province  60               2024-09-12  —            P1 P3 / S1 S2
//   V4 online      out_of_province  Phan Thiết (593) 2024-11-01   80,000,000
//   V5 conference  in_province      Bắc Giang (24)   2023-08-01            0
//   V6 exhibition  international    24               2024-10-10  900,000,000
// Sales points (ids 1–4), by name in code-point order: SP4 "Cửa…", SP3 "Trung…", SP1 "Điểm b…", SP2 "Điểm g…".
let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const u = await unitIds(db, '24', '60', '593', '594', '597', '213');
  await db.query('TRUNCATE promotion_event, promotion_event_product, promotion_event_subject, sales_point RESTART IDENTITY');
  const subjects: { id: number }[] = await db.query(
    `INSERT INTO subject (code, name, type, unit_id) VALUES
      ('PR-S1', 'HTX Thanh long Hàm Thuận', 'cooperative', $1), ('PR-S2', 'Công ty Nước mắm Phan Thiết', 'enterprise', $2) RETURNING id`,
    [u['597'], u['593']],
  );
  const [s1, s2] = subjects.map((s) => s.id);
  const products: { id: number }[] = await db.query(
    `INSERT INTO product (code, name, product_group, subject_id, unit_id, status) VALUES
      ('PR-P1', 'Thanh long ruột đỏ', 'food', $1, $3, 'certified'),
      ('PR-P2', 'Nước mắm cá cơm', 'food', $2, $4, 'certified'),
      ('PR-P3', 'Bánh tráng mè', 'food', $2, $4, 'certified') RETURNING id`,
    [s1, s2, u['597'], u['593']],
  );
  const [p1, p2, p3] = products.map((p) => p.id);
  await db.query(
    `INSERT INTO promotion_event (name, kind, scope, unit_id, location, starts_on, ends_on, revenue) VALUES
      ('Hội chợ OCOP Bình Thuận 2024', 'fair', 'in_province', $1, 'Phan Thiết', '2024-04-10', '2024-04-14', 350000000),
      ('Hội chợ OCOP khu vực phía Bắc', 'fair', 'out_of_province', $1, 'Hà Nội', '2024-06-05', '2024-06-09', 120000000),
      ('Tuần hàng OCOP tại TP.HCM', 'exhibition', 'out_of_province', $1, 'TP.HCM', '2024-09-12', '2024-09-15', NULL),
      ('Gian hàng OCOP trên sàn thương mại điện tử', 'online', 'out_of_province', $2, NULL, '2024-11-01', '2024-11-30', 80000000),
      ('Hội nghị kết nối cung cầu', 'conference', 'in_province', $3, 'Bắc Giang', '2023-08-01', '2023-08-02', 0),
      ('Triển lãm quốc tế', 'exhibition', 'international', $3, 'Bangkok', '2024-10-10', '2024-10-13', 900000000)`,
    [u['60'], u['593'], u['24']],
  );
  await db.query(`INSERT INTO promotion_event_product (event_id, product_id) VALUES (1, $1), (1, $2), (2, $2), (3, $3), (3, $1)`, [p1, p2, p3]);
  await db.query(`INSERT INTO promotion_event_subject (event_id, subject_id) VALUES (1, $1), (1, $2), (2, $2), (3, $2), (3, $1)`, [s1, s2]);
  await db.query(
    `INSERT INTO sales_point (name, unit_id, status, opened_on, upgraded_on, subject_id) VALUES
      ('Điểm bán OCOP Phan Thiết', $1, 'upgraded', '2019-06-01', '2024-07-01', $5),
      ('Điểm giới thiệu sản phẩm OCOP Hàm Thuận Bắc', $2, 'new', '2024-08-15', NULL, $6),
      ('Trung tâm OCOP La Gi', $3, 'new', '2024-12-20', NULL, NULL),
      ('Cửa hàng OCOP Bắc Giang', $4, 'existing', NULL, NULL, NULL)`,
    [u['593'], u['597'], u['594'], u['213'], s2, s1],
  );
});

describe('promotionEvents', () => {
  it('lists every event by start date by default, page by page', async () => {
    await expectPaging(db, 'promotionEvents', '', [5, 1, 2, 3, 6, 4]);
  });

  it('orders by revenue, unreported revenue last', async () => {
    await expectPaging(db, 'promotionEvents', 'orderBy: [{ field: REVENUE, direction: DESC }]', [6, 1, 2, 4, 5, 3], 4);
    expect(await listIds(db, 'promotionEvents', 'orderBy: [{ field: REVENUE }]')).toEqual([3, 5, 4, 2, 1, 6]);
  });

  it('filters by kind, scope, year and unit', async () => {
    expect(await listIds(db, 'promotionEvents', 'filter: { kinds: [fair] }')).toEqual([1, 2]);
    expect(await listIds(db, 'promotionEvents', 'filter: { kinds: [exhibition, online], scopes: [out_of_province] }')).toEqual([3, 4]);
    expect(await listIds(db, 'promotionEvents', 'filter: { year: 2023 }')).toEqual([5]);
    expect(await listIds(db, 'promotionEvents', 'filter: { scopes: [out_of_province], year: 2024, provinceCode: "60", unitsAsOf: "2024-12-31" }')).toEqual([
      2, 3, 4,
    ]);
    expect(await listIds(db, 'promotionEvents', 'filter: { districtCode: "593", unitsAsOf: "2024-12-31" }')).toEqual([4]);
  });

  it('resolves unit, products and subjects through the link tables (by name)', async () => {
    const { data } = await gql(db, `{ promotionEvents(first: 4) { edges { node { id revenue unit { code } products { name } subjects { name } } } } }`);
    expect(data.promotionEvents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: 5, revenue: '0', unit: { code: '24' }, products: [], subjects: [] },
      {
        id: 1,
        revenue: '350000000',
        unit: { code: '60' },
        products: [{ name: 'Nước mắm cá cơm' }, { name: 'Thanh long ruột đỏ' }],
        subjects: [{ name: 'Công ty Nước mắm Phan Thiết' }, { name: 'HTX Thanh long Hàm Thuận' }],
      },
      { id: 2, revenue: '120000000', unit: { code: '60' }, products: [{ name: 'Nước mắm cá cơm' }], subjects: [{ name: 'Công ty Nước mắm Phan Thiết' }] },
      {
        id: 3,
        revenue: null,
        unit: { code: '60' },
        products: [{ name: 'Bánh tráng mè' }, { name: 'Thanh long ruột đỏ' }],
        subjects: [{ name: 'Công ty Nước mắm Phan Thiết' }, { name: 'HTX Thanh long Hàm Thuận' }],
      },
    ]);
  });
});

describe('salesPoints', () => {
  it('lists every point by name by default, page by page', async () => {
    await expectPaging(db, 'salesPoints', '', [4, 3, 1, 2]);
  });

  it('orders by opening date, unknown dates first', async () => {
    await expectPaging(db, 'salesPoints', 'orderBy: [{ field: OPENED_ON }]', [4, 1, 2, 3], 3);
    expect(await listIds(db, 'salesPoints', 'orderBy: [{ field: OPENED_ON, direction: DESC }]')).toEqual([3, 2, 1, 4]);
  });

  it('filters by status and unit', async () => {
    expect(await listIds(db, 'salesPoints', 'filter: { statuses: [new] }')).toEqual([3, 2]);
    expect(await listIds(db, 'salesPoints', 'filter: { statuses: [upgraded, existing] }')).toEqual([4, 1]);
    expect(await listIds(db, 'salesPoints', 'filter: { provinceCode: "60", unitsAsOf: "2024-12-31" }')).toEqual([3, 1, 2]);
    expect(await listIds(db, 'salesPoints', 'filter: { districtCode: "594", unitsAsOf: "2024-12-31" }')).toEqual([3]);
  });

  it('resolves unit and subject', async () => {
    const { data } = await gql(db, `{ salesPoints { edges { node { id status openedOn upgradedOn unit { code } subject { name } } } } }`);
    expect(data.salesPoints.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: 4, status: 'existing', openedOn: null, upgradedOn: null, unit: { code: '213' }, subject: null },
      { id: 3, status: 'new', openedOn: '2024-12-20', upgradedOn: null, unit: { code: '594' }, subject: null },
      { id: 1, status: 'upgraded', openedOn: '2019-06-01', upgradedOn: '2024-07-01', unit: { code: '593' }, subject: { name: 'Công ty Nước mắm Phan Thiết' } },
      { id: 2, status: 'new', openedOn: '2024-08-15', upgradedOn: null, unit: { code: '597' }, subject: { name: 'HTX Thanh long Hàm Thuận' } },
    ]);
  });
});
