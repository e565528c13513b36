// Every figure by either map: the units before the 2025 reform (old provinces,
// districts, communes) or today's (new provinces, communes). Each record counts
// in exactly one unit of each map, so a province's totals are equal under both;
// a split commune's records go to its first part, flagged; a 2026 plan of the
// new Bắc Ninh counts what old Bắc Giang recorded.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { today } from '../../server/common/dates.ts';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';
import { unitId } from './mutations-support.ts';

let db: DataSource;
const OLD_MAP = '2025-06-30';
const NOW = today();

const PAY = 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }';
const ANALYTICS = `query ($groupBy: [AnalyticsDimension!]!, $filter: AnalyticsFilter) {
  analytics(measure: DISBURSED_VND, groupBy: $groupBy, filter: $filter) { rows { keys { key } exact } total { exact } }
}`;

async function disbursed(groupBy: string[], filter: Record<string, unknown>) {
  const { data } = await gql(db, ANALYTICS, { groupBy, filter });
  const rows = data.analytics.rows as { keys: { key: string | null }[]; exact: string }[];
  return { total: BigInt(data.analytics.total.exact), rows, sum: rows.reduce((n, r) => n + BigInt(r.exact), 0n) };
}

async function pay(unitKey: string, disbursedOn: string, amount: string, allocationKey: string): Promise<void> {
  const [{ id: allocationId }] = await db.query(
    `INSERT INTO budget_allocation (year, source, amount, recipient_unit_id, activity) VALUES ($1, 'provincial', 900000000, $2, $3) RETURNING id`,
    [Number(disbursedOn.slice(0, 4)), await unitId(db, unitKey), allocationKey],
  );
  await gql(db, PAY, { input: { allocationId, disbursedOn, unitId: await unitId(db, unitKey), amount, activity: allocationKey } });
}

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  // Thanh Hải (07549) was split between Phường Chũ and Xã Biên Sơn; Chũ, a commune of today, took over old Chũ.
  await pay('07549', '2024-05-06', '7000000', 'Thanh Hải 2024');
  await pay('2025:07525', '2026-03-10', '11000000', 'Chũ 2026');
});

