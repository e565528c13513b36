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
    const byYearAndStars = (await table('CERTIFICATES', ['YEAR', 'STARS'])).rows;
    expect(byYearAndStars.filter((r: string[]) => r[2] !== '0')).toEqual([
      ['2021', '3', '1'],
      ['2023', '3', '1'],
      ['2024', '3', '1'],
      ['2024', '4', '1'],
      ['2024', '5', '1'],
    ]);
    // Every year from the first to the last certificate, for every star count seen: 2022 is there, empty.
    expect(byYearAndStars).toHaveLength(12);
    expect(byYearAndStars).toContainEqual(['2022', '4', '0']);
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

  it('groups by quarter and month of the measure’s date, listing every period of the range, empty ones too', async () => {
    expect((await table('LEARNERS', ['QUARTER'])).rows).toEqual([
      ['2024-Q1', '45'],
      ['2024-Q2', '0'],
      ['2024-Q3', '0'],
      ['2024-Q4', '40'],
    ]);
    expect((await table('PROMOTION_EVENTS', ['QUARTER'], { years: [2023, 2024] })).rows).toEqual([
      ['2023-Q1', '0'],
      ['2023-Q2', '0'],
      ['2023-Q3', '0'],
      ['2023-Q4', '0'],
      ['2024-Q1', '1'],
      ['2024-Q2', '1'],
      ['2024-Q3', '0'],
      ['2024-Q4', '1'],
    ]);
    const months = (await table('PROMOTION_EVENTS', ['MONTH'], { years: [2024], asOf: '2024-06-15' })).rows;
    expect(months.map((r: string[]) => r[0])).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    expect(months.filter((r: string[]) => r[1] !== '0')).toEqual([
      ['2024-03', '1'],
      ['2024-05', '1'],
    ]);
    // With a second dimension, every period for every value seen.
    const byYearAndStars = (await table('CERTIFICATES', ['YEAR', 'STARS'], { years: [2021, 2022] })).rows;
    expect(byYearAndStars).toEqual([
      ['2021', '3', '1'],
      ['2022', '3', '0'],
    ]);
  });

  it('reads a stock at each period end of the range, its total on the as-of date', async () => {
    const byQuarter = await table('CERTIFIED_PRODUCTS', ['QUARTER'], { years: [2024], asOf: '2024-12-31' });
    // A expired 2024-03-01 and B was revoked 2024-02-01; A's 4★ from May, C from August, F from September.
    expect(byQuarter.rows).toEqual([
      ['2024-Q1', '0'],
      ['2024-Q2', '1'],
      ['2024-Q3', '3'],
      ['2024-Q4', '3'],
    ]);
    expect(byQuarter.total).toBe('3');
    const res = await runGql(db, QUERY, { measure: 'CERTIFIED_PRODUCTS', groupBy: ['YEAR'] });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.dateFrom' } });
  });

  it('answers any catalogue metric by id, with its parameters, and names the metric and version it used', async () => {
    const METRIC = `query ($metric: String!, $params: JSONObject, $groupBy: [AnalyticsDimension!]!, $filter: AnalyticsFilter) {
      analytics(metric: $metric, params: $params, groupBy: $groupBy, filter: $filter) {
        measure metric { id version unit valueKind } from asOf rows { keys { key } exact } total { exact } } }`;
    // The province's own allocation paid for work in 901: by payer 901, against the allocation the province.
    const { data } = await gql(db, METRIC, { metric: 'disbursed_from_allocation_vnd', groupBy: ['DISTRICT'], filter: { years: [2024] } });
    expect(data.analytics).toMatchObject({
      measure: null,
      metric: { id: 'disbursed_from_allocation_vnd', version: 1, unit: 'vnd', valueKind: 'flow' },
      from: '2024-01-01',
      asOf: '2024-12-31',
      total: { exact: '1000000000' },
    });
    const byPayer = await gql(db, METRIC, { metric: 'disbursed_vnd', params: { source: 'central' }, groupBy: ['DISTRICT'], filter: { years: [2024] } });
    expect(byPayer.data.analytics.rows.map((r: { keys: { key: string }[]; exact: string }) => [r.keys[0].key, r.exact])).toEqual([['901', '500000000']]);
    const rate = await runGql(db, METRIC, { metric: 'disbursement_rate', groupBy: [] });
    expect(rate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'metric' } });
    const badParam = await runGql(db, METRIC, { metric: 'disbursed_vnd', params: { source: 'bank' }, groupBy: [] });
    expect(badParam.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'params.source' } });
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
