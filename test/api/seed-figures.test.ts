// Every figure of the five plans, read back through GraphQL exactly as analysts
// will read it: if a plan file or the loader drifts from the source documents, this fails.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';

interface TargetNode {
  key: string;
  metric: string;
  params: Record<string, unknown>;
  targetMin: number;
  targetMax: number | null;
  unit: string;
  dueDate: string;
  scopeUnit: { code: string; level: string };
  products: { name: string }[];
  children: { key: string; targetMin: number; targetMax: number | null; dueDate: string; scopeUnit: { code: string; level: string } }[];
}
interface PlanNode {
  key: string;
  year: number;
  issuer: { code: string };
  targets: TargetNode[];
  milestones: { key: string; kind: string; deadline: string; scopeUnit: { code: string } }[];
  budgetAllocations: { source: string; amount: string | null; year: number; recipientUnit: { code: string } }[];
}

let plans: Record<string, PlanNode>;
beforeAll(async () => {
  const { db }: { db: DataSource } = await cloneDatabase('tpl_seed');
  const { data } = await gql(
    db,
    `{ plans(first: 50) { totalCount edges { node {
    key year issuer { code }
    targets {
      key metric params targetMin targetMax unit dueDate scopeUnit { code level } products { name }
      children { key targetMin targetMax dueDate scopeUnit { code level } }
    }
    milestones { key kind deadline scopeUnit { code } }
    budgetAllocations { source amount year recipientUnit { code } }
  } } } }`,
  );
  expect(data.plans.totalCount).toBe(5);
  plans = Object.fromEntries(data.plans.edges.map((e: { node: PlanNode }) => [e.node.key, e.node]));
});

function target(planKey: string, key: string): TargetNode {
  const found = plans[planKey].targets.find((t) => t.key === key);
  if (!found) throw new Error(`${planKey} has no top-level target ${key}`);
  return found;
}

function milestone(planKey: string, key: string) {
  const found = plans[planKey].milestones.find((m) => m.key === key);
  if (!found) throw new Error(`${planKey} has no milestone ${key}`);
  return found;
}

function budget(planKey: string): Record<string, string | null> {
  return Object.fromEntries(plans[planKey].budgetAllocations.map((b) => [b.source, b.amount]));
}

const BAC_GIANG_DISTRICTS = ['213', '215', '216', '217', '218', '219', '220', '221', '222', '223'];

