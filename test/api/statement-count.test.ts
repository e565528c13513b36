// A request costs a constant number of SQL statements whatever the page size:
// every relation is batched through a DataLoader. Each query below runs at
// first: 10 and first: 100 and must issue exactly the statements counted here,
// one per list plus one per loader batch (a batch whose keys are all cached costs none).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';

const N = 110;

let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  // Only these fixtures in the lists below: the template's own rows of these tables go.
  await db.query(`TRUNCATE certificate, evaluation, evaluation_round, disbursement, training_class,
    promotion_event, promotion_event_product, promotion_event_subject, sales_point RESTART IDENTITY CASCADE`);
  // Pre-2025 communes in five disjoint sets of N (set k holds numbers k*N+1 … (k+1)*N), so that
  // no relation's units are all cached by an earlier one and every batch shows in the count.
  await db.query(`
    CREATE TEMP TABLE fx_unit AS
      SELECT id, row_number() OVER (ORDER BY key)::int AS n FROM admin_unit WHERE level = 'commune' AND key NOT LIKE '2025:%';
    CREATE TEMP TABLE fx AS SELECT g AS n FROM generate_series(1, ${N}) AS g;
    CREATE FUNCTION pg_temp.unit_of(set_no int, n int) RETURNS int LANGUAGE sql AS
      $$ SELECT id FROM fx_unit WHERE fx_unit.n = set_no * ${N} + ((n - 1) % ${N}) + 1 $$;

    -- 150 products, each certified, owned by N subjects (some own two).
    INSERT INTO subject (code, name, type, unit_id) SELECT 'SC-S' || n, 'Chủ thể thống kê ' || lpad(n::text, 3, '0'), 'cooperative', pg_temp.unit_of(1, n) FROM fx;
    INSERT INTO product (code, name, product_group, subject_id, unit_id, status)
      SELECT 'SC-P' || g, 'Sản phẩm thống kê ' || lpad(g::text, 3, '0'), 'food', s.id, pg_temp.unit_of(0, g), 'certified'
      FROM generate_series(1, 150) AS g JOIN subject s ON s.code = 'SC-S' || (1 + (g - 1) % ${N});
    INSERT INTO evaluation_round (level, year, sequence, unit_id) SELECT 'province', 2030, 1, id FROM admin_unit WHERE key = '24';
    INSERT INTO evaluation (round_id, product_id, score_a, score_b, score_c, evaluated_on)
      SELECT 1, p.id, 15, 15, 30, current_date - 40 FROM product p WHERE p.code LIKE 'SC-P%';
    INSERT INTO certificate (evaluation_id, product_id, level, stars, decision_number, decided_on)
      SELECT e.id, e.product_id, 'province', 3, 'QĐ-' || e.id, current_date - 30 FROM evaluation e;

    -- N plans for 2030, each with a target (one named product, one per-unit child), two
    -- milestones, one budget line with three payments (one deleted), a class, an event and a sales point.
    INSERT INTO plan (key, issuer_unit_id, issuer_name, year, period_start, period_end, title)
      SELECT 'fx-' || lpad(n::text, 3, '0'), pg_temp.unit_of(0, n), 'UBND xã', 2030, '2030-01-01', '2030-12-31', 'Kế hoạch ' || n FROM fx;
    INSERT INTO target (key, plan_id, metric, scope_unit_id, target_min, unit, due_date, wording)
      SELECT pl.key || '-t', pl.id, 'new_certified_products', pg_temp.unit_of(2, fx.n), 1, 'count', '2030-12-31', 'Mục tiêu'
      FROM fx JOIN plan pl ON pl.key = 'fx-' || lpad(fx.n::text, 3, '0');
    INSERT INTO target (key, plan_id, parent_target_id, metric, scope_unit_id, target_min, unit, due_date, wording)
      SELECT t.key || '@1', t.plan_id, t.id, t.metric, pg_temp.unit_of(3, fx.n), 1, 'count', '2030-12-31', 'Mục tiêu con'
      FROM fx JOIN target t ON t.key = 'fx-' || lpad(fx.n::text, 3, '0') || '-t';
    INSERT INTO target_product (target_id, product_id)
      SELECT t.id, p.id FROM fx JOIN target t ON t.key = 'fx-' || lpad(fx.n::text, 3, '0') || '-t' JOIN product p ON p.code = 'SC-P' || fx.n;
    INSERT INTO milestone (key, plan_id, kind, title, deadline, scope_unit_id)
      SELECT pl.key || '-m' || k, pl.id, 'district_round', 'Đánh giá', DATE '2030-06-01' + k, pg_temp.unit_of(4, fx.n)
      FROM fx JOIN plan pl ON pl.key = 'fx-' || lpad(fx.n::text, 3, '0'), generate_series(1, 2) AS k;
    INSERT INTO budget_allocation (plan_id, year, source, amount, recipient_unit_id, activity)
      SELECT pl.id, 2030, 'district', 1000000000, pl.issuer_unit_id, 'Kinh phí' FROM plan pl WHERE pl.year = 2030;
    INSERT INTO disbursement (allocation_id, disbursed_on, unit_id, amount, activity, subject_id, deleted_at)
      SELECT b.id, DATE '2030-03-01' + k, pg_temp.unit_of(2, b.id), 1000000 * k, 'Đợt ' || k,
             (SELECT id FROM subject WHERE code = 'SC-S' || (1 + b.id % ${N})), CASE WHEN k = 3 THEN now() END
      FROM budget_allocation b, generate_series(1, 3) AS k WHERE b.year = 2030;
    INSERT INTO training_class (organiser, topic, audience, unit_id, starts_on, ends_on, planned_learners, plan_id)
      SELECT 'UBND xã', 'Lớp ' || pl.key, 'mixed', pg_temp.unit_of(1, pl.id), '2030-03-01', '2030-03-02', 30, pl.id FROM plan pl WHERE pl.year = 2030;
    INSERT INTO promotion_event (name, kind, scope, unit_id, starts_on, ends_on, revenue)
      SELECT 'Hội chợ ' || n, 'fair', 'in_province', pg_temp.unit_of(2, n), '2030-04-01', '2030-04-03', 1000000 * n FROM fx;
    INSERT INTO promotion_event_product (event_id, product_id)
      SELECT e.id, p.id FROM promotion_event e JOIN product p ON p.code IN ('SC-P' || e.id, 'SC-P' || (e.id + 40));
    INSERT INTO promotion_event_subject (event_id, subject_id)
      SELECT e.id, s.id FROM promotion_event e JOIN subject s ON s.code IN ('SC-S' || e.id, 'SC-S' || (1 + e.id % ${N}));
    INSERT INTO sales_point (name, unit_id, status, opened_on, subject_id)
      SELECT 'Điểm bán ' || n, pg_temp.unit_of(3, n), 'new', '2030-01-01', s.id FROM fx JOIN subject s ON s.code = 'SC-S' || fx.n;
  `);
});