describe('both maps', () => {
  it('keep a province’s totals: today’s Bắc Ninh equals the old provinces it took over, over every year', async () => {
    const { data } = await gql(db, '{ adminUnit(code: "24") { key predecessors { key code } } }');
    expect(data.adminUnit.key).toBe('2025:24');
    const predecessors = data.adminUnit.predecessors.map((p: { code: string }) => p.code);
    expect(predecessors).toContain('24');
    const now = await disbursed([], { provinceCode: '24', mapOn: NOW });
    let before = 0n;
    for (const code of predecessors) before += (await disbursed([], { provinceCode: code, mapOn: OLD_MAP })).total;
    expect(now.total).toBeGreaterThan(0n);
    expect(before).toBe(now.total);
    // Records after the reform count on the old map too, and those before it on today's.
    for (const [from, to] of [
      ['2024-01-01', '2024-12-31'],
      ['2026-01-01', '2026-12-31'],
    ]) {
      const n = await disbursed([], { provinceCode: '24', mapOn: NOW, dateFrom: from, dateTo: to });
      const o = await disbursed([], { provinceCode: '24', mapOn: OLD_MAP, dateFrom: from, dateTo: to });
      expect(n.total, from).toBeGreaterThan(0n);
      expect(o.total, from).toBe(n.total);
    }
  });

  it('count each record in exactly one unit of a tier: old districts, today’s communes', async () => {
    const districts = await disbursed(['DISTRICT'], { provinceCode: '24', mapOn: OLD_MAP });
    expect(districts.rows.filter((r) => r.keys[0].key !== null)).toHaveLength(10);
    expect(districts.sum).toBe(districts.total);
    const communes = await disbursed(['COMMUNE'], { provinceCode: '24', mapOn: NOW });
    expect(communes.rows.every((r) => r.keys[0].key === null || !['07549'].includes(r.keys[0].key))).toBe(true);
    expect(communes.sum).toBe(communes.total);
    expect(communes.total).toBe(districts.total);
  });

  it('put a split commune’s records in its first part, once, and flag it', async () => {
    const { data } = await gql(db, '{ adminUnit(code: "07549", asOf: "2024-01-01") { name successor { key } splitInto { key name } } }');
    expect(data.adminUnit).toEqual({
      name: 'Thanh Hải',
      successor: { key: '2025:07525' },
      splitInto: [
        { key: '2025:07525', name: 'Chũ' },
        { key: '2025:07537', name: 'Biên Sơn' },
      ],
    });
    // A payment to Thanh Hải adds to Chũ alone on today's map, and to the province once.
    const totals = async () =>
      Promise.all(
        [{ communeCode: '07525' }, { communeCode: '07537' }, { provinceCode: '24' }].map(async (unit) => (await disbursed([], { ...unit, mapOn: NOW })).total),
      );
    const before = await totals();
    await pay('07549', '2024-08-20', '5000000', 'Thanh Hải 2024 (2)');
    const after = await totals();
    expect(after.map((t, i) => t - before[i])).toEqual([5_000_000n, 0n, 5_000_000n]);

    const comparison = await gql(
      db,
      `{ districtComparison(provinceCode: "24", metric: "disbursed_vnd", from: "2024-01-01", to: "2024-12-31", mapOn: "${NOW}") {
          provinceValue rows { district { key level } actual attributed { unit { key } countedIn { key } rule } } } }`,
    );
    const rows = comparison.data.districtComparison.rows as {
      district: { key: string; level: string };
      actual: number;
      attributed: { unit: { key: string }; countedIn: { key: string }; rule: string }[];
    }[];
    expect(rows.every((r) => r.district.level === 'commune')).toBe(true);
    const flagged = rows.filter((r) => r.attributed.some((a) => a.rule === 'split'));
    expect(flagged.map((r) => [r.district.key, r.attributed.filter((a) => a.rule === 'split')])).toEqual([
      ['2025:07525', [{ unit: { key: '07549' }, countedIn: { key: '2025:07525' }, rule: 'split' }]],
    ]);
    // Records of an old district (its successor is the province) count in the province, in no commune.
    expect(rows.reduce((n, r) => n + (r.actual ?? 0), 0)).toBeLessThanOrEqual(comparison.data.districtComparison.provinceValue);
  });

  it('read old districts after the reform: a 2026 payment of today’s Chũ counts in Lục Ngạn on the old map, flagged by rule', async () => {
    const recorded = await gql(db, '{ disbursements(filter: { districtCode: "219", unitsAsOf: "2024-01-01", disbursedFrom: "2026-01-01" }) { totalCount } }');
    expect(recorded.data.disbursements.totalCount).toBe(0);
    const mapped = await gql(db, `{ disbursements(filter: { districtCode: "219", mapOn: "${OLD_MAP}", disbursedFrom: "2026-01-01" }) { totalCount } }`);
    expect(mapped.data.disbursements.totalCount).toBeGreaterThan(0);
    const comparison = await gql(
      db,
      `{ districtComparison(provinceCode: "24", metric: "disbursed_vnd", from: "2026-01-01", to: "2026-06-30", mapOn: "${OLD_MAP}") {
          provinceValue rows { district { code } actual attributed { unit { key } countedIn { key } rule } } } }`,
    );
    const c = comparison.data.districtComparison;
    expect(c.rows).toHaveLength(10);
    const lucNgan = c.rows.find((r: { district: { code: string } }) => r.district.code === '219');
    expect(lucNgan.actual).toBeGreaterThanOrEqual(11_000_000);
    expect(lucNgan.attributed).toContainEqual({ unit: { key: '2025:07525' }, countedIn: { key: '07525' }, rule: 'predecessor' });
    // Records of today's province itself count in the old province that kept its code, in no district.
    expect(c.rows.reduce((n: number, r: { actual: number | null }) => n + (r.actual ?? 0), 0)).toBeLessThanOrEqual(c.provinceValue);
  });
});

