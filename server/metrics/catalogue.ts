// The metric catalogue: the one place a figure is defined. Targets, KPIs,
// district comparisons, alerts and `analytics` all read these definitions.
// Bump a definition's version whenever its rule changes, so figures on earlier
// slides can be traced to the rule that produced them (docs/targets.md lists
// every metric with its version, generated from this file).
import sql, { empty, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { FundingSource } from '../budgets/budget.entity.ts';
import { currentCertificatesOn } from '../evaluations/certificate-validity.ts';
import { EvaluationLevel } from '../evaluations/evaluation.entity.ts';
import { EventScope, SalesPointStatus } from '../promotion/promotion.entity.ts';
import { SubjectType } from '../subjects/subject.entity.ts';
import { TrainingAudience } from '../training/training-class.entity.ts';
import { intConstant, type MetricDefinition, type ParamName, type ParamSpec, type RowsContext } from './metric-definition.ts';

const between = (column: Sql, ctx: RowsContext) => sql`${column} >= ${ctx.periodStart} AND ${column} <= ${ctx.at}`;
const optional = (value: unknown, condition: Sql) => (value === undefined || value === null ? empty : condition);
const minStars = (ctx: RowsContext) => intConstant(ctx.params.minStars ?? 3);
const starBand = (ctx: RowsContext, stars: Sql) => sql`${stars} BETWEEN ${minStars(ctx)} AND ${intConstant(ctx.params.maxStars ?? 5)}`;

/** The parameters metrics declare, each with the values it takes. */
const PARAM: Record<ParamName, ParamSpec> = {
  minStars: { type: 'int', min: 1, max: 5, label: { vi: 'số sao tối thiểu', en: 'fewest stars' } },
  maxStars: { type: 'int', min: 1, max: 5, label: { vi: 'số sao tối đa', en: 'most stars' } },
  level: { type: 'choice', values: Object.values(EvaluationLevel), label: { vi: 'cấp công nhận', en: 'recognising level' } },
  type: { type: 'choice', values: Object.values(SubjectType), label: { vi: 'loại chủ thể', en: 'subject type' } },
  source: { type: 'choice', values: Object.values(FundingSource), label: { vi: 'nguồn vốn', en: 'funding source' } },
  audience: { type: 'choice', values: Object.values(TrainingAudience), label: { vi: 'đối tượng tập huấn', en: 'audience' } },
  scope: { type: 'choice', values: Object.values(EventScope), label: { vi: 'phạm vi sự kiện', en: 'event scope' } },
  status: { type: 'choice', values: Object.values(SalesPointStatus), label: { vi: 'trạng thái điểm bán', en: 'sales point status' } },
  months: { type: 'int', min: 1, max: 60, label: { vi: 'số tháng tới', en: 'months ahead' } },
};
const params = (...names: ParamName[]) => Object.fromEntries(names.map((n) => [n, PARAM[n]]));

/** The legal form of a row's subject, for analytics (dropped by the planner where nothing reads it). */
const subjectType = (subjectId: Sql) => sql`(SELECT st.type FROM subject st WHERE st.id = ${subjectId})`;
/** A product's fact columns, from alias `p`: its group and its subject's legal form. */
const productFacts = (p: string) => sql`${raw(p)}.product_group, ${subjectType(raw(`${p}.subject_id`))} AS subject_type`;
const PRODUCT_COLUMNS = ['product_group', 'stars', 'subject_type'] as const;

/**
 * Each product's current certificate at ctx.at (inside the scope), with the product's unit, subject and group.
 * The unit is the validity row's own; the product is a left join on its key (every certificate has its product),
 * which PostgreSQL leaves out of a count that reads none of its columns.
 */
function currentCertificates(ctx: RowsContext): Sql {
  return sql`(SELECT cv.product_id, cv.stars, cv.level, cv.expires_on, cv.unit_id, p.subject_id, ${productFacts('p')}
              FROM ${currentCertificatesOn(ctx.at)} cv LEFT JOIN product p ON p.id = cv.product_id
              WHERE ${ctx.inScope(sql`cv.unit_id`)})`;
}

/** A certificate's product lies in the scope: lets inner aggregates skip the rest of the country. */
const scopedProduct = (ctx: RowsContext, productId: Sql) => sql`${productId} IN (SELECT sp.id FROM product sp WHERE ${ctx.inScope(sql`sp.unit_id`)})`;

/** Products whose first certificate of at least minStars (of `level`, when given) falls in the period; `stars` are that certificate's. */
function firstCertifiedRows(ctx: RowsContext, extra: Sql): Sql {
  return sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den, fc.first_on AS on_date, fc.stars, ${productFacts('p')}
             FROM product p
             JOIN (SELECT c.product_id, min(c.decided_on) AS first_on, (array_agg(c.stars ORDER BY c.decided_on, c.id))[1] AS stars
                   FROM certificate c
                   WHERE c.deleted_at IS NULL AND c.stars >= ${minStars(ctx)} AND ${scopedProduct(ctx, sql`c.product_id`)}
                     ${optional(ctx.params.level, sql`AND c.level = ${ctx.params.level}`)}
                   GROUP BY c.product_id) fc ON fc.product_id = p.id
             WHERE ${between(sql`fc.first_on`, ctx)} AND ${ctx.inScope(sql`p.unit_id`)} ${extra}`;
}

const certifiedProducts: MetricDefinition = {
  id: 'certified_products',
  version: 1,
  label: { vi: 'Sản phẩm OCOP còn hiệu lực', en: 'Products with a valid certificate' },
  rule: 'Products whose current certificate on the date (valid: not expired after 36 months, not revoked, not deleted) has between minStars (default 3) and maxStars stars; with `level`, only certificates of that level. One reading of a cumulative count ("valid on the date"); recognised_products is the other.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  params: params('minStars', 'maxStars', 'level'),
  columns: PRODUCT_COLUMNS,
  otherReading: 'recognised_products',
  oneRowPerItem: true,
  rows: (ctx) => sql`SELECT cur.unit_id, cur.product_id AS item_id, true AS flag, 1 AS num, 1 AS den, cur.product_group, cur.stars, cur.subject_type
    FROM ${currentCertificates(ctx)} cur
    WHERE ${starBand(ctx, sql`cur.stars`)} ${optional(ctx.params.level, sql`AND cur.level = ${ctx.params.level}`)}`,
};

/** Products recognised on ctx.at; with `dates`, on each of them at once (grouped by date as well, `series_at`). */
function recognisedRows(ctx: RowsContext, dates?: Sql): Sql {
  return sql`SELECT ${dates ? sql`metric_date.at AS series_at, ` : empty}p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den,
           max(c.stars) AS stars, ${productFacts('p')}
    FROM certificate c JOIN product p ON p.id = c.product_id ${dates ? sql`CROSS JOIN ${dates}` : empty}
    WHERE c.deleted_at IS NULL AND c.decided_on <= ${ctx.at} AND (c.revoked_on IS NULL OR c.revoked_on > ${ctx.at})
      AND ${starBand(ctx, sql`c.stars`)} ${optional(ctx.params.level, sql`AND c.level = ${ctx.params.level}`)}
      AND ${ctx.inScope(sql`p.unit_id`)}
    GROUP BY ${dates ? sql`metric_date.at, ` : empty}p.id`;
}

const recognisedProducts: MetricDefinition = {
  id: 'recognised_products',
  version: 1,
  label: { vi: 'Sản phẩm OCOP lũy kế (đã công nhận, chưa bị thu hồi)', en: 'Products recognised to date (cumulative, not revoked)' },
  rule: 'Products with a certificate of minStars (default 3) to maxStars stars (of `level`, when given) decided on or before the date and not revoked by then, not deleted; a certificate that has since expired still counts. The plans’ "lũy kế" reading of a cumulative count; certified_products is the other ("valid on the date"). Stars: the most of those certificates.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  params: params('minStars', 'maxStars', 'level'),
  columns: PRODUCT_COLUMNS,
  otherReading: 'certified_products',
  oneRowPerItem: true,
  rows: (ctx) => recognisedRows(ctx),
  seriesRows: (ctx, dates) => recognisedRows(ctx, dates),
};

const newCertifiedProducts: MetricDefinition = {
  id: 'new_certified_products',
  version: 2,
  label: { vi: 'Sản phẩm mới đạt OCOP', en: 'Newly certified products' },
  rule: 'Products whose first certificate of at least minStars (default 3) stars (of `level`, when given) was decided within the period; re-certification after expiry does not count as new; stars are that first certificate’s. v2: with `level`, only certificates of that level count (5★ targets name level central: only the central level recognises 5★).',
  unit: 'count',
  kind: 'flow',
  eventDated: true,
  oneRowPerItem: true,
  rollup: 'distinct_count',
  params: params('minStars', 'level'),
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => firstCertifiedRows(ctx, empty),
};

const upgradedProducts: MetricDefinition = {
  id: 'upgraded_products',
  version: 1,
  label: { vi: 'Sản phẩm được nâng hạng sao', en: 'Products raised a star' },
  rule: 'Products with a certificate decided within the period that has more stars than the product’s previous certificate.',
  unit: 'count',
  kind: 'flow',
  eventDated: true,
  rollup: 'distinct_count',
  params: {},
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den, c.decided_on AS on_date, c.stars, ${productFacts('p')}
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
  eventDated: true,
  rollup: 'distinct_count',
  params: {},
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den, e.evaluated_on AS on_date, e.stars, ${productFacts('p')}
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
  params: params('minStars', 'level'),
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => {
    const levels =
      ctx.params.level === 'district' ? ['district', 'province', 'central'] : ctx.params.level === 'province' ? ['province', 'central'] : ['central'];
    return sql`SELECT cur.unit_id, cur.product_id AS item_id, true AS flag, 1 AS num, 1 AS den, cur.product_group, cur.stars, cur.subject_type
      FROM ${currentCertificates(ctx)} cur
      WHERE cur.product_id = ANY(${ctx.params.productIds ?? []}::int[]) AND cur.stars >= ${minStars(ctx)} AND cur.level = ANY(${levels}::text[])`;
  },
};

const registeredProducts: MetricDefinition = {
  id: 'registered_products',
  version: 1,
  label: { vi: 'Sản phẩm tham gia Chương trình', en: 'Products in the programme' },
  rule: 'Products registered with the programme on or before the date; a product without a registration date (an idea, or a registration not dated) always counts.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  params: {},
  columns: ['product_group', 'subject_type'],
  rows: (ctx) => sql`SELECT p.unit_id, p.id AS item_id, true AS flag, 1 AS num, 1 AS den, ${productFacts('p')}
    FROM product p WHERE (p.registered_on IS NULL OR p.registered_on <= ${ctx.at}) AND ${ctx.inScope(sql`p.unit_id`)}`,
};

const certificatesIssued: MetricDefinition = {
  id: 'certificates_issued',
  version: 1,
  label: { vi: 'Giấy chứng nhận được cấp', en: 'Certificates issued' },
  rule: 'Certificates (not deleted; revoked ones included) decided within the period, counted one by one: a product certified twice counts twice.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  params: {},
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => sql`SELECT p.unit_id, c.id AS item_id, true AS flag, 1 AS num, 1 AS den, c.decided_on AS on_date, c.stars, ${productFacts('p')}
    FROM certificate c JOIN product p ON p.id = c.product_id
    WHERE c.deleted_at IS NULL AND ${between(sql`c.decided_on`, ctx)} AND ${ctx.inScope(sql`p.unit_id`)}`,
};

const evaluations: MetricDefinition = {
  id: 'evaluations',
  version: 1,
  label: { vi: 'Lượt đánh giá, phân hạng', en: 'Evaluations scored' },
  rule: 'Evaluations of products scored within the period, one per product and round; stars are those the score gives.',
  unit: 'count',
  kind: 'flow',
  eventDated: true,
  rollup: 'distinct_count',
  params: {},
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => sql`SELECT p.unit_id, e.id AS item_id, true AS flag, 1 AS num, 1 AS den, e.evaluated_on AS on_date, e.stars, ${productFacts('p')}
    FROM evaluation e JOIN product p ON p.id = e.product_id
    WHERE ${between(sql`e.evaluated_on`, ctx)} AND ${ctx.inScope(sql`p.unit_id`)}`,
};

const subjects: MetricDefinition = {
  id: 'subjects',
  version: 1,
  label: { vi: 'Chủ thể OCOP', en: 'OCOP subjects' },
  rule: 'Subjects registered on or before the date (those without a registration date always count), optionally of one type.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  params: params('type'),
  columns: ['subject_type'],
  rows: (ctx) => sql`SELECT s.unit_id, s.id AS item_id, true AS flag, 1 AS num, 1 AS den, s.type AS subject_type FROM subject s
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
  params: {},
  columns: ['subject_type'],
  noBasis: {
    vi: 'không có chủ thể nào trong phạm vi có sản phẩm còn hiệu lực chứng nhận vào ngày này',
    en: 'no subject in the scope held a product with a valid certificate on that date',
  },
  rows: (ctx) => sql`SELECT s.unit_id, s.id AS item_id, s.type = 'cooperative' AS flag, 1 AS num, 1 AS den, s.type AS subject_type
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
  params: {},
  columns: ['subject_type'],
  rows: (ctx) => sql`SELECT s.unit_id, s.id AS item_id, true AS flag, 1 AS num, 1 AS den, s.type AS subject_type FROM subject s
    WHERE s.value_chain_linked AND (s.registered_on IS NULL OR s.registered_on <= ${ctx.at}) AND ${ctx.inScope(sql`s.unit_id`)}`,
};

/** Whether the commune `u` has a product that counts: registered by the date, or with minStars a valid certificate of that many. */
function communeHasProduct(ctx: RowsContext): Sql {
  if (ctx.params.minStars === undefined) {
    return sql`EXISTS (SELECT 1 FROM product p WHERE p.unit_id = u.id AND (p.registered_on IS NULL OR p.registered_on <= ${ctx.at}))`;
  }
  return sql`EXISTS (SELECT 1 FROM ${currentCertificatesOn(ctx.at)} cv JOIN product p ON p.id = cv.product_id
                     WHERE p.unit_id = u.id AND cv.stars >= ${ctx.params.minStars})`;
}

const communesWithProducts: MetricDefinition = {
  id: 'communes_with_products',
  version: 2,
  label: { vi: 'Xã có sản phẩm OCOP', en: 'Communes with an OCOP product' },
  rule: 'Communes existing on the date with at least one product registered on or before it; with minStars, with at least one product holding a valid certificate of that many stars on the date. In percent: their share of all communes of the scope existing on the date. v1 also counted a district without communes as one unit, so a target for such a district (Lý Sơn) was met by any one product; v2 counts communes only, and a scope without communes has no basis.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  percentRollup: 'distinct_share',
  params: params('minStars'),
  columns: [],
  noBasis: {
    vi: 'phạm vi không có đơn vị cấp xã nào vào ngày này (hub lưu xã, không lưu thôn)',
    en: 'the scope has no commune on that date (the hub records communes, not villages)',
  },
  rows: (ctx) => sql`SELECT u.id AS unit_id, u.id AS item_id, ${communeHasProduct(ctx)} AS flag, 1 AS num, 1 AS den
    FROM admin_unit u
    WHERE u.level = 'commune' AND ${ctx.inScope(sql`u.id`)}
      AND COALESCE(u.valid_from, '-infinity') <= ${ctx.at} AND COALESCE(u.valid_to, 'infinity') >= ${ctx.at}`,
};

const sourceCondition = (ctx: RowsContext, column: Sql) => optional(ctx.params.source, sql`AND ${column} = ${ctx.params.source}`);
/** Allocations with an amount received by units in the scope, for the budget years starting within the period. */
const allocationRows = (ctx: RowsContext) => sql`SELECT a.recipient_unit_id AS unit_id, a.id AS item_id, true AS flag, 0 AS num, a.amount AS den,
        make_date(a.year, 1, 1) AS on_date, a.source AS funding_source
    FROM budget_allocation a
    WHERE a.amount IS NOT NULL AND ${between(sql`make_date(a.year, 1, 1)`, ctx)} AND ${ctx.inScope(sql`a.recipient_unit_id`)}
      ${sourceCondition(ctx, sql`a.source`)}`;

/** "Disbursed against an allocation": payments counted to the allocation they were paid from, wherever they were made. */
const paidFromAllocationRows = (ctx: RowsContext) => sql`SELECT a.recipient_unit_id AS unit_id, d.id AS item_id, true AS flag, d.amount AS num, 0 AS den,
        d.disbursed_on AS on_date, a.source AS funding_source
    FROM disbursement d JOIN budget_allocation a ON a.id = d.allocation_id
    WHERE d.deleted_at IS NULL AND a.amount IS NOT NULL AND ${between(sql`d.disbursed_on`, ctx)}
      AND ${between(sql`make_date(a.year, 1, 1)`, ctx)} AND ${ctx.inScope(sql`a.recipient_unit_id`)}
      ${sourceCondition(ctx, sql`a.source`)}`;

const allocatedVnd: MetricDefinition = {
  id: 'allocated_vnd',
  version: 1,
  label: { vi: 'Kinh phí được phân bổ', en: 'Funds allocated' },
  rule: 'Sum of allocations received by units in the scope for the budget years from the period start to the date, optionally from one source. Allocations without an amount are left out.',
  unit: 'vnd',
  kind: 'flow',
  rollup: 'sum',
  params: params('source'),
  columns: ['funding_source'],
  rows: (ctx) => sql`SELECT unit_id, item_id, flag, den AS num, den, on_date, funding_source FROM (${allocationRows(ctx)}) a`,
};

const disbursedVnd: MetricDefinition = {
  id: 'disbursed_vnd',
  version: 1,
  label: { vi: 'Kinh phí đã giải ngân (theo đơn vị chi)', en: 'Funds disbursed (by paying unit)' },
  rule: 'Sum of disbursements (not deleted) paid from the period start to the date by units in the scope, whichever allocation they came from, optionally from one source. disbursed_from_allocation_vnd counts the same payments against the allocation instead.',
  unit: 'vnd',
  kind: 'flow',
  eventDated: true,
  rollup: 'sum',
  params: params('source'),
  columns: ['funding_source'],
  rows: (ctx) => sql`SELECT d.unit_id, d.id AS item_id, true AS flag, d.amount AS num, 0 AS den, d.disbursed_on AS on_date, a.source AS funding_source
    FROM disbursement d JOIN budget_allocation a ON a.id = d.allocation_id
    WHERE d.deleted_at IS NULL AND ${between(sql`d.disbursed_on`, ctx)} AND ${ctx.inScope(sql`d.unit_id`)}
      ${sourceCondition(ctx, sql`a.source`)}`,
};

const disbursedFromAllocationVnd: MetricDefinition = {
  id: 'disbursed_from_allocation_vnd',
  version: 1,
  label: { vi: 'Kinh phí đã giải ngân (theo đơn vị được phân bổ)', en: 'Funds disbursed (against the allocation)' },
  rule: 'Sum of disbursements (not deleted) paid from the period start to the date from allocations received by units in the scope for the budget years of the period, wherever the payment was made, optionally from one source: the numerator of disbursement_rate. disbursed_vnd counts the same payments by the unit that paid.',
  unit: 'vnd',
  kind: 'flow',
  rollup: 'sum',
  params: params('source'),
  columns: ['funding_source'],
  rows: paidFromAllocationRows,
};

const disbursementRate: MetricDefinition = {
  id: 'disbursement_rate',
  version: 2,
  label: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' },
  rule: '100 × paid ÷ allocated, over the allocations received by units in the scope for the budget years of the period; each payment counts against the allocation it was paid from (disbursed_from_allocation_vnd ÷ allocated_vnd). v1 compared payments by place of payment, which overstated districts paying from provincial funds. A ratio of sums at every level.',
  unit: 'percent',
  kind: 'flow',
  rollup: 'ratio_of_sums',
  params: params('source'),
  columns: ['funding_source'],
  noBasis: {
    vi: 'phạm vi không được phân bổ kinh phí (có số tiền) cho năm ngân sách của kỳ',
    en: 'no allocation with an amount was made to the scope for the budget years of the period',
  },
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
  params: params('audience'),
  columns: [],
  rows: (ctx) => sql`SELECT t.unit_id, t.id AS item_id, true AS flag, 1 AS num, 1 AS den, t.starts_on AS on_date FROM training_class t
    WHERE ${between(sql`t.starts_on`, ctx)} AND ${ctx.inScope(sql`t.unit_id`)} ${audienceCondition(ctx)}`,
};

/** "Learners trained": classes that started within the period and had ended by the date, with their learners. */
const learnerRows = (ctx: RowsContext) => sql`SELECT t.unit_id, t.id AS item_id, true AS flag, COALESCE(t.actual_learners, 0) AS num,
        t.planned_learners AS den, t.starts_on AS on_date
    FROM training_class t
    WHERE ${between(sql`t.starts_on`, ctx)} AND t.ends_on <= ${ctx.at} AND ${ctx.inScope(sql`t.unit_id`)} ${audienceCondition(ctx)}`;

const learnersTrained: MetricDefinition = {
  id: 'learners_trained',
  version: 1,
  label: { vi: 'Lượt học viên được tập huấn', en: 'Learners trained' },
  rule: 'Learners who attended classes that started within the period and ended by the date.',
  unit: 'people',
  kind: 'flow',
  rollup: 'sum',
  params: params('audience'),
  columns: [],
  rows: learnerRows,
};

const trainingCoverage: MetricDefinition = {
  id: 'training_coverage',
  version: 1,
  label: { vi: 'Tỷ lệ học viên được tập huấn so với kế hoạch', en: 'Training coverage' },
  rule: '100 × learners who attended ÷ learners planned, over classes that started within the period and ended by the date.',
  unit: 'percent',
  kind: 'flow',
  rollup: 'ratio_of_sums',
  params: params('audience'),
  columns: [],
  noBasis: {
    vi: 'chưa có lớp tập huấn nào của kỳ kết thúc vào ngày này',
    en: 'no class of the period had ended by that date',
  },
  rows: learnerRows,
};

const promotionEvents: MetricDefinition = {
  id: 'promotion_events',
  version: 1,
  label: { vi: 'Hoạt động xúc tiến thương mại', en: 'Trade-promotion events' },
  rule: 'Events that started within the period, optionally in one scope (in-province, out-of-province, international).',
  unit: 'count',
  kind: 'flow',
  eventDated: true,
  rollup: 'distinct_count',
  params: params('scope'),
  columns: [],
  rows: (ctx) => sql`SELECT e.unit_id, e.id AS item_id, true AS flag, 1 AS num, 1 AS den, e.starts_on AS on_date FROM promotion_event e
    WHERE ${between(sql`e.starts_on`, ctx)} AND ${ctx.inScope(sql`e.unit_id`)}
      ${optional(ctx.params.scope, sql`AND e.scope = ${ctx.params.scope}`)}`,
};

const salesPoints: MetricDefinition = {
  id: 'sales_points',
  version: 2,
  label: { vi: 'Điểm bán sản phẩm OCOP', en: 'OCOP sales points' },
  rule: 'With `status`: points of that status opened within the period ("upgraded": upgraded within the period). Without: every point opened within the period, whatever its status (v1 read a missing status as "new").',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  params: params('status'),
  columns: [],
  rows: (ctx) => {
    const date = ctx.params.status === 'upgraded' ? sql`sp.upgraded_on` : sql`sp.opened_on`;
    return sql`SELECT sp.unit_id, sp.id AS item_id, true AS flag, 1 AS num, 1 AS den, ${date} AS on_date FROM sales_point sp
      WHERE ${between(date, ctx)} AND ${ctx.inScope(sql`sp.unit_id`)} ${optional(ctx.params.status, sql`AND sp.status = ${ctx.params.status}`)}`;
  },
};

const tourismProducts: MetricDefinition = {
  id: 'tourism_products',
  version: 1,
  label: { vi: 'Sản phẩm dịch vụ du lịch cộng đồng', en: 'Community-tourism products' },
  rule: 'Products of the community/rural tourism group first certified at minStars (default 3) or more within the period.',
  unit: 'count',
  kind: 'flow',
  eventDated: true,
  rollup: 'distinct_count',
  params: params('minStars'),
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => firstCertifiedRows(ctx, sql`AND p.product_group = 'tourism'`),
};

const expiringCertificates: MetricDefinition = {
  id: 'expiring_certificates',
  version: 2,
  label: { vi: 'Giấy chứng nhận sắp hết hạn', en: 'Certificates expiring soon' },
  rule: 'Products whose current certificate on the date expires within the next `months` (default 6). v1 counted any valid certificate, so a product already renewed still counted as expiring.',
  unit: 'count',
  kind: 'stock',
  rollup: 'distinct_count',
  params: params('months'),
  columns: PRODUCT_COLUMNS,
  rows: (ctx) => sql`SELECT cur.unit_id, cur.product_id AS item_id, true AS flag, 1 AS num, 1 AS den, cur.product_group, cur.stars, cur.subject_type
    FROM ${currentCertificates(ctx)} cur
    WHERE cur.expires_on <= (${ctx.at} + make_interval(months => ${ctx.params.months ?? 6}))::date`,
};

const subjectsSupported: MetricDefinition = {
  id: 'subjects_supported',
  version: 1,
  label: { vi: 'Chủ thể được hỗ trợ', en: 'Subjects supported' },
  rule: 'Distinct subjects that received a disbursement within the period.',
  unit: 'count',
  kind: 'flow',
  rollup: 'distinct_count',
  params: {},
  columns: ['subject_type'],
  rows: (ctx) => sql`SELECT d.unit_id, d.subject_id AS item_id, true AS flag, 1 AS num, 1 AS den, d.disbursed_on AS on_date,
        ${subjectType(sql`d.subject_id`)} AS subject_type
    FROM disbursement d
    WHERE d.subject_id IS NOT NULL AND d.deleted_at IS NULL AND ${between(sql`d.disbursed_on`, ctx)} AND ${ctx.inScope(sql`d.unit_id`)}`,
};

export const METRICS: readonly MetricDefinition[] = [
  certifiedProducts,
  recognisedProducts,
  newCertifiedProducts,
  upgradedProducts,
  nationalCandidates,
  namedProductsCertified,
  tourismProducts,
  expiringCertificates,
  registeredProducts,
  certificatesIssued,
  evaluations,
  subjects,
  cooperativeShare,
  valueChainSubjects,
  subjectsSupported,
  communesWithProducts,
  allocatedVnd,
  disbursedVnd,
  disbursedFromAllocationVnd,
  disbursementRate,
  trainingClasses,
  learnersTrained,
  trainingCoverage,
  promotionEvents,
  salesPoints,
];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function findMetric(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}
