import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { expectPaging, listIds, unitIds } from '../support/lists.ts';

// Hand-built classes (ids 1–6 after the restart); learners = actual, else planned:
//   T1 Bình Thuận (60)     mixed    2024-03-05  60 planned, 58 actual → 58  bt2024
//   T2 Phan Thiết (593)    subjects 2024-05-10  50 planned, —         → 50  bt2024
//   T3 Bắc Bình (596)      cadres   2024-08-20  55 planned, 61 actual → 61  bt2024
//   T4 Bình Thuận (60)     mixed    2024-10-02  50 planned, 45 actual → 45  bt2024
//   T5 Bàu Bàng (719)      mixed    2021-09-15  80 planned, 76 actual → 76  bb2021
//   T6 Yên Thế (215)       subjects 2023-04-01  40 planned, —         → 40  no plan
let db: DataSource;
let plan: Record<string, number>;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const u = await unitIds(db, '60', '593', '596', '719', '215');
  const plans: { id: number; key: string }[] = await db.query('SELECT id, key FROM plan');
  plan = Object.fromEntries(plans.map((p) => [p.key, p.id]));
  await db.query('TRUNCATE training_class RESTART IDENTITY');
  await db.query(
    `INSERT INTO training_class (organiser, topic, audience, unit_id, starts_on, ends_on, planned_learners, actual_learners, cost, plan_id) VALUES
      ('Sở Nông nghiệp và PTNT', 'Quy trình OCOP', 'mixed', $1, '2024-03-05', '2024-03-07', 60, 58, 45000000, $6),
      ('UBND thành phố Phan Thiết', 'Hồ sơ sản phẩm', 'subjects', $2, '2024-05-10', '2024-05-11', 50, NULL, NULL, $6),
      ('UBND huyện Bắc Bình', 'Quản lý chương trình', 'cadres', $3, '2024-08-20', '2024-08-21', 55, 61, 30000000, $6),
      ('Sở Nông nghiệp và PTNT', 'Thương mại điện tử', 'mixed', $1, '2024-10-02', '2024-10-03', 50, 45, 38000000, $6),
      ('UBND huyện Bàu Bàng', 'Nâng cao năng lực', 'mixed', $4, '2021-09-15', '2021-09-16', 80, 76, 25000000, $7),
      ('UBND huyện Yên Thế', 'Bao bì, nhãn mác', 'subjects', $5, '2023-04-01', '2023-04-01', 40, NULL, NULL, NULL)`,
    [u['60'], u['593'], u['596'], u['719'], u['215'], plan['binh-thuan-2024'], plan['bau-bang-2021']],
  );
});

describe('trainingClasses', () => {
  it('lists every class by start date by default, page by page', async () => {
    await expectPaging(db, 'trainingClasses', '', [5, 6, 1, 2, 3, 4]);
  });

  it('orders by learners, actual where reported, else planned', async () => {
    await expectPaging(db, 'trainingClasses', 'orderBy: [{ field: LEARNERS, direction: DESC }]', [5, 3, 1, 2, 4, 6], 4);
  });

  it('filters by audience, year, plan and unit', async () => {
    expect(await listIds(db, 'trainingClasses', 'filter: { audiences: [mixed] }')).toEqual([5, 1, 4]);
    expect(await listIds(db, 'trainingClasses', 'filter: { year: 2024 }')).toEqual([1, 2, 3, 4]);
    expect(await listIds(db, 'trainingClasses', 'filter: { year: 2024, audiences: [cadres, subjects] }')).toEqual([2, 3]);
    expect(await listIds(db, 'trainingClasses', `filter: { planId: ${plan['bau-bang-2021']} }`)).toEqual([5]);
    expect(await listIds(db, 'trainingClasses', 'filter: { provinceCode: "60", unitsAsOf: "2024-12-31" }')).toEqual([1, 2, 3, 4]);
    expect(await listIds(db, 'trainingClasses', 'filter: { districtCode: "593", unitsAsOf: "2024-12-31" }')).toEqual([2]);
  });

  it('resolves unit and plan', async () => {
    const { data } = await gql(
      db,
      `{ trainingClasses(orderBy: [{ field: LEARNERS }], first: 2) { edges { node {
      id audience startsOn endsOn plannedLearners actualLearners cost unit { code } plan { key }
    } } } }`,
    );
    expect(data.trainingClasses.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: 6,
        audience: 'subjects',
        startsOn: '2023-04-01',
        endsOn: '2023-04-01',
        plannedLearners: 40,
        actualLearners: null,
        cost: null,
        unit: { code: '215' },
        plan: null,
      },
      {
        id: 4,
        audience: 'mixed',
        startsOn: '2024-10-02',
        endsOn: '2024-10-03',
        plannedLearners: 50,
        actualLearners: 45,
        cost: '38000000',
        unit: { code: '60' },
        plan: { key: 'binh-thuan-2024' },
      },
    ]);
  });
});
