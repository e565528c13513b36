// A target's parameters are checked against its metric's declared parameters
// when it is written; one stored before the rule shows as an invalid definition
// in its own row while the rest of the plan, the KPIs and the alerts answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';
import { badFields } from './mutations-support.ts';

let db: DataSource;
let world: SmallWorld;
let planId: number;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  world = await buildSmallWorld(db);
  planId = await world.plan2024();
  await db.query(
    `INSERT INTO target (key, plan_id, metric, params, scope_unit_id, target_min, unit, due_date, wording) VALUES
     ('cumulative', $1, 'certified_products', '{"minStars": 3}', $2, 10, 'count', '2024-12-31', 'Lũy kế 10 sản phẩm')`,
    [planId, world.unitId('90')],
  );
});

const CREATE = `mutation ($input: TargetInput!) { createTarget(input: $input) { id params } }`;
const input = (params: object, metric = 'certified_products') => ({
  key: `t-${Math.random().toString(36).slice(2, 8)}`,
  planId,
  metric,
  params,
  scopeUnitId: world.unitId('90'),
  targetMin: 5,
  unit: 'count',
  dueDate: '2024-12-31',
  wording: 'Mục tiêu',
});

describe('writing a target', () => {
  it('refuses a parameter value the metric does not accept, naming input.params.<name>', async () => {
    expect(badFields(await runGql(db, CREATE, { input: input({ minStars: 'abc' }) }))).toEqual({
      'input.params.minStars': 'must be a whole number from 1 to 5 (fewest stars), got "abc"',
    });
    expect(badFields(await runGql(db, CREATE, { input: input({ level: 'commune', maxStars: 9 }) }))).toEqual({
      'input.params.level': 'must be one of district, province, central (recognising level), got "commune"',
      'input.params.maxStars': 'must be a whole number from 1 to 5 (most stars), got 9',
    });
  });

  it('refuses a parameter the metric does not declare, and an unknown metric', async () => {
    expect(badFields(await runGql(db, CREATE, { input: input({ audience: 'cadres' }) }))).toEqual({
      'input.params.audience': 'is not a parameter of metric certified_products; it takes minStars, maxStars, level',
    });
    expect(badFields(await runGql(db, CREATE, { input: input({}, 'nope') }))).toEqual({
      'input.metric': '"nope" is not in the metric catalogue (see the metrics query)',
    });
    expect(badFields(await runGql(db, CREATE, { input: input({ each: 'commune' }) }))).toEqual({ 'input.params.each': 'takes only "district", got "commune"' });
  });

  it('accepts the declared parameters, and a per-district breakdown', async () => {
    const { data } = await gql(db, CREATE, { input: input({ minStars: 4, level: 'province', each: 'district' }) });
    expect(data.createTarget.params).toEqual({ minStars: 4, level: 'province', each: 'district' });
    await db.query('DELETE FROM target WHERE id = $1', [data.createTarget.id]);
  });

  it('says so in Vietnamese to a Vietnamese reader', async () => {
    const hub: RunningHub = await startHub(db);
    const res = await hub.post(
      { query: CREATE, variables: { input: input({ minStars: 'abc' }) } },
      { ...(await authHeader(db)), 'accept-language': 'vi-VN,vi;q=0.9' },
    );
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.json.errors[0].extensions.fields).toEqual([
      { field: 'input.params.minStars', message: 'phải là số nguyên từ 1 đến 5 (số sao tối thiểu), nhận được "abc"' },
    ]);
  });
});

describe('a target stored before the rule', () => {
  it('shows as an invalid definition in its own row while the plan, KPIs and alerts still answer', async () => {
    await db.query(
      `INSERT INTO target (key, plan_id, metric, params, scope_unit_id, target_min, unit, due_date, wording) VALUES
       ('broken', $1, 'certified_products', '{"minStars": "abc"}', $2, 10, 'count', '2024-12-31', 'Mục tiêu hỏng'),
       ('gone', $1, 'retired_metric', '{}', $2, 10, 'count', '2024-12-31', 'Chỉ số đã bỏ')`,
      [planId, world.unitId('90')],
    );
    const progress = await gql(
      db,
      `{ targetProgress(planId: ${planId}, asOf: "2024-10-15") { targets { target { key } metric { id version } actual status reason { vi en } } } }`,
    );
    const byKey = Object.fromEntries(progress.data.targetProgress.targets.map((t: { target: { key: string } }) => [t.target.key, t]));
    expect(byKey.cumulative).toMatchObject({ actual: 3, status: 'off_track' });
    expect(byKey.broken).toEqual({
      target: { key: 'broken' },
      metric: { id: 'certified_products', version: 1 },
      actual: null,
      status: 'invalid_definition',
      reason: {
        vi: 'params.minStars: phải là số nguyên từ 1 đến 5 (số sao tối thiểu), nhận được "abc"',
        en: 'params.minStars: must be a whole number from 1 to 5 (fewest stars), got "abc"',
      },
    });
    expect(byKey.gone).toMatchObject({ metric: { id: 'retired_metric', version: 0 }, status: 'invalid_definition' });

    const kpis = await gql(db, `{ kpis(unitCode: "90", year: 2024, asOf: "2024-10-15") { target { key } status } }`);
    expect(kpis.data.kpis.map((k: { target: { key: string }; status: string }) => [k.target.key, k.status])).toEqual([
      ['cumulative', 'off_track'],
      ['broken', 'invalid_definition'],
      ['gone', 'invalid_definition'],
    ]);
    const alerts = await gql(db, `{ alerts(unitCode: "90", asOf: "2024-10-15") { kind severity messageEn target { key } } }`);
    const invalid = alerts.data.alerts.filter((a: { kind: string }) => a.kind === 'target_invalid');
    expect(invalid.map((a: { target: { key: string } }) => a.target.key)).toEqual(['broken', 'gone']);
    expect(invalid[0].messageEn).toBe(
      'The target Products with a valid certificate (Unit 90) has an invalid definition to correct: params.minStars: must be a whole number from 1 to 5 (fewest stars), got "abc".',
    );
    expect(
      alerts.data.alerts.some((a: { kind: string; target: { key: string } | null }) => a.kind === 'target_off_track' && a.target?.key === 'cumulative'),
    ).toBe(true);
  });
});
