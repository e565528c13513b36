// The metric catalogue: every target of every plan is measured by one of these.
// Bump a definition's version whenever its rule changes, so figures on earlier
// slides can be traced to the rule that produced them.
import sql, { empty } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { validCertificateAt } from '../evaluations/certificate-validity.ts';
import type { MetricDefinition, RowsContext } from './metric-definition.ts';

const between = (column: Sql, ctx: RowsContext) => sql`${column} >= ${ctx.periodStart} AND ${column} <= ${ctx.at}`;
const optional = (value: unknown, condition: Sql) => (value === undefined || value === null ? empty : condition);
const minStars = (ctx: RowsContext) => ctx.params.minStars ?? 3;

/** Each product's latest valid certificate at ctx.at (inside the scope). */
function currentCertificates(ctx: RowsContext): Sql {
  return sql`(SELECT DISTINCT ON (c.product_id) c.product_id, c.stars, c.level, p.unit_id, p.subject_id, p.product_group
              FROM certificate c JOIN product p ON p.id = c.product_id
              WHERE ${validCertificateAt('c', ctx.at)} AND ${ctx.inScope(sql`p.unit_id`)} AND ${scopedProduct(ctx, sql`c.product_id`)}
              ORDER BY c.product_id, c.decided_on DESC, c.id DESC)`;
}

/** A certificate's product lies in the scope: lets inner aggregates skip the rest of the country. */
const scopedProduct = (ctx: RowsContext, productId: Sql) => sql`${productId} IN (SELECT sp.id FROM product sp WHERE ${ctx.inScope(sql`sp.unit_id`)})`;

/** Products whose first certificate of at least minStars (of `level`, when given) falls in the period. */
function firstCertifiedRows(ctx: RowsContext, extra: Sql): Sql {
  return sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den
             FROM product p
             JOIN (SELECT c.product_id, min(c.decided_on) AS first_on FROM certificate c
                   WHERE c.deleted_at IS NULL AND c.stars >= ${minStars(ctx)} AND ${scopedProduct(ctx, sql`c.product_id`)}
                     ${optional(ctx.params.level, sql`AND c.level = ${ctx.params.level}`)}
                   GROUP BY c.product_id) fc ON fc.product_id = p.id
             WHERE ${between(sql`fc.first_on`, ctx)} AND ${ctx.inScope(sql`p.unit_id`)} ${extra}`;
}

const certifiedProducts: MetricDefinition = {
  id: 'certified_products',
  version: 1,
  label: { vi: 'Sản phẩm OCOP còn hiệu lực', en: 'Products with a valid certificate' },
  rule: 'Products whose latest valid certificate on the date (not expired after 36 months, not revoked) has between minStars (default 3) and maxStars stars; with `level`, only certificates of that level.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT cur.unit_id, cur.product_id AS item_id, true AS flag, 1 AS num, 1 AS den
    FROM ${currentCertificates(ctx)} cur
    WHERE cur.stars BETWEEN ${minStars(ctx)} AND ${ctx.params.maxStars ?? 5}
      ${optional(ctx.params.level, sql`AND cur.level = ${ctx.params.level}`)}`,
};

const newCertifiedProducts: MetricDefinition = {
  id: 'new_certified_products',
  version: 2,
  label: { vi: 'Sản phẩm mới đạt OCOP', en: 'Newly certified products' },
  rule: 'Products whose first certificate of at least minStars (default 3) stars was decided within the period; re-certification after expiry does not count as new. v2: with `level`, only certificates of that level count (5★ targets name level central: only the central level recognises 5★).',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => firstCertifiedRows(ctx, empty),
};

const upgradedProducts: MetricDefinition = {
  id: 'upgraded_products',
  version: 1,
  label: { vi: 'Sản phẩm được nâng hạng sao', en: 'Products raised a star' },
  rule: 'Products with a certificate decided within the period that has more stars than the product’s previous certificate.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den
    FROM (SELECT c.product_id, c.decided_on, c.stars,
                 lag(c.stars) OVER (PARTITION BY c.product_id ORDER BY c.decided_on, c.id) AS previous_stars
          FROM certificate c WHERE c.deleted_at IS NULL AND ${scopedProduct(ctx, sql`c.product_id`)}) c
    JOIN product p ON p.id = c.product_id
    WHERE c.stars > c.previous_stars AND ${between(sql`c.decided_on`, ctx)} AND ${ctx.inScope(sql`p.unit_id`)}`,
};

const nationalCandidates: MetricDefinition = {
  id: 'national_5star_candidates',
  version: 1,
  label: { vi: 'Sản phẩm đề xuất đánh giá 5 sao quốc gia', en: 'Products proposed for national 5★' },
  rule: 'Products evaluated within the period that the province proposed for national 5★ evaluation, or that a central council evaluated.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den
    FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id JOIN product p ON p.id = e.product_id
    WHERE (e.proposed_for_central OR r.level = 'central') AND ${between(sql`e.evaluated_on`, ctx)} AND ${ctx.inScope(sql`p.unit_id`)}
      AND ${scopedProduct(ctx, sql`e.product_id`)}`,
};

