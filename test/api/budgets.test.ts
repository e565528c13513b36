import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { expectPaging, listIds, unitIds } from '../support/lists.ts';

// The plans' 14 seeded budget lines, one hand-built line outside any plan (X: 2025,
// commune, Liên Chung, 150,000,000) and hand-built payments (ids 1–6 after the restart):
//   D1 A = bg2024 central     2024-03-15  TP Bắc Giang (213) 1,000,000,000 to subject
//   D2 A                      2024-05-20  Yên Thế (215)        500,000,000
//   D3 B = bg2024 provincial  2024-04-10  Bắc Giang (24)     2,000,000,000
//   D4 A                      2024-06-01  213                  300,000,000 deleted
//   D5 C = bg2022 central     2022-09-09  Lục Ngạn (219)       700,000,000
//   D6 X                      2025-02-01  Liên Chung (07357)   150,000,000
let db: DataSource;
let line: Record<string, number>;
let subjectId: number;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const u = await unitIds(db, '24', '213', '215', '219', '07357');
  // Only the plans' own lines stay: anything else in the template would change the totals.
  await db.query('TRUNCATE disbursement RESTART IDENTITY');
  await db.query('DELETE FROM budget_allocation WHERE plan_id IS NULL OR illustrative');
  const [x] = await db.query(
    `INSERT INTO budget_allocation (plan_id, year, source, amount, recipient_unit_id, activity) VALUES (NULL, 2025, 'commune', 150000000, $1, 'Hỗ trợ điểm du lịch') RETURNING id`,
    [u['07357']],
  );
  const lines: { id: number; key: string }[] = await db.query(
    `SELECT b.id, p.key || ':' || b.source AS key FROM budget_allocation b JOIN plan p ON p.id = b.plan_id`,
  );
  line = { ...Object.fromEntries(lines.map((l) => [l.key, l.id])), X: x.id };
  [{ id: subjectId }] = await db.query(
    `INSERT INTO subject (code, name, type, unit_id) VALUES ('BD-S', 'HTX Rau an toàn Dĩnh Kế', 'cooperative', $1) RETURNING id`,
    [u['213']],
  );
  const [a, b, c] = [line['bac-giang-2024:central'], line['bac-giang-2024:provincial'], line['bac-giang-2022:central']];
  await db.query(
    `INSERT INTO disbursement (allocation_id, disbursed_on, unit_id, amount, activity, subject_id, deleted_at) VALUES
      ($1, '2024-03-15', $4, 1000000000, 'Hỗ trợ bao bì', $9, NULL),
      ($1, '2024-05-20', $5, 500000000, 'Tập huấn', NULL, NULL),
      ($2, '2024-04-10', $6, 2000000000, 'Hội chợ', NULL, NULL),
      ($1, '2024-06-01', $4, 300000000, 'Nhập nhầm', NULL, now()),
      ($3, '2022-09-09', $7, 700000000, 'Hỗ trợ chủ thể', NULL, NULL),
      ($8, '2025-02-01', $10, 150000000, 'Điểm du lịch', NULL, NULL)`,
    [a, b, c, u['213'], u['215'], u['24'], u['219'], line.X, subjectId, u['07357']],
  );
});

const ids = (keys: string[]) => keys.map((k) => line[k]);

