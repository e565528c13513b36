import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { buildSmallWorld, type SmallWorld } from '../support/small-world.ts';

const PROGRESS = `query ($planId: Int!, $asOf: LocalDate) {
  targetProgress(planId: $planId, asOf: $asOf) {
    asOf
    targets { target { key } metric { id version } actual targetMin targetMax baseline expectedToDate forecast gap ratio status sourceRows
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
    [{ id: planId }] = await db.query(
      `INSERT INTO plan (key, issuer_unit_id, issuer_name, year, period_start, period_end, title)
       VALUES ('p90', $1, 'UBND tỉnh 90', 2024, '2024-01-01', '2024-12-31', 'Kế hoạch OCOP 2024') RETURNING id`,
      [world.unitId('90')],
    );
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
  });

  it('computes actual, path, forecast and status for each target from the live data', async () => {
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2024-12-31' });
    const byKey = Object.fromEntries(data.targetProgress.targets.map((t: { target: { key: string } }) => [t.target.key, t]));
    expect(byKey.cumulative).toMatchObject({
      actual: 3,
      targetMin: 3,
      baseline: 2,
      status: 'achieved',
      sourceRows: 3,
      metric: { id: 'certified_products', version: 1 },
    });
    expect(byKey.cumulative.series).toHaveLength(12);
    // A expired on 2024-03-01 and B was revoked: nothing valid at the end of March.
    expect(byKey.cumulative.series[2]).toEqual({ date: '2024-03-31', actual: 0, expected: expect.closeTo(2 + 91 / 366, 6) });
    // Baseline 50% (S1 coop, S2 enterprise); on the due date the forecast is the actual, within 15% of 70%.
    expect(byKey['coop-share']).toMatchObject({ actual: 66.67, baseline: 50, forecast: 66.67, status: 'at_risk' });
  });

  it('nests each district under an "every district" target and counts the districts that reached theirs', async () => {
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2024-12-31' });
    const each = data.targetProgress.targets.find((t: { target: { key: string } }) => t.target.key === 'each-district');
    expect(each.districts.map((d: { target: { key: string }; actual: number; status: string }) => [d.target.key, d.actual, d.status])).toEqual([
      ['each-district@901', 0, 'not_started'], // A's first certificate was in 2021
      ['each-district@902', 2, 'achieved'],
      ['each-district@903', 0, 'not_started'],
    ]);
    expect(each).toMatchObject({ actual: 1, targetMin: 3, status: 'not_started' });
  });

  it('marks targets overdue after the due date and milestones by their rounds', async () => {
    const { data } = await gql(db, PROGRESS, { planId, asOf: '2025-01-15' });
    const share = data.targetProgress.targets.find((t: { target: { key: string } }) => t.target.key === 'coop-share');
    expect(share.status).toBe('overdue');
    // The district round of 2024 in the province met on 2024-06-10, before its deadline; the ceremony was not recorded.
    expect(data.targetProgress.milestones).toEqual([
      { milestone: { key: 'round-1' }, status: 'done', doneOn: '2024-06-10', late: false },
      { milestone: { key: 'ceremony' }, status: 'overdue', doneOn: null, late: false },
    ]);
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
    // plan, targets, milestones, rounds, one metric statement for every target, one for the approval of the data
    // behind every target, and the targets' plan relation.
    expect(statements).toBeLessThanOrEqual(7);
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
      for (const t of data.targetProgress.targets) expect(t.status).toMatch(/achieved|on_track|at_risk|off_track|not_started|overdue/);
    }
  });
});