const namedProductsCertified: MetricDefinition = {
  id: 'named_products_certified',
  version: 1,
  label: { vi: 'Sản phẩm được nêu tên đạt OCOP', en: 'Named products certified' },
  rule: 'Of the products the target names, those holding on the date a valid certificate of at least minStars at the given level (or above).',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  rows: (ctx) => {
    const levels =
      ctx.params.level === 'district' ? ['district', 'province', 'central'] : ctx.params.level === 'province' ? ['province', 'central'] : ['central'];
    return sql`SELECT cur.unit_id, cur.product_id AS item_id, true AS flag, 1 AS num, 1 AS den
      FROM ${currentCertificates(ctx)} cur
      WHERE cur.product_id = ANY(${ctx.params.productIds ?? []}::int[]) AND cur.stars >= ${minStars(ctx)} AND cur.level = ANY(${levels}::text[])`;
  },
};

const subjects: MetricDefinition = {
  id: 'subjects',
  version: 1,
  label: { vi: 'Chủ thể OCOP', en: 'OCOP subjects' },
  rule: 'Subjects registered on or before the date (those without a registration date always count), optionally of one type.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT s.unit_id, s.id AS item_id, true AS flag, 1 AS num, 1 AS den FROM subject s
    WHERE (s.registered_on IS NULL OR s.registered_on <= ${ctx.at}) AND ${ctx.inScope(sql`s.unit_id`)}
      ${optional(ctx.params.type, sql`AND s.type = ${ctx.params.type}`)}`,
};

const cooperativeShare: MetricDefinition = {
  id: 'cooperative_share',
  version: 1,
  label: { vi: 'Tỷ lệ chủ thể là hợp tác xã', en: 'Cooperative share of subjects' },
  rule: 'Among subjects owning at least one product with a valid certificate on the date, the percentage that are cooperatives; a ratio of counts at every level.',
  unit: 'percent',
  kind: 'stock',
  rollup: 'distinct_share',
  rows: (ctx) => sql`SELECT s.unit_id, s.id AS item_id, s.type = 'cooperative' AS flag, 1 AS num, 1 AS den
    FROM subject s WHERE s.id IN (SELECT cur.subject_id FROM ${currentCertificates(ctx)} cur)`,
};

const valueChainSubjects: MetricDefinition = {
  id: 'value_chain_subjects',
  version: 1,
  label: { vi: 'Tổ chức kinh tế liên kết chuỗi giá trị', en: 'Subjects linked to a value chain' },
  rule: 'Subjects marked as linked to a value chain and registered on or before the date.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT s.unit_id, s.id AS item_id, true AS flag, 1 AS num, 1 AS den FROM subject s
    WHERE s.value_chain_linked AND (s.registered_on IS NULL OR s.registered_on <= ${ctx.at}) AND ${ctx.inScope(sql`s.unit_id`)}`,
};

const communesWithProducts: MetricDefinition = {
  id: 'communes_with_products',
  version: 1,
  label: { vi: 'Xã có sản phẩm đăng ký', en: 'Communes with a registered product' },
  rule: 'Lowest-level units (communes; a district without communes counts as one) with at least one product registered on or before the date. In percent: their share of all such units existing on the date.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  percentRollup: 'distinct_share',
  rows: (ctx) => sql`SELECT u.id AS unit_id, u.id AS item_id,
        EXISTS (SELECT 1 FROM product p WHERE p.unit_id = u.id AND (p.registered_on IS NULL OR p.registered_on <= ${ctx.at})) AS flag,
        1 AS num, 1 AS den
    FROM admin_unit u
    WHERE ${ctx.inScope(sql`u.id`)}
      AND COALESCE(u.valid_from, '-infinity') <= ${ctx.at} AND COALESCE(u.valid_to, 'infinity') >= ${ctx.at}
      AND (u.level = 'commune' OR (u.level = 'district' AND NOT EXISTS (
            SELECT 1 FROM admin_unit ch WHERE ch.parent_id = u.id
              AND COALESCE(ch.valid_from, '-infinity') <= ${ctx.at} AND COALESCE(ch.valid_to, 'infinity') >= ${ctx.at})))`,
};