describe('budgetAllocations', () => {
  it('lists every line by year by default (ties by id), page by page', async () => {
    // Within a year, ids follow the plan files (bac-giang-2022, bac-giang-2024, bau-bang-2021, binh-thuan-2024, ly-son-2022).
    const expected = ids([
      'bau-bang-2021:district',
      'bau-bang-2021:central',
      'bau-bang-2021:other',
      'bac-giang-2022:central',
      'ly-son-2022:central',
      'ly-son-2022:district',
      'ly-son-2022:other',
      'bac-giang-2024:central',
      'bac-giang-2024:provincial',
      'bac-giang-2024:district',
      'bac-giang-2024:other',
      'binh-thuan-2024:central',
      'binh-thuan-2024:district',
      'binh-thuan-2024:other',
      'X',
    ]);
    await expectPaging(db, 'budgetAllocations', '', expected, 4);
  });

  it('orders by amount, unstated amounts last, and pages through the ties', async () => {
    // The ten unstated amounts tie, so they follow the id, descending like the sort.
    const expected = ids([
      'bac-giang-2024:provincial',
      'bac-giang-2022:central',
      'bac-giang-2024:district',
      'bac-giang-2024:central',
      'X',
      'ly-son-2022:other',
      'ly-son-2022:district',
      'ly-son-2022:central',
      'binh-thuan-2024:other',
      'binh-thuan-2024:district',
      'binh-thuan-2024:central',
      'bau-bang-2021:other',
      'bau-bang-2021:central',
      'bau-bang-2021:district',
      'bac-giang-2024:other',
    ]);
    await expectPaging(db, 'budgetAllocations', 'orderBy: [{ field: AMOUNT, direction: DESC }]', expected, 4);
  });

  it('orders by source from central down', async () => {
    const { data } = await gql(db, `{ budgetAllocations(filter: { year: 2024 }, orderBy: [{ field: SOURCE }]) { edges { node { source } } } }`);
    expect(data.budgetAllocations.edges.map((e: { node: { source: string } }) => e.node.source)).toEqual([
      'central',
      'central',
      'provincial',
      'district',
      'district',
      'other',
      'other',
    ]);
  });

  it('filters by plan, year, sources and recipient unit', async () => {
    expect(
      await listIds(db, 'budgetAllocations', `filter: { planId: ${await planId('bac-giang-2024')} }, orderBy: [{ field: AMOUNT, direction: DESC }]`),
    ).toEqual(ids(['bac-giang-2024:provincial', 'bac-giang-2024:district', 'bac-giang-2024:central', 'bac-giang-2024:other']));
    expect(await listIds(db, 'budgetAllocations', 'filter: { year: 2022 }')).toEqual(
      ids(['bac-giang-2022:central', 'ly-son-2022:central', 'ly-son-2022:district', 'ly-son-2022:other']),
    );
    expect(await listIds(db, 'budgetAllocations', 'filter: { sources: [commune, provincial] }')).toEqual(ids(['bac-giang-2024:provincial', 'X']));
    expect(await listIds(db, 'budgetAllocations', 'filter: { sources: [central] }')).toHaveLength(5);
    expect(await listIds(db, 'budgetAllocations', 'filter: { districtCode: "536", unitsAsOf: "2024-12-31" }')).toHaveLength(3);
    expect(await listIds(db, 'budgetAllocations', 'filter: { provinceCode: "24", unitsAsOf: "2024-12-31" }')).toHaveLength(6);
    expect(await listIds(db, 'budgetAllocations', 'filter: { communeCode: "07357", unitsAsOf: "2024-12-31" }')).toEqual([line.X]);
  });

  it('resolves plan, recipient, payments (deleted ones hidden) and the exact amount paid', async () => {
    const { data } = await gql(
      db,
      `{ budgetAllocations(filter: { provinceCode: "24", unitsAsOf: "2024-12-31" }, orderBy: [{ field: AMOUNT, direction: DESC }]) { edges { node {
      id source amount disbursedAmount plan { key } recipientUnit { code } disbursements { id amount disbursedOn }
    } } } }`,
    );
    const nodes = data.budgetAllocations.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toEqual([
      {
        id: line['bac-giang-2024:provincial'],
        source: 'provincial',
        amount: '8970000000',
        disbursedAmount: '2000000000',
        plan: { key: 'bac-giang-2024' },
        recipientUnit: { code: '24' },
        disbursements: [{ id: 3, amount: '2000000000', disbursedOn: '2024-04-10' }],
      },
      {
        id: line['bac-giang-2022:central'],
        source: 'central',
        amount: '6400000000',
        disbursedAmount: '700000000',
        plan: { key: 'bac-giang-2022' },
        recipientUnit: { code: '24' },
        disbursements: [{ id: 5, amount: '700000000', disbursedOn: '2022-09-09' }],
      },
      {
        id: line['bac-giang-2024:district'],
        source: 'district',
        amount: '6130000000',
        disbursedAmount: '0',
        plan: { key: 'bac-giang-2024' },
        recipientUnit: { code: '24' },
        disbursements: [],
      },
      {
        id: line['bac-giang-2024:central'],
        source: 'central',
        amount: '5867000000',
        disbursedAmount: '1500000000',
        plan: { key: 'bac-giang-2024' },
        recipientUnit: { code: '24' },
        disbursements: [
          { id: 1, amount: '1000000000', disbursedOn: '2024-03-15' },
          { id: 2, amount: '500000000', disbursedOn: '2024-05-20' },
        ],
      },
      {
        id: line.X,
        source: 'commune',
        amount: '150000000',
        disbursedAmount: '150000000',
        plan: null,
        recipientUnit: { code: '07357' },
        disbursements: [{ id: 6, amount: '150000000', disbursedOn: '2025-02-01' }],
      },
      {
        id: line['bac-giang-2024:other'],
        source: 'other',
        amount: null,
        disbursedAmount: '0',
        plan: { key: 'bac-giang-2024' },
        recipientUnit: { code: '24' },
        disbursements: [],
      },
    ]);
  });
});

