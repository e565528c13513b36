import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { expectPaging, listIds } from '../support/lists.ts';

// The five seeded plans. Targets per plan, top-level + per-district children:
// bac-giang-2022 5 + 10, bac-giang-2024 6 + 10, bau-bang-2021 5, binh-thuan-2024 10, ly-son-2022 3.
let db: DataSource;
let plan: Record<string, number>;
let target: Record<string, number>;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  const plans: { id: number; key: string }[] = await db.query('SELECT id, key FROM plan');
  plan = Object.fromEntries(plans.map((p) => [p.key, p.id]));
  const targets: { id: number; key: string }[] = await db.query('SELECT id, key FROM target');
  target = Object.fromEntries(targets.map((t) => [t.key, t.id]));
});

const byKey = (keys: string[]) => keys.map((k) => plan[k]);
const targetsByKey = (keys: string[]) => keys.map((k) => target[k]);

describe('plans', () => {
  it('lists every plan by key by default, page by page', async () => {
    await expectPaging(db, 'plans', '', byKey(['bac-giang-2022', 'bac-giang-2024', 'bau-bang-2021', 'binh-thuan-2024', 'ly-son-2022']));
  });

  it('orders by year, ties by id in the same direction', async () => {
    const ids = await listIds(db, 'plans', 'orderBy: [{ field: YEAR, direction: DESC }, { field: KEY }]');
    expect(ids).toEqual(byKey(['bac-giang-2024', 'binh-thuan-2024', 'bac-giang-2022', 'ly-son-2022', 'bau-bang-2021']));
    await expectPaging(
      db,
      'plans',
      'orderBy: [{ field: YEAR }]',
      byKey(['bau-bang-2021', 'bac-giang-2022', 'ly-son-2022', 'bac-giang-2024', 'binh-thuan-2024']),
      2,
    );
  });

  it('filters by year and by the issuing unit', async () => {
    expect(await listIds(db, 'plans', 'filter: { year: 2022 }')).toEqual(byKey(['bac-giang-2022', 'ly-son-2022']));
    expect(await listIds(db, 'plans', 'filter: { provinceCode: "24", unitsAsOf: "2024-12-31" }')).toEqual(byKey(['bac-giang-2022', 'bac-giang-2024']));
    expect(await listIds(db, 'plans', 'filter: { provinceCode: "51", unitsAsOf: "2024-12-31" }')).toEqual(byKey(['ly-son-2022']));
    expect(await listIds(db, 'plans', 'filter: { districtCode: "719", unitsAsOf: "2024-12-31", year: 2021 }')).toEqual(byKey(['bau-bang-2021']));
    // Read today, "68" is the 2025 Lâm Đồng, which covers the old Bình Thuận.
    expect(await listIds(db, 'plans', 'filter: { provinceCode: "68" }')).toEqual(byKey(['binh-thuan-2024']));
  });

  it('reads one plan with its issuer, top-level targets, milestones by deadline and budget lines', async () => {
    const { data } = await gql(
      db,
      `query ($id: Int!) { plan(id: $id) {
      key year periodStart periodEnd issuedOn documentNumber issuerName
      issuer { code level }
      targets { key }
      milestones { key deadline scopeUnit { code } }
      budgetAllocations { source amount year recipientUnit { code } plan { key } }
    } }`,
      { id: plan['ly-son-2022'] },
    );
    expect(data.plan).toEqual({
      key: 'ly-son-2022',
      year: 2022,
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      issuedOn: '2022-04-01',
      documentNumber: null,
      issuerName: 'Ủy ban nhân dân huyện Lý Sơn',
      issuer: { code: '536', level: 'district' },
      targets: [{ key: 'ls2022-black-garlic-provincial' }, { key: 'ls2022-subjects-supported' }, { key: 'ls2022-every-village-product' }],
      milestones: [
        ['ls2022-training', '2022-06-30'],
        ['ls2022-consulting', '2022-06-30'],
        ['ls2022-product-development', '2022-06-30'],
        ['ls2022-sales-points', '2022-06-30'],
        ['ls2022-study-tour', '2022-09-30'],
        ['ls2022-evaluation', '2022-12-31'],
        ['ls2022-trade-promotion', '2022-12-31'],
        ['ls2022-tourism-scheme', '2022-12-31'],
        ['ls2022-bac-an-binh-tourism', '2022-12-31'],
        ['ls2022-review', '2022-12-31'],
      ].map(([key, deadline]) => ({ key, deadline, scopeUnit: { code: '536' } })),
      budgetAllocations: ['central', 'district', 'other'].map((source) => ({
        source,
        amount: null,
        year: 2022,
        recipientUnit: { code: '536' },
        plan: { key: 'ly-son-2022' },
      })),
    });
  });

  it('returns null for an unknown id', async () => {
    const { data } = await gql(db, `{ plan(id: 999999) { id } }`);
    expect(data.plan).toBeNull();
  });
});

