// districtComparison and alerts on the hand-built small world (test/support/small-world.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { previousPeriod, ranks } from '../../server/progress/comparison.service.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';

let db: DataSource;
let world: SmallWorld;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  world = await buildSmallWorld(db);
  const planId = await world.plan2024();
  await db.query(
    `INSERT INTO target (key, plan_id, metric, params, scope_unit_id, target_min, unit, due_date, wording) VALUES
    ('cumulative', $1, 'certified_products', '{"minStars": 3}', $2, 10, 'count', '2024-12-31', 'Lũy kế 10 sản phẩm'),
    ('new-901', $1, 'new_certified_products', '{"minStars": 3}', $3, 1, 'count', '2024-12-31', 'Huyện 901 có 1 sản phẩm mới'),
    ('new-902', $1, 'new_certified_products', '{"minStars": 3}', $4, 1, 'count', '2024-12-31', 'Huyện 902 có 1 sản phẩm mới')`,
    [planId, world.unitId('90'), world.unitId('901'), world.unitId('902')],
  );
  await db.query(
    `INSERT INTO milestone (key, plan_id, kind, title, deadline, scope_unit_id) VALUES ('ceremony', $1, 'ceremony', 'Lễ công bố sản phẩm', '2024-06-30', $2)`,
    [planId, world.unitId('90')],
  );
});

const COMPARE = `query ($metric: String!, $params: JSONObject) {
  districtComparison(provinceCode: "90", metric: $metric, params: $params, from: "2024-01-01", to: "2024-12-31") {
    provinceValue metric { id version }
    rows { district { code } abolished actual target status shareOfProvince rank previousActual previousRank rankChange communes subjects perTenCommunes perSubject }
  }
}`;

describe('districtComparison', () => {
  it('ranks districts with rank change, shares and per-denominator figures', async () => {
    const { data } = await gql(db, COMPARE, { metric: 'certified_products', params: { minStars: 3 } });
    const c = data.districtComparison;
    expect(c.provinceValue).toBe(3);
    expect(c.rows.map((r: { district: { code: string } }) => r.district.code)).toEqual(['902', '901', '903']);
    expect(c.rows[0]).toMatchObject({
      actual: 2,
      rank: 1,
      previousActual: 0,
      previousRank: 2,
      rankChange: 1,
      shareOfProvince: 66.67,
      communes: 1,
      subjects: 3,
      perTenCommunes: 20,
      perSubject: 0.67,
      abolished: true,
    });
    expect(c.rows[1]).toMatchObject({
      actual: 1,
      rank: 2,
      previousActual: 2,
      previousRank: 1,
      rankChange: -1,
      communes: 2,
      perTenCommunes: 5,
      perSubject: 0.5,
    });
    expect(c.rows[2]).toMatchObject({ actual: 0, rank: 3, previousRank: 2, communes: 1, subjects: 0, perSubject: null, target: null });
  });

  it('shows each district’s own target and status where the plan sets one', async () => {
    const { data } = await gql(db, COMPARE, { metric: 'new_certified_products', params: { minStars: 3 } });
    const byCode = Object.fromEntries(data.districtComparison.rows.map((r: { district: { code: string } }) => [r.district.code, r]));
    expect(byCode['902']).toMatchObject({ actual: 2, target: 1, status: 'achieved' });
    // Read on the period end, the plan's due date: a final verdict.
    expect(byCode['901']).toMatchObject({ actual: 0, target: 1, status: 'not_achieved' });
    expect(byCode['903']).toMatchObject({ target: null, status: null });
  });

  it('refuses an unknown metric, naming the argument', async () => {
    const res = await runGql(db, COMPARE, { metric: 'nope' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'metric' } });
  });

  it('ranks ties together and compares a year with the year before', () => {
    expect(ranks([5, null, 7, 5, 0])).toEqual([2, null, 1, 2, 4]);
    expect(previousPeriod('2024-01-01', '2024-12-31')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(previousPeriod('2024-07-01', '2024-09-30')).toEqual({ from: '2024-03-31', to: '2024-06-30' });
  });
});

