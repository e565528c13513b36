// What a viewer may not see, the same way everywhere: a unit named outside
// the read scope is refused with FORBIDDEN by every root field that takes one;
// a related row outside it reads as null and never fails the page around it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
let officer: Record<string, string>;
let analyst219: Record<string, string>;

const one = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as Record<string, any>[])[0];

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
  officer = await authHeader(db, Role.district_officer, '219');
  analyst219 = await authHeader(db, Role.analyst, '219');
});

describe('a unit named outside the read scope', () => {
  // Each root field that takes a unit code, asked about Bình Thuận (60) by a Bắc Giang district officer.
  const cases: [string, string, string][] = [
    [
      'districtComparison',
      `{ districtComparison(provinceCode: "60", metric: "certified_products", from: "2024-01-01", to: "2024-12-31") { rows { actual } } }`,
      'provinceCode',
    ],
    ['kpis', `{ kpis(unitCode: "60", year: 2024, asOf: "2024-12-31") { actual } }`, 'unitCode'],
    ['alerts', `{ alerts(unitCode: "60", asOf: "2024-12-31") { kind } }`, 'unitCode'],
    ['analytics', `{ analytics(measure: CERTIFIED_PRODUCTS, filter: { provinceCode: "60", unitsAsOf: "2024-12-31" }) { asOf } }`, 'filter.provinceCode'],
    ['products', `{ products(first: 5, filter: { provinceCode: "60", unitsAsOf: "2024-12-31" }) { totalCount } }`, 'filter.provinceCode'],
    ['subjects', `{ subjects(first: 5, filter: { districtCode: "593", unitsAsOf: "2024-12-31" }) { totalCount } }`, 'filter.districtCode'],
    ['disbursements', `{ disbursements(first: 5, filter: { provinceCode: "60", unitsAsOf: "2024-12-31" }) { totalCount } }`, 'filter.provinceCode'],
    [
      'reportingPeriods',
      `{ reportingPeriods(unitCode: "60", kind: quarter, from: "2024-01-01", to: "2024-12-31", unitsAsOf: "2024-12-31") { summary { approved } } }`,
      'unitCode',
    ],
    ['periodicReport', `{ periodicReport(unitCode: "60", period: year, year: 2024) { asOf } }`, 'unitCode'],
    ['periodicReportFile', `{ periodicReportFile(unitCode: "60", period: year, year: 2024, format: DOCX) { byteSize } }`, 'unitCode'],
  ];

  it.each(cases)('%s refuses with FORBIDDEN naming the argument', async (_field, query, argument) => {
    const { json } = await hub.post({ query }, officer);
    expect(json.data ?? null).toBeNull();
    expect(json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', argument });
    expect(json.errors[0].message).toMatch(/outside what you may read \(Tỉnh Bắc Giang\)|outside the units you may read/);
  });

  it('answers the same fields for the viewer’s own province', async () => {
    const { json } = await hub.post(
      { query: `{ districtComparison(provinceCode: "24", metric: "certified_products", from: "2024-01-01", to: "2024-12-31") { rows { actual } } }` },
      officer,
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.districtComparison.rows.length).toBeGreaterThan(5);
  });
});

describe('a related row outside the read scope', () => {
  it('reads as null without failing the products page (a product whose subject is in another province)', async () => {
    const product = await one(
      `SELECT p.id, p.code FROM product p JOIN admin_unit_closure c ON c.descendant_id = p.unit_id JOIN admin_unit u ON u.id = c.ancestor_id WHERE u.key = '219' ORDER BY p.id LIMIT 1`,
    );
    const foreign = await one(
      `SELECT s.id FROM subject s JOIN admin_unit_closure c ON c.descendant_id = s.unit_id JOIN admin_unit u ON u.id = c.ancestor_id WHERE u.key = '60' LIMIT 1`,
    );
    // As data arrives from before the rules, or from the 2025 reorganisation: the database allows it.
    await db.query('UPDATE product SET subject_id = $1 WHERE id = $2', [foreign.id, product.id]);
    const page = await hub.post(
      { query: `{ products(first: 5, filter: { search: "${product.code}" }) { edges { node { code subject { name } } } } }` },
      officer,
    );
    expect(page.json.errors).toBeUndefined();
    expect(page.json.data.products.edges).toContainEqual({ node: { code: product.code, subject: null } });
    const single = await hub.post({ query: `{ product(id: ${product.id}) { code subject { name } } }` }, officer);
    expect(single.json).toEqual({ data: { product: { code: product.code, subject: null } } });
  });

  it('reads as null for a target whose plan is the province’s, for a reader of one district', async () => {
    const { json } = await hub.post({ query: `{ targets(first: 50) { edges { node { key plan { key } } } } }` }, analyst219);
    expect(json.errors).toBeUndefined();
    const rows: { node: { key: string; plan: { key: string } | null } }[] = json.data.targets.edges;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.node.plan === null)).toBe(true);
  });

  it('reads as null for a payment drawn on an allocation outside the reader’s scope', async () => {
    const payment = await one(
      `SELECT d.id FROM disbursement d JOIN admin_unit_closure c ON c.descendant_id = d.unit_id JOIN admin_unit u ON u.id = c.ancestor_id WHERE u.key = '219' AND d.deleted_at IS NULL LIMIT 1`,
    );
    const elsewhere = await one(`SELECT b.id FROM budget_allocation b JOIN admin_unit u ON u.id = b.recipient_unit_id WHERE u.key = '220' LIMIT 1`);
    await db.query('UPDATE disbursement SET allocation_id = $1 WHERE id = $2', [elsewhere.id, payment.id]);
    const { json } = await hub.post(
      { query: `{ disbursements(first: 500, filter: { districtCode: "219", unitsAsOf: "2024-12-31" }) { edges { node { id allocation { id } } } } }` },
      analyst219,
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.disbursements.edges).toContainEqual({ node: { id: payment.id, allocation: null } });
  });
});
