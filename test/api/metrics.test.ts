// Each metric of the catalogue against the hand-built small world, whose
// figures are worked out in test/support/small-world.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runAs, SYSTEM_VIEWER } from '../../server/auth/viewer.ts';
import { findMetric, METRICS } from '../../server/metrics/catalogue.ts';
import type { MetricParams } from '../../server/metrics/metric-definition.ts';
import { evaluateMetrics, resultKey } from '../../server/metrics/metric.repository.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';

let db: DataSource;
let world: SmallWorld;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  world = await buildSmallWorld(db);
});

/** The metric's value in each unit (by key) on one date, with the default or percent roll-up. */
async function values(metricId: string, at: string, unitKeys: string[], params: MetricParams = {}, percent = false, periodStart = '2024-01-01') {
  const metric = findMetric(metricId)!;
  const rollup = percent && metric.percentRollup ? metric.percentRollup : metric.rollup;
  const scopeIds = unitKeys.map(world.unitId);
  const results = await runAs(SYSTEM_VIEWER, () => evaluateMetrics(db, [{ metric, rollup, params, scopeIds, dates: [at], periodStart }]));
  return Object.fromEntries(unitKeys.map((k) => [k, results.get(resultKey(0, world.unitId(k), at))!.value]));
}

describe('metric catalogue', () => {
  it('has a unique id, a rule and a version for every metric', () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    for (const m of METRICS) expect(m.rule.length).toBeGreaterThan(20);
    for (const m of METRICS) if (m.otherReading) expect(findMetric(m.otherReading)?.otherReading).toBe(m.id);
  });

  it('exposes unit, kind and roll-up, and the parameters each metric declares', async () => {
    const { data } = await gql(db, '{ metrics { id unit valueKind rollupMethod kind rollup otherReading params { name values min max } } }');
    const byId = Object.fromEntries(data.metrics.map((m: { id: string }) => [m.id, m]));
    expect(byId.disbursement_rate).toMatchObject({ unit: 'percent', valueKind: 'ratio', rollupMethod: 'ratio_of_sums', kind: 'flow' });
    expect(byId.disbursed_vnd).toMatchObject({ unit: 'vnd', valueKind: 'flow', rollupMethod: 'sum' });
    expect(byId.learners_trained).toMatchObject({ unit: 'people', valueKind: 'flow' });
    expect(byId.certified_products).toMatchObject({ unit: 'count', valueKind: 'stock', otherReading: 'recognised_products' });
    expect(byId.certified_products.params.map((p: { name: string }) => p.name)).toEqual(['minStars', 'maxStars', 'level']);
    expect(byId.certified_products.params[0]).toEqual({ name: 'minStars', values: null, min: 1, max: 5 });
    expect(byId.disbursed_vnd.params[0].values).toEqual(['central', 'provincial', 'district', 'commune', 'other']);
  });
});

describe('certified products', () => {
  it('counts valid certificates only: expiry after 36 months and revocation remove a product', async () => {
    expect(await values('certified_products', '2023-12-31', ['90'])).toEqual({ 90: 2 }); // A (3★ 2021), B
    expect(await values('certified_products', '2024-03-01', ['90'])).toEqual({ 90: 1 }); // A's last valid day; B revoked
    expect(await values('certified_products', '2024-03-02', ['90'])).toEqual({ 90: 0 }); // A expired
    expect(await values('certified_products', '2024-12-31', ['90', '901', '902', '903'])).toEqual({ 90: 3, 901: 1, 902: 2, 903: 0 });
  });

  it('reads the star band from the latest valid certificate', async () => {
    expect(await values('certified_products', '2024-12-31', ['90'], { minStars: 4 })).toEqual({ 90: 2 }); // A 4★, C 5★
    expect(await values('certified_products', '2024-12-31', ['90'], { minStars: 5 })).toEqual({ 90: 1 });
    expect(await values('certified_products', '2024-12-31', ['90'], { minStars: 3, maxStars: 3 })).toEqual({ 90: 1 }); // F only
  });

  it('keeps old data reachable through the units that replaced them in 2025', async () => {
    expect(await values('certified_products', '2024-12-31', ['2025:90', '2025:90011'])).toEqual({ '2025:90': 3, '2025:90011': 1 });
  });
});