describe('Bắc Giang 2024', () => {
  const key = 'bac-giang-2024';

  it('is issued by the province for 2024', () => {
    expect(plans[key]).toMatchObject({ year: 2024, issuer: { code: '24' } });
    expect(plans[key].targets.map((t) => t.key)).toEqual([
      'bg2024-cumulative-3star',
      'bg2024-national-5star-candidates',
      'bg2024-upgraded',
      'bg2024-each-district-new-3star',
      'bg2024-bac-giang-city-5star',
      'bg2024-yen-the-5star-dossier',
    ]);
  });

  it('targets at least 350 products recognised at 3★+ cumulatively ("lũy kế")', () => {
    expect(target(key, 'bg2024-cumulative-3star')).toMatchObject({
      metric: 'recognised_products',
      params: { minStars: 3 },
      targetMin: 350,
      targetMax: null,
      unit: 'count',
      dueDate: '2024-12-31',
      scopeUnit: { code: '24' },
    });
  });

  it('asks every one of the 10 districts for at least 10 new 3★+ products', () => {
    const t = target(key, 'bg2024-each-district-new-3star');
    expect(t).toMatchObject({ metric: 'new_certified_products', params: { minStars: 3, each: 'district' }, targetMin: 10, targetMax: null });
    expect(t.children.map((c) => c.scopeUnit.code)).toEqual(BAC_GIANG_DISTRICTS);
    for (const child of t.children) {
      expect(child).toMatchObject({ targetMin: 10, targetMax: null, dueDate: '2024-12-31', scopeUnit: { level: 'district' } });
    }
  });

  it('asks Bắc Giang city for 2 five-star products, at least 5 upgraded, at least 2 national 5★ candidates', () => {
    expect(target(key, 'bg2024-bac-giang-city-5star')).toMatchObject({
      metric: 'new_certified_products',
      params: { minStars: 5 },
      targetMin: 2,
      scopeUnit: { code: '213' },
    });
    expect(target(key, 'bg2024-upgraded')).toMatchObject({ metric: 'upgraded_products', targetMin: 5, targetMax: null, scopeUnit: { code: '24' } });
    expect(target(key, 'bg2024-national-5star-candidates')).toMatchObject({
      metric: 'national_5star_candidates',
      targetMin: 2,
      targetMax: null,
      scopeUnit: { code: '24' },
    });
  });

  it('asks Yên Thế for 1 national 5★ dossier by 31 March 2025', () => {
    expect(target(key, 'bg2024-yen-the-5star-dossier')).toMatchObject({
      metric: 'national_5star_candidates',
      targetMin: 1,
      targetMax: null,
      dueDate: '2025-03-31',
      scopeUnit: { code: '215' },
    });
  });

  it('budgets 20,967,000,000 VND = central 5,867,000,000 + provincial 8,970,000,000 + district 6,130,000,000', () => {
    const lines = budget(key);
    expect(lines).toEqual({ central: '5867000000', provincial: '8970000000', district: '6130000000', other: null });
    const total = Object.values(lines).reduce((sum, amount) => sum + BigInt(amount ?? 0), 0n);
    expect(total).toBe(20_967_000_000n);
    expect(plans[key].budgetAllocations.every((b) => b.year === 2024 && b.recipientUnit.code === '24')).toBe(true);
  });

  it('sets the evaluation rounds and the ceremony, earliest first', () => {
    expect(milestone(key, 'bg2024-district-round-1')).toMatchObject({ kind: 'district_round', deadline: '2024-06-15' });
    expect(milestone(key, 'bg2024-district-round-2')).toMatchObject({ kind: 'district_round', deadline: '2024-10-15' });
    expect(milestone(key, 'bg2024-province-round-1')).toMatchObject({ kind: 'province_round', deadline: '2024-07-10' });
    expect(milestone(key, 'bg2024-province-round-2')).toMatchObject({ kind: 'province_round', deadline: '2024-10-30' });
    expect(milestone(key, 'bg2024-ceremony')).toMatchObject({ kind: 'ceremony', deadline: '2024-12-15' });
    const deadlines = plans[key].milestones.map((m) => m.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(plans[key].milestones).toHaveLength(12);
  });
});

describe('Bình Thuận 2024', () => {
  const key = 'binh-thuan-2024';

  it('targets 4 classes and about 220 learners', () => {
    expect(plans[key].issuer.code).toBe('60');
    expect(target(key, 'bt2024-training-classes')).toMatchObject({ metric: 'training_classes', targetMin: 4, targetMax: null, unit: 'count' });
    expect(target(key, 'bt2024-learners')).toMatchObject({ metric: 'learners_trained', targetMin: 220, targetMax: null, unit: 'people', params: {} });
  });

  it('targets 20 new 3★+ products and a 35% cooperative share', () => {
    expect(target(key, 'bt2024-new-3star')).toMatchObject({ metric: 'new_certified_products', params: { minStars: 3 }, targetMin: 20 });
    expect(target(key, 'bt2024-cooperative-share')).toMatchObject({ metric: 'cooperative_share', targetMin: 35, unit: 'percent' });
  });

  it('targets 3–5 out-of-province events, 1 upgraded and 2 new sales points', () => {
    expect(target(key, 'bt2024-out-of-province-promotion')).toMatchObject({
      metric: 'promotion_events',
      params: { scope: 'out_of_province' },
      targetMin: 3,
      targetMax: 5,
    });
    expect(target(key, 'bt2024-sales-point-upgraded')).toMatchObject({ metric: 'sales_points', params: { status: 'upgraded' }, targetMin: 1, targetMax: null });
    expect(target(key, 'bt2024-sales-points-new')).toMatchObject({ metric: 'sales_points', params: { status: 'new' }, targetMin: 2, targetMax: null });
    expect(plans[key].targets.every((t) => t.scopeUnit.code === '60' && t.dueDate === '2024-12-31')).toBe(true);
  });
});

describe('Bắc Giang 2022', () => {
  const key = 'bac-giang-2022';

  it('targets 25–30 new 3★+ products, 2–3 in each of the 10 districts', () => {
    expect(target(key, 'bg2022-new-3star')).toMatchObject({ metric: 'new_certified_products', params: { minStars: 3 }, targetMin: 25, targetMax: 30 });
    const each = target(key, 'bg2022-each-district-new-3star');
    expect(each).toMatchObject({ targetMin: 2, targetMax: 3, params: { minStars: 3, each: 'district' } });
    expect(each.children.map((c) => c.scopeUnit.code)).toEqual(BAC_GIANG_DISTRICTS);
    expect(each.children.every((c) => c.targetMin === 2 && c.targetMax === 3)).toBe(true);
  });

  it('targets 5–10 upgraded products and names the national 5★ candidates', () => {
    expect(target(key, 'bg2022-upgraded')).toMatchObject({ metric: 'upgraded_products', targetMin: 5, targetMax: 10 });
    expect(target(key, 'bg2022-national-5star').products.map((p) => p.name)).toEqual(['Gà đồi Yên Thế', 'Mỳ gạo Chũ', 'Vải thiều Lục Ngạn']);
  });

  it('budgets 6,400,000,000 VND', () => {
    expect(budget(key)).toEqual({ central: '6400000000' });
  });
});

describe('Bàu Bàng 2021', () => {
  const key = 'bau-bang-2021';

  it('targets at least 4 communes with products, 1 class and 1–3 products at 3★', () => {
    expect(plans[key].issuer.code).toBe('719');
    expect(target(key, 'bb2021-communes-with-products')).toMatchObject({
      metric: 'communes_with_products',
      targetMin: 4,
      targetMax: null,
      unit: 'count',
      scopeUnit: { code: '719' },
    });
    expect(target(key, 'bb2021-training-class')).toMatchObject({ metric: 'training_classes', targetMin: 1 });
    expect(target(key, 'bb2021-3star')).toMatchObject({ metric: 'new_certified_products', params: { minStars: 3 }, targetMin: 1, targetMax: 3 });
  });
});

describe('Lý Sơn 2022', () => {
  const key = 'ly-son-2022';

  it('links the three black-garlic products to their provincial-level target', () => {
    const t = target(key, 'ls2022-black-garlic-provincial');
    expect(t).toMatchObject({ metric: 'named_products_certified', params: { minStars: 3, level: 'province' }, targetMin: 3, scopeUnit: { code: '536' } });
    expect(t.products.map((p) => p.name)).toEqual(['Rượu tỏi đen', 'Tỏi đen cô đơn', 'Tỏi đen nhiều nhánh']);
  });

  it('targets 2–4 subjects supported', () => {
    expect(target(key, 'ls2022-subjects-supported')).toMatchObject({ metric: 'subjects_supported', targetMin: 2, targetMax: 4 });
  });
});