describe('disbursements', () => {
  it('lists non-deleted payments by date by default, page by page', async () => {
    await expectPaging(db, 'disbursements', '', [5, 1, 3, 2, 6]);
  });

  it('orders by amount', async () => {
    await expectPaging(db, 'disbursements', 'orderBy: [{ field: AMOUNT, direction: DESC }]', [3, 1, 5, 2, 6], 3);
  });

  it("filters by allocation, the allocation's source, dates, year and unit", async () => {
    expect(await listIds(db, 'disbursements', `filter: { allocationId: ${line['bac-giang-2024:central']} }`)).toEqual([1, 2]);
    expect(await listIds(db, 'disbursements', 'filter: { sources: [provincial, commune] }')).toEqual([3, 6]);
    expect(await listIds(db, 'disbursements', 'filter: { year: 2024 }')).toEqual([1, 3, 2]);
    expect(await listIds(db, 'disbursements', 'filter: { disbursedFrom: "2024-04-01", disbursedTo: "2024-12-31" }')).toEqual([3, 2]);
    expect(await listIds(db, 'disbursements', 'filter: { disbursedTo: "2024-04-10" }')).toEqual([5, 1, 3]);
    expect(await listIds(db, 'disbursements', 'filter: { provinceCode: "24", unitsAsOf: "2024-12-31" }')).toEqual([5, 1, 3, 2, 6]);
    expect(await listIds(db, 'disbursements', 'filter: { districtCode: "213", unitsAsOf: "2024-12-31" }')).toEqual([1]);
    expect(await listIds(db, 'disbursements', 'filter: { districtCode: "216", unitsAsOf: "2024-12-31" }')).toEqual([6]);
  });

  it('resolves allocation, unit and subject', async () => {
    const { data } = await gql(
      db,
      `{ disbursements(first: 2, filter: { year: 2024 }) { edges { node { id amount activity allocation { source year } unit { code } subject { name } } } } }`,
    );
    expect(data.disbursements.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: 1,
        amount: '1000000000',
        activity: 'Hỗ trợ bao bì',
        allocation: { source: 'central', year: 2024 },
        unit: { code: '213' },
        subject: { name: 'HTX Rau an toàn Dĩnh Kế' },
      },
      { id: 3, amount: '2000000000', activity: 'Hội chợ', allocation: { source: 'provincial', year: 2024 }, unit: { code: '24' }, subject: null },
    ]);
  });
});

async function planId(key: string): Promise<number> {
  const [{ id }] = await db.query('SELECT id FROM plan WHERE key = $1', [key]);
  return id;
}
