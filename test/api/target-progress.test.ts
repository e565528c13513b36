import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';

const PROGRESS = `query ($planId: Int!, $asOf: LocalDate) {
  targetProgress(planId: $planId, asOf: $asOf) {
    asOf
    targets { target { key } metric { id version } actual targetMin targetMax baseline expectedToDate forecast gap ratio status final sourceRows
              reason { vi en } otherReading { metric { id version } actual ratio }
              series { date actual expected } districts { target { key } actual targetMin status } }
    milestones { milestone { key } status doneOn late }
  }
}`;

describe('targetProgress on the small world', () => {
  let db: DataSource;
  let world: SmallWorld;
  let planId: number;
  beforeAll(async () => {
    ({ db } = await cloneDatabase('tpl_empty'));
    world = await buildSmallWorld(db);
    planId = await world.plan2024();
    const target = (key: string, metric: string, params: object, scope: string, min: number, unit = 'count', parent: number | null = null) =>
      db.query(
        `INSERT INTO target (key, plan_id, parent_target_id, metric, params, scope_unit_id, target_min, unit, due_date, wording)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '2024-12-31', 'Mục tiêu') RETURNING id`,
        [key, planId, parent, metric, JSON.stringify(params), world.unitId(scope), min, unit],
      );
    await target('cumulative', 'certified_products', { minStars: 3 }, '90', 3);
    await target('coop-share', 'cooperative_share', {}, '90', 70, 'percent');
    const [{ id: each }] = await target('each-district', 'new_certified_products', { minStars: 3, each: 'district' }, '90', 1);
    for (const d of ['901', '902', '903']) await target(`each-district@${d}`, 'new_certified_products', { minStars: 3 }, d, 1, 'count', each);
    await db.query(
      `INSERT INTO milestone (key, plan_id, kind, title, deadline, scope_unit_id) VALUES
      ('round-1', $1, 'district_round', 'Đánh giá cấp huyện đợt 1', '2024-06-15', $2),
      ('ceremony', $1, 'ceremony', 'Lễ công bố', '2024-12-15', $2)`,
      [planId, world.unitId('90')],
    );
    // The 2024 district round of 902 was held for the plan's deadline; 901's 2023 round for another one.
    await db.query(`UPDATE evaluation_round SET deadline = '2024-06-15' WHERE level = 'district' AND year = 2024`);
    await db.query(`UPDATE evaluation_round SET deadline = '2023-06-15' WHERE level = 'district' AND year = 2023`);
  });

  const byKey = (data: any) => Object.fromEntries(data.targetProgress.targets.map((t: { target: { key: string } }) => [t.target.key, t]));

  it('computes actual, path and a final verdict on the due date, with no forecast', async () => {
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2024-12-31' });
    const t = byKey(data);
    expect(t.cumulative).toMatchObject({
      actual: 3,
      targetMin: 3,
      baseline: 2,
      status: 'achieved',
      final: true,
      forecast: null,
      sourceRows: 3,
      metric: { id: 'certified_products', version: 1 },
      // The other reading of the cumulative count: recognised by the date and not revoked (A, C, F).
      otherReading: { metric: { id: 'recognised_products', version: 1 }, actual: 3, ratio: 1 },
    });
    expect(t.cumulative.series).toHaveLength(12);
    // A expired on 2024-03-01 and B was revoked: nothing valid at the end of March.
    expect(t.cumulative.series[2]).toEqual({ date: '2024-03-31', actual: 0, expected: expect.closeTo(2 + 91 / 366, 6) });
    // Baseline 50% (S1 coop, S2 enterprise); on the due date 66,67% of 70% is a final "not achieved".
    expect(t['coop-share']).toMatchObject({ actual: 66.67, baseline: 50, forecast: null, status: 'not_achieved', final: true, otherReading: null });
  });

  it('judges running targets with a forecast: a ratio from the period’s first day, a count with nothing yet as not started', async () => {
    const early = byKey((await gql(db, PROGRESS, { planId, asOf: '2024-01-01' })).data);
    // 50% on the first day against 70%: judged on its level, not "not started".
    expect(early['coop-share']).toMatchObject({ actual: 50, status: 'off_track', forecast: 50, final: false });
    const autumn = byKey((await gql(db, PROGRESS, { planId, asOf: '2024-10-15' })).data);
    // Above the path from 50% to 70% (65,8% on 15 October), though still short of 70%.
    expect(autumn['coop-share']).toMatchObject({ actual: 66.67, status: 'on_track', forecast: 66.67 });
    expect(autumn.cumulative).toMatchObject({ actual: 3, status: 'on_track', final: false });
    expect(autumn.cumulative.forecast).toBeGreaterThan(3);
  });

  it('nests each district under an "every district" target and counts the districts that reached theirs', async () => {
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2024-12-31' });
    const each = byKey(data)['each-district'];
    expect(each.districts.map((d: { target: { key: string }; actual: number; status: string }) => [d.target.key, d.actual, d.status])).toEqual([
      ['each-district@901', 0, 'not_achieved'], // A's first certificate was in 2021
      ['each-district@902', 2, 'achieved'],
      ['each-district@903', 0, 'not_achieved'],
    ]);
    expect(each).toMatchObject({ actual: 1, targetMin: 3, status: 'not_achieved', forecast: null });
    const running = byKey((await gql(db, PROGRESS, { planId, asOf: '2024-10-15' })).data)['each-district'];
    expect(running.districts.map((d: { status: string }) => d.status)).toEqual(['not_started', 'on_track', 'not_started']);
    expect(running).toMatchObject({ actual: 1, status: 'not_started', forecast: 1 });
  });

  it('keeps the verdict after the due date, and closes round milestones only by rounds held for their deadline', async () => {
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2025-01-15' });
    expect(byKey(data)['coop-share']).toMatchObject({ status: 'not_achieved', forecast: null });
    // The 2024 district round in the province, held for the 2024-06-15 deadline, met on 2024-06-10; the ceremony was not recorded.
    expect(data.targetProgress.milestones).toEqual([
      { milestone: { key: 'round-1' }, status: 'done', doneOn: '2024-06-10', late: false },
      { milestone: { key: 'ceremony' }, status: 'overdue', doneOn: null, late: false },
    ]);
    await db.query(`UPDATE evaluation_round SET deadline = '2024-05-31' WHERE level = 'district' AND year = 2024`);
    const other = await gql(db, PROGRESS, { planId, asOf: '2025-01-15' });
    expect(other.data.targetProgress.milestones[0]).toEqual({ milestone: { key: 'round-1' }, status: 'overdue', doneOn: null, late: false });
    await db.query(`UPDATE evaluation_round SET deadline = '2024-06-15' WHERE level = 'district' AND year = 2024`);
  });

  it('says a milestone is due on its deadline and done late after it', async () => {
    const onTheDay = await gql(db, PROGRESS, { planId, asOf: '2024-12-15' });
    expect(onTheDay.data.targetProgress.milestones[1]).toEqual({ milestone: { key: 'ceremony' }, status: 'due', doneOn: null, late: false });
    await db.query(`UPDATE milestone SET done_on = '2024-12-20' WHERE key = 'ceremony'`);
    const later = await gql(db, PROGRESS, { planId, asOf: '2025-01-15' });
    expect(later.data.targetProgress.milestones[1]).toEqual({ milestone: { key: 'ceremony' }, status: 'done_late', doneOn: '2024-12-20', late: true });
    await db.query(`UPDATE milestone SET done_on = NULL WHERE key = 'ceremony'`);
  });

  it('says "no data", with the reason, where the metric has nothing to compute from', async () => {
    const [{ id }] = await db.query(
      `INSERT INTO target (key, plan_id, metric, params, scope_unit_id, target_min, unit, due_date, wording)
       VALUES ('coop-903', $1, 'cooperative_share', '{}', $2, 50, 'percent', '2024-12-31', 'Mục tiêu') RETURNING id`,
      [planId, world.unitId('903')],
    );
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2024-12-31' });
    expect(byKey(data)['coop-903']).toMatchObject({
      actual: null,
      status: 'no_data',
      reason: { vi: expect.stringContaining('không có chủ thể nào'), en: 'no subject in the scope held a product with a valid certificate on that date' },
    });
    await db.query('DELETE FROM target WHERE id = $1', [id]);
  });

  it('reads the actual by the due date, and never after the scope unit was abolished', async () => {
    const later = await gql(db, `{ targetProgress(planId: ${planId}, asOf: "2026-06-01") { targets { target { key } measuredOn actual status } } }`);
    const cumulative = later.data.targetProgress.targets.find((t: { target: { key: string } }) => t.target.key === 'cumulative');
    expect(cumulative).toEqual({ target: { key: 'cumulative' }, measuredOn: '2024-12-31', actual: 3, status: 'achieved' });
    await db.query(`UPDATE target SET due_date = '2025-12-31' WHERE key = 'cumulative'`);
    const abolished = await gql(db, `{ targetProgress(planId: ${planId}, asOf: "2026-06-01") { targets { target { key } measuredOn } } }`);
    expect(abolished.data.targetProgress.targets[0]).toEqual({ target: { key: 'cumulative' }, measuredOn: '2025-06-30' });
    await db.query(`UPDATE target SET due_date = '2024-12-31' WHERE key = 'cumulative'`);
  });

  it('costs a bounded number of statements for the whole plan', async () => {
    const { statements } = await gql(db, PROGRESS, { planId, asOf: '2024-12-31' });
    // plan, targets, milestones, rounds, the metrics of every target in at most three statements run side by
    // side, one for the approval of the data behind every target, and the targets' plan relation.
    expect(statements).toBeLessThanOrEqual(9);
  });
});

describe('targetProgress on the seed plans', () => {
  it('computes a progress for every target of every plan, none left without a metric', async () => {
    const { db } = await cloneDatabase('tpl_seed');
    const plans: { id: number; n: number }[] = await db.query(
      'SELECT p.id, count(t.id)::int AS n FROM plan p JOIN target t ON t.plan_id = p.id AND t.parent_target_id IS NULL GROUP BY p.id',
    );
    expect(plans).toHaveLength(5);
    for (const plan of plans) {
      const { data } = await gql(db, PROGRESS, { planId: plan.id, asOf: '2024-12-31' });
      expect(data.targetProgress.targets).toHaveLength(plan.n);
      for (const t of data.targetProgress.targets) expect(t.status).toMatch(/^(achieved|not_achieved|on_track|at_risk|off_track|not_started|no_data)$/);
    }
  });
});