describe('targets', () => {
  it('lists the targets of one plan by key, page by page, children included', async () => {
    const keys = [
      'bg2024-bac-giang-city-5star',
      'bg2024-cumulative-3star',
      'bg2024-each-district-new-3star',
      ...['213', '215', '216', '217', '218', '219', '220', '221', '222', '223'].map((d) => `bg2024-each-district-new-3star@${d}`),
      'bg2024-national-5star-candidates',
      'bg2024-upgraded',
      'bg2024-yen-the-5star-dossier',
    ];
    await expectPaging(db, 'targets', `filter: { planId: ${plan['bac-giang-2024']} }`, targetsByKey(keys), 5);
  });

  it('filters by metric and by scope unit, and orders by due date', async () => {
    const newCertified = await listIds(db, 'targets', 'filter: { metric: "new_certified_products" }');
    expect(newCertified).toHaveLength(7 + 20);
    const lucNgan = await listIds(db, 'targets', 'filter: { districtCode: "219", unitsAsOf: "2024-12-31" }');
    expect(lucNgan).toEqual(targetsByKey(['bg2022-each-district-new-3star@219', 'bg2024-each-district-new-3star@219']));
    expect(await listIds(db, 'targets', 'filter: { provinceCode: "24", unitsAsOf: "2024-12-31" }')).toHaveLength(15 + 16);
    const dueLast = await listIds(
      db,
      'targets',
      'filter: { provinceCode: "24", unitsAsOf: "2024-12-31", metric: "national_5star_candidates" }, orderBy: [{ field: DUE_DATE, direction: DESC }]',
    );
    expect(dueLast).toEqual(targetsByKey(['bg2024-yen-the-5star-dossier', 'bg2024-national-5star-candidates']));
  });

  it('resolves plan, scope unit, named products and per-district children', async () => {
    const { data } = await gql(
      db,
      `{ targets(filter: { metric: "new_certified_products", provinceCode: "24", unitsAsOf: "2024-12-31" }, first: 3) { edges { node {
      key params targetMin targetMax unit dueDate plan { key } scopeUnit { code }
      products { name } children { key targetMin targetMax scopeUnit { code } children { key } }
    } } } }`,
    );
    const [first, second, third] = data.targets.edges.map((e: { node: unknown }) => e.node);
    expect(first).toMatchObject({
      key: 'bg2022-each-district-new-3star',
      params: { minStars: 3, each: 'district' },
      targetMin: 2,
      targetMax: 3,
      unit: 'count',
      products: [],
    });
    expect(first.children).toHaveLength(10);
    expect(first.children[0]).toEqual({ key: 'bg2022-each-district-new-3star@213', targetMin: 2, targetMax: 3, scopeUnit: { code: '213' }, children: [] });
    expect(second).toMatchObject({ key: 'bg2022-each-district-new-3star@213', children: [], scopeUnit: { code: '213' }, plan: { key: 'bac-giang-2022' } });
    expect(third.key).toBe('bg2022-each-district-new-3star@215');
    const named = await gql(
      db,
      `{ targets(filter: { metric: "new_certified_products", provinceCode: "24", unitsAsOf: "2024-12-31" }, first: 1, orderBy: [{ field: KEY, direction: DESC }]) { edges { node { key products { name } } } } }`,
    );
    expect(named.data.targets.edges[0].node.key).toBe('bg2024-each-district-new-3star@223');
    const national = await gql(db, `query ($id: Int!) { plan(id: $id) { targets { key products { name } } } }`, { id: plan['bac-giang-2022'] });
    expect(national.data.plan.targets.find((t: { key: string }) => t.key === 'bg2022-national-5star').products.map((p: { name: string }) => p.name)).toEqual([
      'Gà đồi Yên Thế',
      'Mỳ gạo Chũ',
      'Vải thiều Lục Ngạn',
    ]);
  });
});