/** Statements issued by `query` at page size `first`, after checking the page is full. */
async function statementsAt(query: string, first: number): Promise<number> {
  const { data, statements } = await gql(db, query, { first });
  const [connection] = Object.values(data) as { edges: unknown[] }[];
  expect(connection.edges).toHaveLength(first);
  return statements;
}

async function expectConstant(query: string, expected: number): Promise<void> {
  expect(await statementsAt(query, 10)).toBe(expected);
  expect(await statementsAt(query, 100)).toBe(expected);
}

describe('statements per request do not grow with the page', () => {
  it('products with subject, unit, district, province and rating: 1', async () => {
    // The page's own statement joins the relations it is asked for and primes the loaders.
    await expectConstant(
      `query ($first: Int!) { products(first: $first) { edges { node {
        subject { name } unit { name district { name } province { name } } currentCertificate { stars }
      } } } }`,
      1,
    );
  });

  it('products with cursors, page info, fragments and the unit chain, as graphql-jit answers them: 1', async () => {
    await expectConstant(
      `query ($first: Int!) { products(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node {
        ...P unit { ...U district { ...U province { ...U } } province { ...U } } } } } }
      fragment P on Product { __typename name code subject { name type } currentCertificate { stars decidedOn expiresOn } }
      fragment U on AdminUnit { name code level }`,
      1,
    );
  });

  it('subjects with unit, products and their ratings: 5', async () => {
    // page; unit, products; district/province, currentCertificate.
    await expectConstant(
      `query ($first: Int!) { subjects(first: $first, filter: { search: "chu the thong ke" }) { edges { node {
        name unit { name district { name } province { name } } products { name currentCertificate { stars } }
      } } } }`,
      5,
    );
  });

  it('evaluations with round, product, certificate and back: 7', async () => {
    // page; round, product, certificate; round unit, product subject, certificate evaluation
    // (certificate.product is the evaluation's own product, already cached).
    await expectConstant(
      `query ($first: Int!) { evaluations(first: $first, filter: { year: 2030 }) { edges { node {
        stars round { level unit { name } } product { name subject { name } }
        certificate { stars evaluation { id } product { name } }
      } } } }`,
      7,
    );
  });

  it('plans with issuer, targets (plan, scope, products, children), milestones and budget: 12', async () => {
    // page; issuer, targets, milestones, budgetAllocations; target plan, target scope, products,
    // children, milestone scope, disbursedAmount; child scope.
    await expectConstant(
      `query ($first: Int!) { plans(first: $first, filter: { year: 2030 }) { edges { node {
        key issuer { name }
        targets { plan { key } scopeUnit { name } products { name } children { key scopeUnit { name } } }
        milestones { deadline scopeUnit { name } }
        budgetAllocations { amount disbursedAmount }
      } } } }`,
      12,
    );
  });

  it('budget allocations with plan, recipient, payments and amount paid: 8', async () => {
    // page; plan, recipientUnit, disbursements, disbursedAmount; the recipient's province, payment units
    // (a separate unit batch: their payments arrive in another statement's result), payment subjects.
    await expectConstant(
      `query ($first: Int!) { budgetAllocations(first: $first, filter: { year: 2030 }) { edges { node {
        amount disbursedAmount plan { key } recipientUnit { name province { name } }
        disbursements { amount unit { name } subject { name } }
      } } } }`,
      8,
    );
  });

  it('disbursements with allocation, plan, unit and subject: 6', async () => {
    // page; allocation, unit, subject; plan, district.
    await expectConstant(
      `query ($first: Int!) { disbursements(first: $first, filter: { year: 2030 }) { edges { node {
        amount allocation { source plan { key } } unit { name district { name } } subject { name }
      } } } }`,
      6,
    );
  });

  it('training classes with unit and plan: 5', async () => {
    // page; unit, plan; province, plan issuer.
    await expectConstant(
      `query ($first: Int!) { trainingClasses(first: $first, filter: { year: 2030 }) { edges { node {
        topic unit { name province { name } } plan { key issuer { name } }
      } } } }`,
      5,
    );
  });

  it('promotion events with unit, products and subjects: 6', async () => {
    // page; unit, products, subjects; product subject, subject unit.
    await expectConstant(
      `query ($first: Int!) { promotionEvents(first: $first, filter: { year: 2030 }) { edges { node {
        name unit { name } products { name subject { name } } subjects { name unit { name } }
      } } } }`,
      6,
    );
  });

  it('sales points with unit and subject: 4', async () => {
    // page; unit, subject; the subject's products.
    await expectConstant(
      `query ($first: Int!) { salesPoints(first: $first) { edges { node {
        name unit { name } subject { name products { name } }
      } } } }`,
      4,
    );
  });
});