describe('a 2026 plan of today’s Bắc Ninh', () => {
  it('is tracked from the records of every old unit it took over, old Bắc Giang’s included', async () => {
    const bacNinh = await unitId(db, '2025:24');
    const plan = await gql(db, 'mutation ($input: PlanInput!) { createPlan(input: $input) { id } }', {
      input: {
        key: 'bac-ninh-2026',
        issuerUnitId: bacNinh,
        issuerName: 'Ủy ban nhân dân tỉnh Bắc Ninh',
        year: 2026,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        title: 'Kế hoạch thực hiện Chương trình OCOP tỉnh Bắc Ninh năm 2026',
      },
    });
    const planId = plan.data.createPlan.id;
    const target = (key: string, metric: string, params: object, targetMin: number, unit: string) =>
      gql(db, 'mutation ($input: TargetInput!) { createTarget(input: $input) { id } }', {
        input: { key, planId, metric, params, scopeUnitId: bacNinh, targetMin, unit, dueDate: '2026-12-31', wording: key },
      });
    await target('bn2026-3star', 'certified_products', { minStars: 3 }, 500, 'count');
    await target('bn2026-disbursed', 'disbursed_vnd', {}, 1_000_000_000, 'vnd');
    const { data } = await gql(
      db,
      `{ targetProgress(planId: ${planId}, asOf: "2026-11-20") { targets { target { key } actual sourceRows approval { state } } } }`,
    );
    const [certified, money] = data.targetProgress.targets;
    // Products keep the commune they registered in: all but the newest lie in old Bắc Giang's communes.
    const [{ old, all }] = await db.query(
      `SELECT count(DISTINCT p.id) FILTER (WHERE u.valid_to IS NOT NULL)::int AS old, count(DISTINCT p.id)::int AS all
       FROM product p JOIN admin_unit u ON u.id = p.unit_id
       JOIN admin_unit_closure cl ON cl.descendant_id = p.unit_id AND cl.ancestor_id = $1
       JOIN certificate c ON c.product_id = p.id AND c.deleted_at IS NULL AND c.stars >= 3 AND c.decided_on <= '2026-11-20'
         AND c.expires_on >= '2026-11-20' AND (c.revoked_on IS NULL OR c.revoked_on > '2026-11-20')`,
      [bacNinh],
    );
    expect(old).toBeGreaterThan(0);
    expect(certified.actual).toBe(all);
    expect(money.actual).toBeGreaterThanOrEqual(11_000_000);
    expect(money.approval.state).toBe('not_approved');
  });

  it('an old province’s 2025 target reads to 30/6/2025 as recorded, and to its due date on the old map', async () => {
    const bacGiang = await unitId(db, '24');
    const [{ id: planId }] = await db.query(
      `INSERT INTO plan (key, issuer_unit_id, issuer_name, year, period_start, period_end, title)
       VALUES ('bac-giang-2025-maps', $1, 'UBND tỉnh Bắc Giang', 2025, '2025-01-01', '2025-12-31', 'Kế hoạch thử') RETURNING id`,
      [bacGiang],
    );
    await db.query(
      `INSERT INTO target (key, plan_id, metric, params, scope_unit_id, target_min, unit, due_date, wording)
       VALUES ('bg2025-maps-disbursed', $1, 'disbursed_vnd', '{}', $2, 1000000000, 'vnd', '2025-12-31', 'Giải ngân năm 2025')`,
      [planId, bacGiang],
    );
    const read = async (mapOn: string | null) =>
      (
        await gql(
          db,
          `query ($mapOn: LocalDate) { targetProgress(planId: ${planId}, asOf: "2025-12-31", mapOn: $mapOn) { targets { measuredOn actual mapOn } } }`,
          { mapOn },
        )
      ).data.targetProgress.targets[0];
    expect(await read(null)).toMatchObject({ measuredOn: '2025-06-30', mapOn: null });
    const mapped = await read(OLD_MAP);
    expect(mapped).toMatchObject({ measuredOn: '2025-12-31', mapOn: OLD_MAP });
    const year = await disbursed([], { provinceCode: '24', mapOn: OLD_MAP, dateFrom: '2025-01-01', dateTo: '2025-12-31' });
    expect(BigInt(mapped.actual)).toBe(year.total);
  });
});
