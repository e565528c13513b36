// `analytics` against the hand-computed small world (test/support/small-world.ts).
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';

let db: DataSource;
let world: SmallWorld;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  world = await buildSmallWorld(db);
});

const QUERY = `query ($measure: AnalyticsMeasure!, $groupBy: [AnalyticsDimension!]!, $filter: AnalyticsFilter) {
  analytics(measure: $measure, groupBy: $groupBy, filter: $filter) { asOf rows { keys { dimension key label } exact value } total { exact } }
}`;

async function table(measure: string, groupBy: string[], filter: object = {}) {
  const { data, statements } = await gql(db, QUERY, { measure, groupBy, filter });
  const rows = data.analytics.rows.map((r: { keys: { key: string }[]; exact: string }) => [...r.keys.map((k) => k.key), r.exact]);
  return { rows, total: data.analytics.total.exact, statements };
}

describe('analytics', () => {
  it('counts products with a valid certificate on a date, by district and by stars, in one aggregate statement', async () => {
    const byDistrict = await table('CERTIFIED_PRODUCTS', ['DISTRICT'], { asOf: '2024-12-31' });
    // One statement for the aggregate, one for the data version that keys the result cache.
    expect(byDistrict).toEqual({
      rows: [
        ['901', '1'],
        ['902', '2'],
      ],
      total: '3',
      statements: 2,
    });
    expect((await table('CERTIFIED_PRODUCTS', ['STARS'], { asOf: '2024-12-31' })).rows).toEqual([
      ['3', '1'],
      ['4', '1'],
      ['5', '1'],
    ]);
    expect((await table('CERTIFIED_PRODUCTS', ['PROVINCE'], { asOf: '2024-03-15' })).total).toBe('0');
  });

  it('groups by several dimensions at once and filters by product group and stars', async () => {
    expect((await table('PRODUCTS', ['PRODUCT_GROUP'])).rows).toEqual([
      ['beverage', '1'],
      ['food', '2'],
      ['herbal', '1'],
      ['tourism', '1'],
    ]);
    expect((await table('CERTIFICATES', ['YEAR', 'STARS'])).rows).toEqual([
      ['2021', '3', '1'],
      ['2023', '3', '1'],
      ['2024', '3', '1'],
      ['2024', '4', '1'],
      ['2024', '5', '1'],
    ]);
    expect((await table('CERTIFICATES', ['YEAR'], { minStars: 4, groups: ['food'] })).rows).toEqual([['2024', '1']]);
    expect((await table('SUBJECTS', ['SUBJECT_TYPE'])).rows).toEqual([
      ['cooperative', '3'],
      ['enterprise', '1'],
      ['household', '1'],
    ]);
  });

  it('sums money exactly by funding source, leaving out deleted payments', async () => {
    const paid = await table('DISBURSED_VND', ['FUNDING_SOURCE'], { years: [2024] });
    expect(paid).toMatchObject({
      rows: [
        ['central', '500000000'],
        ['provincial', '500000000'],
      ],
      total: '1000000000',
    });
    // 2^53 + 1 would lose its last digit as a double.
    onTestFinished(() => db.query(`DELETE FROM budget_allocation WHERE year = 2030`));
    await db.query(`INSERT INTO budget_allocation (year, source, amount, recipient_unit_id, activity) VALUES (2030, 'other', 9007199254740993, $1, 'x')`, [
      world.unitId('903'),
    ]);
    expect((await table('ALLOCATED_VND', ['YEAR'], { years: [2030] })).rows).toEqual([['2030', '9007199254740993']]);
  });

  it('groups by quarter and month of the measure’s date', async () => {
    expect((await table('LEARNERS', ['QUARTER'])).rows).toEqual([
      ['2024-Q1', '45'],
      ['2024-Q4', '40'],
    ]);
    expect((await table('PROMOTION_EVENTS', ['MONTH'])).rows).toEqual([
      ['2024-03', '1'],
      ['2024-05', '1'],
      ['2024-11', '1'],
    ]);
  });

  it('reaches old records through a unit created in 2025', async () => {
    const viaNew = await table('CERTIFIED_PRODUCTS', ['DISTRICT'], { asOf: '2024-12-31', provinceCode: '90', unitsAsOf: '2025-08-01' });
    const viaOld = await table('CERTIFIED_PRODUCTS', ['DISTRICT'], { asOf: '2024-12-31', provinceCode: '90', unitsAsOf: '2024-08-01' });
    expect(viaNew.rows).toEqual(viaOld.rows);
    expect((await table('CERTIFIED_PRODUCTS', [], { asOf: '2024-12-31', districtCode: '902' })).total).toBe('2');
  });

  it('refuses a dimension or filter that does not apply to the measure, naming it', async () => {
    const res = await runGql(db, QUERY, { measure: 'PRODUCTS', groupBy: ['FUNDING_SOURCE'] });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' } });
    const bad = await runGql(db, QUERY, { measure: 'TRAINING_CLASSES', groupBy: [], filter: { minStars: 3 } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.minStars' } });
  });
});

describe('the result cache', () => {
  it('answers a repeated aggregate from the cache, and a write invalidates it at once', async () => {
    const first = await table('PRODUCTS', ['DISTRICT']);
    const again = await table('PRODUCTS', ['DISTRICT']);
    expect(again.rows).toEqual(first.rows);
    expect(again.statements).toBe(1); // only the data-version check
    // The other tests count products: G goes again when this one ends.
    onTestFinished(() => db.query(`DELETE FROM product WHERE code = 'G'`));
    await db.query(`INSERT INTO product (code, name, product_group, subject_id, unit_id, status) VALUES ('G', 'Product G', 'food', $1, $2, 'idea')`, [
      world.subject.S1,
      world.unitId('90011'),
    ]);
    const after = await table('PRODUCTS', ['DISTRICT']);
    expect(after.statements).toBe(2);
    expect(after.total).toBe(String(Number(first.total) + 1));
  });
});
