import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';
import { expectPaging, listIds, unitIds } from '../support/lists.ts';

// Hand-built rounds, evaluations and certificates (ids from 1 after the restart):
//   E1 R1 district 2023 Yên Thế   P1 10+10+25 = 45 → 2★  2023-06-10
//   E2 R2 province 2023 Bắc Giang P1 21+17+35 = 73 → 4★  2023-07-20  certificate 4★
//   E3 R2                         P3 25+20+35 = 80 → 4★  2023-07-21  proposed; certificate deleted
//   E4 R3 district 2024 Lý Sơn    P2 12+13+30 = 55 → 3★  2024-06-01  certificate 3★
//   E5 R4 central 2024 (no unit)  P3 35+22+35 = 92 → 5★  2024-11-01  certificate 5★
//   E6 R3                         P4  5+5+10  = 20 → 1★  2024-06-02
// Scores fit Decision 148/QĐ-TTg (A ≤ 40, B ≤ 25, C ≤ 35), in force in 2023–2024.
// Products: P1 in Yên Thế (215), P2 and P4 in Lý Sơn (536), P3 in Thọ Xương (07201, Bắc Giang city).
let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const u = await unitIds(db, '24', '215', '536', '07201');
  await db.query('TRUNCATE certificate, evaluation, evaluation_round RESTART IDENTITY CASCADE');
  const [{ id: subject }] = await db.query(
    `INSERT INTO subject (code, name, type, unit_id) VALUES ('EV-S', 'HTX Thử nghiệm đánh giá', 'cooperative', $1) RETURNING id`,
    [u['215']],
  );
  const products: { id: number }[] = await db.query(
    `INSERT INTO product (code, name, product_group, subject_id, unit_id, status) VALUES
      ('EV-P1', 'Gà đồi thử nghiệm', 'food', $1, $2, 'certified'),
      ('EV-P2', 'Tỏi đen thử nghiệm', 'food', $1, $3, 'certified'),
      ('EV-P3', 'Vải sấy thử nghiệm', 'food', $1, $4, 'certified'),
      ('EV-P4', 'Hành tím thử nghiệm', 'food', $1, $3, 'rated')
     RETURNING id`,
    [subject, u['215'], u['536'], u['07201']],
  );
  const [p1, p2, p3, p4] = products.map((p) => p.id);
  await db.query(
    `INSERT INTO evaluation_round (level, year, sequence, unit_id, held_on) VALUES
      ('district', 2023, 1, $1, '2023-06-10'), ('province', 2023, 1, $2, '2023-07-20'),
      ('district', 2024, 1, $3, '2024-06-01'), ('central', 2024, 1, NULL, '2024-11-01')`,
    [u['215'], u['24'], u['536']],
  );
  await db.query(
    `INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on, proposed_for_central) VALUES
      (1, $1, 10, 10, 25, '2023-06-10', false), (2, $1, 21, 17, 35, '2023-07-20', false),
      (2, $3, 25, 20, 35, '2023-07-21', true),  (3, $2, 12, 13, 30, '2024-06-01', false),
      (4, $3, 35, 22, 35, '2024-11-01', false), (3, $4, 5, 5, 10, '2024-06-02', false)`,
    [p1, p2, p3, p4],
  );
  await db.query(
    `INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on, deleted_at) VALUES
      (2, $1, 'province', 4, '1234/QĐ-UBND', '2023-08-01', NULL),
      (3, $3, 'province', 4, '1235/QĐ-UBND', '2023-08-01', now()),
      (4, $2, 'district', 3, '88/QĐ-UBND', '2024-06-20', NULL),
      (5, $3, 'central', 5, '999/QĐ-BNN', '2024-12-01', NULL)`,
    [p1, p2, p3],
  );
});