const sourceCondition = (ctx: RowsContext, column: Sql) => optional(ctx.params.source, sql`AND ${column} = ${ctx.params.source}`);
const allocationRows = (ctx: RowsContext) => sql`SELECT a.recipient_unit_id AS unit_id, a.id AS item_id, true AS flag, 0 AS num, a.amount AS den
    FROM budget_allocation a
    WHERE a.amount IS NOT NULL AND ${between(sql`make_date(a.year, 1, 1)`, ctx)} AND ${ctx.inScope(sql`a.recipient_unit_id`)}
      ${sourceCondition(ctx, sql`a.source`)}`;
const disbursementRows = (ctx: RowsContext) => sql`SELECT d.unit_id, d.id AS item_id, true AS flag, d.amount AS num, 0 AS den
    FROM disbursement d JOIN budget_allocation a ON a.id = d.allocation_id
    WHERE d.deleted_at IS NULL AND ${between(sql`d.disbursed_on`, ctx)} AND ${ctx.inScope(sql`d.unit_id`)}
      ${sourceCondition(ctx, sql`a.source`)}`;

const allocatedVnd: MetricDefinition = {
  id: 'allocated_vnd',
  version: 1,
  label: { vi: 'Kinh phí được phân bổ', en: 'Funds allocated' },
  rule: 'Sum of allocations for the budget years from the period start to the date, optionally from one source. Allocations without an amount are left out.',
  unit: 'vnd',
  kind: 'flow',
  rollup: 'sum',
  rows: (ctx) => sql`SELECT unit_id, item_id, flag, den AS num, den FROM (${allocationRows(ctx)}) a`,
};

const disbursedVnd: MetricDefinition = {
  id: 'disbursed_vnd',
  version: 1,
  label: { vi: 'Kinh phí đã giải ngân', en: 'Funds disbursed' },
  rule: 'Sum of disbursements (not deleted) paid from the period start to the date, optionally from one source.',
  unit: 'vnd',
  kind: 'flow',
  rollup: 'sum',
  rows: disbursementRows,
};

/** Payments counted against the allocation they were paid from, wherever they were made. */
const paidFromAllocationRows = (ctx: RowsContext) => sql`SELECT a.recipient_unit_id AS unit_id, d.id AS item_id, true AS flag, d.amount AS num, 0 AS den
    FROM disbursement d JOIN budget_allocation a ON a.id = d.allocation_id
    WHERE d.deleted_at IS NULL AND a.amount IS NOT NULL AND ${between(sql`d.disbursed_on`, ctx)}
      AND ${between(sql`make_date(a.year, 1, 1)`, ctx)} AND ${ctx.inScope(sql`a.recipient_unit_id`)}
      ${sourceCondition(ctx, sql`a.source`)}`;

const disbursementRate: MetricDefinition = {
  id: 'disbursement_rate',
  version: 2,
  label: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' },
  rule: '100 × paid ÷ allocated, over the allocations received by units in the scope for the budget years of the period; each payment counts against the allocation it was paid from (v1 compared payments by place of payment, which overstated districts paying from provincial funds). A ratio of sums at every level.',
  unit: 'percent',
  kind: 'flow',
  rollup: 'ratio_of_sums',
  rows: (ctx) => sql`${allocationRows(ctx)} UNION ALL ${paidFromAllocationRows(ctx)}`,
};

const audienceCondition = (ctx: RowsContext) => optional(ctx.params.audience, sql`AND t.audience = ${ctx.params.audience}`);