describe('recognised products: the "lũy kế" reading of a cumulative count', () => {
  it('counts every product recognised by the date and not revoked by then, expired certificates included', async () => {
    // A (3★ 2021, expired 2024-03-01, then 4★), C, F; B's certificate was revoked on 2024-02-01.
    expect(await values('recognised_products', '2024-12-31', ['90', '901', '902'])).toEqual({ 90: 3, 901: 1, 902: 2 });
    expect(await values('recognised_products', '2024-01-31', ['90'])).toEqual({ 90: 2 }); // A and B, before B's revocation
    expect(await values('recognised_products', '2024-03-15', ['90'])).toEqual({ 90: 1 }); // A expired, still recognised
    expect(await values('certified_products', '2024-03-15', ['90'])).toEqual({ 90: 0 }); // the other reading: nothing valid
    expect(await values('recognised_products', '2024-12-31', ['90'], { minStars: 4 })).toEqual({ 90: 2 }); // A 4★, C 5★
  });
});

describe('flow metrics over the 2024 period', () => {
  it('counts new 3★+ products by their first certificate only', async () => {
    expect(await values('new_certified_products', '2024-12-31', ['90'])).toEqual({ 90: 2 }); // C, F (A was first certified in 2021)
    expect(await values('new_certified_products', '2024-12-31', ['90'], { minStars: 4 })).toEqual({ 90: 2 }); // A's first 4★, C
    expect(await values('new_certified_products', '2024-08-15', ['90'])).toEqual({ 90: 1 }); // only C so far
  });

  it('counts upgrades, national candidates, tourism products and named products', async () => {
    expect(await values('upgraded_products', '2024-12-31', ['90'])).toEqual({ 90: 1 });
    expect(await values('national_5star_candidates', '2024-12-31', ['90'])).toEqual({ 90: 1 });
    expect(await values('tourism_products', '2024-12-31', ['90'])).toEqual({ 90: 1 });
    const named = { productIds: [world.product.A, world.product.C, world.product.F], level: 'province', minStars: 3 };
    expect(await values('named_products_certified', '2024-12-31', ['90'], named)).toEqual({ 90: 2 }); // F is district-level
  });

  it('sums money exactly, leaving out deleted disbursements, and computes the rate as a ratio of sums', async () => {
    expect(await values('allocated_vnd', '2024-12-31', ['90', '901'])).toEqual({ 90: 1_500_000_000, 901: 1_000_000_000 });
    expect(await values('disbursed_vnd', '2024-06-30', ['90'])).toEqual({ 90: 800_000_000 });
    expect(await values('disbursed_vnd', '2024-12-31', ['90'], { source: 'central' })).toEqual({ 90: 500_000_000 });
    expect(await values('disbursement_rate', '2024-12-31', ['90', '901', '902'])).toEqual({ 90: 66.67, 901: 50, 902: 100 });
    expect(await values('subjects_supported', '2024-12-31', ['90'])).toEqual({ 90: 1 });
  });

  it('counts a payment against the allocation it came from, not the place it was made', async () => {
    const [{ id }] = await db.query(
      `INSERT INTO budget_allocation (year, source, amount, recipient_unit_id, activity) VALUES (2024, 'provincial', 400000000, $1, 'OCOP') RETURNING id`,
      [world.unitId('90')],
    );
    await db.query(`INSERT INTO disbursement (allocation_id, disbursed_on, unit_id, amount, activity) VALUES ($1, '2024-05-05', $2, 100000000, 'OCOP')`, [
      id,
      world.unitId('901'),
    ]);
    // 901 paid 100 M more, but from the province's allocation: its own rate stays 50%; the province's is 1,100 M of 1,900 M.
    expect(await values('disbursement_rate', '2024-12-31', ['90', '901'])).toEqual({ 90: 57.89, 901: 50 });
    await db.query('DELETE FROM disbursement WHERE allocation_id = $1', [id]);
    await db.query('DELETE FROM budget_allocation WHERE id = $1', [id]);
  });

  it('counts training, learners, coverage, events and sales points', async () => {
    expect(await values('training_classes', '2024-12-31', ['90'])).toEqual({ 90: 2 });
    expect(await values('training_classes', '2024-12-31', ['90'], { audience: 'cadres' })).toEqual({ 90: 1 });
    expect(await values('learners_trained', '2024-12-31', ['90'])).toEqual({ 90: 85 });
    expect(await values('learners_trained', '2024-10-02', ['90'])).toEqual({ 90: 45 }); // the second class has not ended
    expect(await values('training_coverage', '2024-12-31', ['90'])).toEqual({ 90: 77.27 });
    expect(await values('promotion_events', '2024-12-31', ['90'], { scope: 'out_of_province' })).toEqual({ 90: 2 });
    expect(await values('sales_points', '2024-12-31', ['90'], { status: 'upgraded' })).toEqual({ 90: 1 });
    expect(await values('sales_points', '2024-12-31', ['90'], { status: 'new' })).toEqual({ 90: 1 });
    // v2: without a status, every point opened in the period (the upgraded point opened in 2019).
    expect(await values('sales_points', '2024-12-31', ['90'])).toEqual({ 90: 1 });
    expect(await values('sales_points', '2024-12-31', ['90'], {}, false, '2019-01-01')).toEqual({ 90: 3 });
  });

  it('counts certificates, evaluations and products in the programme, and payments against their allocation', async () => {
    expect(await values('certificates_issued', '2024-12-31', ['90'])).toEqual({ 90: 3 }); // A's 4★, C, F
    expect(await values('evaluations', '2024-12-31', ['90'])).toEqual({ 90: 4 }); // A, C, E, F
    expect(await values('registered_products', '2020-05-31', ['90'])).toEqual({ 90: 0 });
    expect(await values('registered_products', '2024-12-31', ['90', '903'])).toEqual({ 90: 5, 903: 0 });
    expect(await values('disbursed_from_allocation_vnd', '2024-12-31', ['90', '901', '902'])).toEqual({
      90: 1_000_000_000,
      901: 500_000_000,
      902: 500_000_000,
    });
  });
});