describe('evaluations', () => {
  it('lists every evaluation by date by default, page by page', async () => {
    await expectPaging(db, 'evaluations', '', [1, 2, 3, 4, 6, 5]);
  });

  it('orders by total score and by stars (ties by id in the same direction)', async () => {
    await expectPaging(db, 'evaluations', 'orderBy: [{ field: TOTAL_SCORE, direction: DESC }]', [5, 3, 2, 4, 1, 6], 4);
    expect(await listIds(db, 'evaluations', 'orderBy: [{ field: STARS }]')).toEqual([6, 1, 4, 2, 3, 5]);
    expect(await listIds(db, 'evaluations', 'orderBy: [{ field: STARS, direction: DESC }, { field: EVALUATED_ON }]')).toEqual([5, 2, 3, 4, 1, 6]);
  });

  it('filters by level and year of the round, stars, dates, product and proposal', async () => {
    expect(await listIds(db, 'evaluations', 'filter: { levels: [district] }')).toEqual([1, 4, 6]);
    expect(await listIds(db, 'evaluations', 'filter: { levels: [province, central] }')).toEqual([2, 3, 5]);
    expect(await listIds(db, 'evaluations', 'filter: { year: 2024 }')).toEqual([4, 6, 5]);
    expect(await listIds(db, 'evaluations', 'filter: { minStars: 4 }')).toEqual([2, 3, 5]);
    expect(await listIds(db, 'evaluations', 'filter: { minStars: 2, maxStars: 3 }')).toEqual([1, 4]);
    expect(await listIds(db, 'evaluations', 'filter: { evaluatedFrom: "2023-07-01", evaluatedTo: "2024-06-01" }')).toEqual([2, 3, 4]);
    expect(await listIds(db, 'evaluations', 'filter: { proposedForCentral: true }')).toEqual([3]);
    const [{ id: p3 }] = await db.query(`SELECT id FROM product WHERE code = 'EV-P3'`);
    expect(await listIds(db, 'evaluations', `filter: { productId: ${p3} }`)).toEqual([3, 5]);
  });

  it("filters by the product's unit, not the round's", async () => {
    const asOf = 'unitsAsOf: "2024-12-31"';
    expect(await listIds(db, 'evaluations', `filter: { provinceCode: "24", ${asOf} }`)).toEqual([1, 2, 3, 5]);
    expect(await listIds(db, 'evaluations', `filter: { districtCode: "536", ${asOf} }`)).toEqual([4, 6]);
    expect(await listIds(db, 'evaluations', `filter: { districtCode: "213", ${asOf}, levels: [central] }`)).toEqual([5]);
  });

  it('rejects stars outside 1–5, naming the argument', async () => {
    const res = await runGql(db, `{ evaluations(filter: { minStars: 6 }) { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('"filter.minStars"');
  });

  it('resolves round, product, certificate (deleted ones hidden) and back again', async () => {
    const { data } = await gql(
      db,
      `{ evaluations { edges { node {
      id scoreA scoreB scoreC totalScore stars evaluatedOn proposedForCentral
      round { level year sequence heldOn unit { code } }
      product { code }
      certificate { stars level decisionNumber decidedOn expiresOn product { code } evaluation { id } }
    } } } }`,
    );
    const byId = Object.fromEntries(data.evaluations.edges.map((e: { node: { id: number } }) => [e.node.id, e.node]));
    expect(byId[2]).toEqual({
      id: 2,
      scoreA: 21,
      scoreB: 17,
      scoreC: 35,
      totalScore: 73,
      stars: 4,
      evaluatedOn: '2023-07-20',
      proposedForCentral: false,
      round: { level: 'province', year: 2023, sequence: 1, heldOn: '2023-07-20', unit: { code: '24' } },
      product: { code: 'EV-P1' },
      certificate: {
        stars: 4,
        level: 'province',
        decisionNumber: '1234/QĐ-UBND',
        decidedOn: '2023-08-01',
        expiresOn: '2026-08-01',
        product: { code: 'EV-P1' },
        evaluation: { id: 2 },
      },
    });
    expect(byId[3].certificate).toBeNull();
    expect(byId[1].certificate).toBeNull();
    expect(byId[5].round).toEqual({ level: 'central', year: 2024, sequence: 1, heldOn: '2024-11-01', unit: null });
    expect(byId[5].certificate).toMatchObject({ stars: 5, level: 'central', product: { code: 'EV-P3' }, evaluation: { id: 5 } });
    expect(byId[6]).toMatchObject({ totalScore: 20, stars: 1, round: { unit: { code: '536' } }, product: { code: 'EV-P4' } });
  });
});