const trainingClasses: MetricDefinition = {
  id: 'training_classes',
  version: 1,
  label: { vi: 'Lớp tập huấn', en: 'Training classes' },
  rule: 'Classes that started within the period, optionally for one audience.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT t.unit_id, t.id AS item_id, true AS flag, 1 AS num, 1 AS den FROM training_class t
    WHERE ${between(sql`t.starts_on`, ctx)} AND ${ctx.inScope(sql`t.unit_id`)} ${audienceCondition(ctx)}`,
};

const learnersTrained: MetricDefinition = {
  id: 'learners_trained',
  version: 1,
  label: { vi: 'Lượt học viên được tập huấn', en: 'Learners trained' },
  rule: 'Learners who attended classes that started within the period and ended by the date.',
  unit: 'people',
  kind: 'flow',
  rollup: 'sum',
  rows: (ctx) => sql`SELECT t.unit_id, t.id AS item_id, true AS flag, COALESCE(t.actual_learners, 0) AS num, t.planned_learners AS den
    FROM training_class t
    WHERE ${between(sql`t.starts_on`, ctx)} AND t.ends_on <= ${ctx.at} AND ${ctx.inScope(sql`t.unit_id`)} ${audienceCondition(ctx)}`,
};

const trainingCoverage: MetricDefinition = {
  ...learnersTrained,
  id: 'training_coverage',
  label: { vi: 'Tỷ lệ học viên được tập huấn so với kế hoạch', en: 'Training coverage' },
  rule: '100 × learners who attended ÷ learners planned, over classes that started within the period and ended by the date.',
  unit: 'percent',
  rollup: 'ratio_of_sums',
};

const promotionEvents: MetricDefinition = {
  id: 'promotion_events',
  version: 1,
  label: { vi: 'Hoạt động xúc tiến thương mại', en: 'Trade-promotion events' },
  rule: 'Events that started within the period, optionally in one scope (in-province, out-of-province, international).',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT e.unit_id, e.id AS item_id, true AS flag, 1 AS num, 1 AS den FROM promotion_event e
    WHERE ${between(sql`e.starts_on`, ctx)} AND ${ctx.inScope(sql`e.unit_id`)}
      ${optional(ctx.params.scope, sql`AND e.scope = ${ctx.params.scope}`)}`,
};

const salesPoints: MetricDefinition = {
  id: 'sales_points',
  version: 1,
  label: { vi: 'Điểm bán sản phẩm OCOP', en: 'OCOP sales points' },
  rule: 'Status "upgraded": points upgraded within the period; status "new": new points opened within the period.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => {
    const date = ctx.params.status === 'upgraded' ? sql`sp.upgraded_on` : sql`sp.opened_on`;
    return sql`SELECT sp.unit_id, sp.id AS item_id, true AS flag, 1 AS num, 1 AS den FROM sales_point sp
      WHERE sp.status = ${ctx.params.status ?? 'new'} AND ${between(date, ctx)} AND ${ctx.inScope(sql`sp.unit_id`)}`;
  },
};

const tourismProducts: MetricDefinition = {
  id: 'tourism_products',
  version: 1,
  label: { vi: 'Sản phẩm dịch vụ du lịch cộng đồng', en: 'Community-tourism products' },
  rule: 'Products of the community/rural tourism group first certified at minStars (default 3) or more within the period.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => firstCertifiedRows(ctx, sql`AND p.product_group = 'tourism'`),
};

const expiringCertificates: MetricDefinition = {
  id: 'expiring_certificates',
  version: 1,
  label: { vi: 'Giấy chứng nhận sắp hết hạn', en: 'Certificates expiring soon' },
  rule: 'Products whose valid certificate on the date expires within the next `months` (default 6).',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den
    FROM certificate c JOIN product p ON p.id = c.product_id
    WHERE ${validCertificateAt('c', ctx.at)} AND ${ctx.inScope(sql`p.unit_id`)}
      AND c.expires_on <= (${ctx.at} + make_interval(months => ${ctx.params.months ?? 6}))::date`,
};

const subjectsSupported: MetricDefinition = {
  id: 'subjects_supported',
  version: 1,
  label: { vi: 'Chủ thể được hỗ trợ', en: 'Subjects supported' },
  rule: 'Distinct subjects that received a disbursement within the period.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  rows: (ctx) => sql`SELECT d.unit_id, d.subject_id AS item_id, true AS flag, 1 AS num, 1 AS den FROM disbursement d
    WHERE d.subject_id IS NOT NULL AND d.deleted_at IS NULL AND ${between(sql`d.disbursed_on`, ctx)} AND ${ctx.inScope(sql`d.unit_id`)}`,
};

export const METRICS: readonly MetricDefinition[] = [
  certifiedProducts,
  newCertifiedProducts,
  upgradedProducts,
  nationalCandidates,
  namedProductsCertified,
  subjects,
  cooperativeShare,
  valueChainSubjects,
  communesWithProducts,
  allocatedVnd,
  disbursedVnd,
  disbursementRate,
  trainingClasses,
  learnersTrained,
  trainingCoverage,
  promotionEvents,
  salesPoints,
  tourismProducts,
  expiringCertificates,
  subjectsSupported,
];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function findMetric(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}