describe('ratios roll up as ratios of sums', () => {
  it('gives the province the share over all its subjects, not the mean of district shares', async () => {
    // 901: S1 coop → 100%; 902: S3 household, S5 coop → 50%; mean 75%, but the province has 2 of 3.
    expect(await values('cooperative_share', '2024-12-31', ['90', '901', '902'])).toEqual({ 90: 66.67, 901: 100, 902: 50 });
  });

  it('has no basis (null) where nothing is counted', async () => {
    expect(await values('cooperative_share', '2024-12-31', ['903'])).toEqual({ 903: null });
  });
});

describe('stock metrics on units and subjects', () => {
  it('counts communes only (v2): a district without communes has no basis instead of counting as one', async () => {
    expect(await values('communes_with_products', '2024-12-31', ['90', '903'])).toEqual({ 90: 3, 903: 0 });
    expect(await values('communes_with_products', '2024-12-31', ['90', '903'], {}, true)).toEqual({ 90: 100, 903: null });
    // "Sản phẩm OCOP": a product holding a valid 3★+ certificate (B's was revoked, so 90012 has none).
    expect(await values('communes_with_products', '2024-12-31', ['90'], { minStars: 3 }, true)).toEqual({ 90: 66.67 });
  });

  it('counts subjects by type and certificates expiring soon', async () => {
    expect(await values('subjects', '2024-12-31', ['90'], { type: 'cooperative' })).toEqual({ 90: 3 });
    expect(await values('expiring_certificates', '2024-01-15', ['90'])).toEqual({ 90: 1 }); // A expires 2024-03-01
    expect(await values('expiring_certificates', '2024-01-15', ['90'], { months: 1 })).toEqual({ 90: 0 });
  });

  it('counts only the current certificate as expiring (v2): a renewed product is not expiring', async () => {
    const [{ id: round }] = await db.query(
      `INSERT INTO evaluation_round (level, year, sequence, unit_id, held_on) VALUES ('province', 2024, 7, $1, '2024-01-05') RETURNING id`,
      [world.unitId('90')],
    );
    const [{ id: evaluation }] = await db.query(
      `INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on) VALUES ($1, $2, 15, 15, 25, '2024-01-05') RETURNING id`,
      [round, world.product.A],
    );
    await db.query(
      `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on) VALUES ($1, $2, 'province', 3, 'R/QĐ', '2024-01-10')`,
      [evaluation, world.product.A],
    );
    expect(await values('expiring_certificates', '2024-01-15', ['90'])).toEqual({ 90: 0 });
    await db.query(`DELETE FROM certificate WHERE decision_number = 'R/QĐ'`);
    await db.query('DELETE FROM evaluation WHERE id = $1', [evaluation]);
    await db.query('DELETE FROM evaluation_round WHERE id = $1', [round]);
  });
});