const ALERTS = `query ($asOf: LocalDate) { alerts(unitCode: "90", asOf: $asOf) { kind severity messageVi messageEn count unit { code } target { key } milestone { key } } }`;

describe('alerts', () => {
  it('lists off-track targets, lagging districts and overdue milestones, each with its reason', async () => {
    const { data } = await gql(db, ALERTS, { asOf: '2024-10-15' });
    const kinds = data.alerts.map((a: { kind: string; unit: { code: string } | null; target: { key: string } | null; milestone: { key: string } | null }) => [
      a.kind,
      a.unit?.code,
      a.target?.key ?? a.milestone?.key ?? null,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['target_off_track', '90', 'cumulative'],
        ['target_not_started', '901', 'new-901'], // nothing yet, ten months in
        ['milestone_overdue', '90', 'ceremony'],
        ['disbursement_lagging', '901', null], // 50% paid with 79% of the year gone
      ]),
    );
    expect(kinds.some(([kind, unit]: string[]) => kind === 'disbursement_lagging' && unit === '902')).toBe(false); // fully paid
    const lag = data.alerts.find((a: { kind: string }) => a.kind === 'disbursement_lagging');
    expect(lag.messageVi).toBe('Unit 901 mới giải ngân 50% kinh phí năm 2024 khi đã qua 79% thời gian của năm.');
    expect(lag.messageEn).toBe('Unit 901 has disbursed 50% of its 2024 funds with 79% of the year gone.');
    expect(data.alerts[0].severity).toBe('high');
  });

  it('lists every failed target after its due date, with the figure it reached', async () => {
    const { data } = await gql(db, ALERTS, { asOf: '2025-01-10' });
    const failed = data.alerts.filter((a: { kind: string }) => a.kind === 'target_not_achieved');
    expect(failed.map((a: { target: { key: string } }) => a.target.key).sort()).toEqual(['cumulative', 'new-901']);
    const cumulative = failed.find((a: { target: { key: string } }) => a.target.key === 'cumulative');
    expect(cumulative).toMatchObject({
      severity: 'high',
      unit: { code: '90' },
      messageVi: 'Sản phẩm OCOP còn hiệu lực (Unit 90) không đạt: đến hạn 31/12/2024 đạt 3/10.',
      messageEn: 'Products with a valid certificate (Unit 90) not achieved: 3 of 10 by its due date 31 Dec 2024.',
    });
  });

  it('warns of certificates expiring in the next six months', async () => {
    const { data } = await gql(db, ALERTS, { asOf: '2024-01-15' });
    const expiring = data.alerts.find((a: { kind: string }) => a.kind === 'certificates_expiring');
    expect(expiring).toMatchObject({ count: 1, severity: 'medium' }); // A's 2021 certificate expires 2024-03-01
  });

  it('is empty for an unknown unit', async () => {
    expect((await gql(db, `{ alerts(unitCode: "00") { kind } }`)).data.alerts).toEqual([]);
  });
});

describe('districtComparison over HTTP', () => {
  it('accepts metric parameters as a JSON object, in a variable or written inline', async () => {
    const { startHub, authHeader } = await import('../support/hub.ts');
    const hub = await startHub(db);
    const auth = await authHeader(db);
    const viaVariable = await hub.post({ query: COMPARE, variables: { metric: 'certified_products', params: { minStars: 3 } } }, auth);
    expect(viaVariable.json.data.districtComparison.provinceValue).toBe(3);
    const inline = COMPARE.replace('params: $params', 'params: { minStars: 3 }').replace(', $params: JSONObject', '');
    const viaLiteral = await hub.post({ query: inline, variables: { metric: 'certified_products' } }, auth);
    expect(viaLiteral.json.errors).toBeUndefined();
    expect(viaLiteral.json.data.districtComparison.provinceValue).toBe(3);
  });
});
