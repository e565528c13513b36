// `analytics`: every measure is a fact query with the same columns, so one
// grouping query (with GROUPING SETS for the total) serves them all.
import sql, { join, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { badInput } from '../common/errors.ts';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';
import { validCertificateAt } from '../evaluations/certificate-validity.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { mappedUnit } from '../geo/unit-map.repository.ts';
import { withApprovedData } from '../approvals/approved-data.ts';
import { AnalyticsDimension as D, AnalyticsMeasure as M, type AnalyticsFilter } from './analytics.types.ts';

type Column = 'product_group' | 'stars' | 'subject_type' | 'funding_source';

interface Fact {
  /** SELECT item_id, unit_id, on_date, product_group, stars, subject_type, funding_source, amount */
  sql(asOf: string): Sql;
  aggregate: 'count' | 'sum';
  /** The optional columns this fact fills. */
  has: Column[];
}

const productFact = (from: Sql, onDate: Sql, stars: Sql): Sql => sql`
  SELECT p.id AS item_id, p.unit_id, ${onDate} AS on_date, p.product_group, ${stars} AS stars, s.type AS subject_type,
         NULL::text AS funding_source, 1::numeric AS amount
  ${from} JOIN subject s ON s.id = p.subject_id`;

const plainFact = (item: Sql, unit: Sql, onDate: Sql, amount: Sql, from: Sql, subjectType: Sql = sql`NULL::text`, source: Sql = sql`NULL::text`): Sql => sql`
  SELECT ${item} AS item_id, ${unit} AS unit_id, ${onDate} AS on_date, NULL::text AS product_group, NULL::smallint AS stars,
         ${subjectType} AS subject_type, ${source} AS funding_source, ${amount}::numeric AS amount ${from}`;

const FACTS: Record<M, Fact> = {
  [M.PRODUCTS]: {
    sql: () => productFact(sql`FROM product p`, sql`p.registered_on`, sql`NULL::smallint`),
    aggregate: 'count',
    has: ['product_group', 'subject_type'],
  },
  [M.CERTIFIED_PRODUCTS]: {
    sql: (asOf) =>
      productFact(
        sql`FROM (SELECT DISTINCT ON (c.product_id) c.product_id, c.stars, c.decided_on FROM certificate c
                WHERE ${validCertificateAt('c', asOf)} ORDER BY c.product_id, c.decided_on DESC, c.id DESC) cur
          JOIN product p ON p.id = cur.product_id`,
        sql`cur.decided_on`,
        sql`cur.stars`,
      ),
    aggregate: 'count',
    has: ['product_group', 'stars', 'subject_type'],
  },
  [M.CERTIFICATES]: {
    sql: () => sql`SELECT c.id AS item_id, p.unit_id, c.decided_on AS on_date, p.product_group, c.stars, s.type AS subject_type,
                          NULL::text AS funding_source, 1::numeric AS amount
                   FROM certificate c JOIN product p ON p.id = c.product_id JOIN subject s ON s.id = p.subject_id WHERE c.deleted_at IS NULL`,
    aggregate: 'count',
    has: ['product_group', 'stars', 'subject_type'],
  },
  [M.EVALUATIONS]: {
    sql: () => sql`SELECT e.id AS item_id, p.unit_id, e.evaluated_on AS on_date, p.product_group, e.stars, s.type AS subject_type,
                          NULL::text AS funding_source, 1::numeric AS amount
                   FROM evaluation e JOIN product p ON p.id = e.product_id JOIN subject s ON s.id = p.subject_id`,
    aggregate: 'count',
    has: ['product_group', 'stars', 'subject_type'],
  },
  [M.SUBJECTS]: {
    sql: () => plainFact(sql`s.id`, sql`s.unit_id`, sql`s.registered_on`, sql`1`, sql`FROM subject s`, sql`s.type`),
    aggregate: 'count',
    has: ['subject_type'],
  },
  [M.ALLOCATED_VND]: {
    sql: () =>
      plainFact(
        sql`a.id`,
        sql`a.recipient_unit_id`,
        sql`make_date(a.year, 1, 1)`,
        sql`a.amount`,
        sql`FROM budget_allocation a WHERE a.amount IS NOT NULL`,
        sql`NULL::text`,
        sql`a.source`,
      ),
    aggregate: 'sum',
    has: ['funding_source'],
  },
  [M.DISBURSED_VND]: {
    sql: () =>
      plainFact(
        sql`d.id`,
        sql`d.unit_id`,
        sql`d.disbursed_on`,
        sql`d.amount`,
        sql`FROM disbursement d JOIN budget_allocation a ON a.id = d.allocation_id WHERE d.deleted_at IS NULL`,
        sql`NULL::text`,
        sql`a.source`,
      ),
    aggregate: 'sum',
    has: ['funding_source'],
  },
  [M.TRAINING_CLASSES]: {
    sql: () => plainFact(sql`t.id`, sql`t.unit_id`, sql`t.starts_on`, sql`1`, sql`FROM training_class t`),
    aggregate: 'count',
    has: [],
  },
  [M.LEARNERS]: {
    sql: () => plainFact(sql`t.id`, sql`t.unit_id`, sql`t.starts_on`, sql`COALESCE(t.actual_learners, 0)`, sql`FROM training_class t`),
    aggregate: 'sum',
    has: [],
  },
  [M.PROMOTION_EVENTS]: {
    sql: () => plainFact(sql`e.id`, sql`e.unit_id`, sql`e.starts_on`, sql`1`, sql`FROM promotion_event e`),
    aggregate: 'count',
    has: [],
  },
  [M.SALES_POINTS]: {
    sql: () => plainFact(sql`sp.id`, sql`sp.unit_id`, sql`sp.opened_on`, sql`1`, sql`FROM sales_point sp`),
    aggregate: 'count',
    has: [],
  },
};

const DIMENSIONS: Record<D, { key: Sql; label: Sql; needs?: Column }> = {
  [D.PROVINCE]: { key: sql`pu.code`, label: sql`pu.name` },
  [D.DISTRICT]: { key: sql`du.code`, label: sql`du.name` },
  [D.COMMUNE]: { key: sql`CASE WHEN u.level = 'commune' THEN u.code END`, label: sql`CASE WHEN u.level = 'commune' THEN u.name END` },
  [D.PRODUCT_GROUP]: { key: sql`f.product_group`, label: sql`f.product_group`, needs: 'product_group' },
  [D.STARS]: { key: sql`f.stars::text`, label: sql`f.stars::text`, needs: 'stars' },
  [D.SUBJECT_TYPE]: { key: sql`f.subject_type`, label: sql`f.subject_type`, needs: 'subject_type' },
  [D.FUNDING_SOURCE]: { key: sql`f.funding_source`, label: sql`f.funding_source`, needs: 'funding_source' },
  [D.YEAR]: { key: sql`to_char(f.on_date, 'YYYY')`, label: sql`to_char(f.on_date, 'YYYY')` },
  [D.QUARTER]: { key: sql`to_char(f.on_date, 'YYYY-"Q"Q')`, label: sql`to_char(f.on_date, 'YYYY-"Q"Q')` },
  [D.MONTH]: { key: sql`to_char(f.on_date, 'YYYY-MM')`, label: sql`to_char(f.on_date, 'YYYY-MM')` },
};

const FILTER_COLUMN: Partial<Record<keyof AnalyticsFilter, Column>> = {
  groups: 'product_group',
  subjectTypes: 'subject_type',
  sources: 'funding_source',
  minStars: 'stars',
  maxStars: 'stars',
};

function check(measure: M, groupBy: D[], filter: AnalyticsFilter | null | undefined): void {
  const has = new Set(FACTS[measure].has);
  for (const d of groupBy) {
    const needs = DIMENSIONS[d].needs;
    if (needs && !has.has(needs)) throw badInput('groupBy', `${d} does not apply to ${measure}`);
  }
  if (new Set(groupBy).size !== groupBy.length) throw badInput('groupBy', 'a dimension is listed twice');
  for (const [field, column] of Object.entries(FILTER_COLUMN)) {
    const value = filter?.[field as keyof AnalyticsFilter];
    if (value !== null && value !== undefined && !has.has(column)) throw badInput(`filter.${field}`, `does not apply to ${measure}`);
  }
}

function conditions(f: AnalyticsFilter | null | undefined): Sql[] {
  const where = unitScopeConditions(sql`f.unit_id`, f);
  if (!f) return where;
  if (f.years?.length) where.push(sql`extract(year FROM f.on_date)::int = ANY(${f.years}::int[])`);
  if (f.dateFrom) where.push(sql`f.on_date >= ${f.dateFrom}::date`);
  if (f.dateTo) where.push(sql`f.on_date <= ${f.dateTo}::date`);
  if (f.groups?.length) where.push(sql`f.product_group = ANY(${f.groups}::text[])`);
  if (f.subjectTypes?.length) where.push(sql`f.subject_type = ANY(${f.subjectTypes}::text[])`);
  if (f.sources?.length) where.push(sql`f.funding_source = ANY(${f.sources}::text[])`);
  if (f.minStars != null) where.push(sql`f.stars >= ${f.minStars}`);
  if (f.maxStars != null) where.push(sql`f.stars <= ${f.maxStars}`);
  return where;
}

/** One group (or the total): its keys and labels in groupBy order (null in a level's "no value" group) and the exact value as text. */
const ANALYTICS_ROW = rowShape({ keys: 'text[]', labels: 'text[]', value: 'numeric', is_total: 'bool' });
export type AnalyticsQueryRow = RowType<typeof ANALYTICS_ROW>;

export function runAnalytics(db: Db, measure: M, groupBy: D[], filter: AnalyticsFilter | null | undefined, asOf: string): Promise<AnalyticsQueryRow[]> {
  check(measure, groupBy, filter);
  const fact = FACTS[measure];
  const dims = groupBy.map((d) => DIMENSIONS[d]);
  const value = fact.aggregate === 'count' ? sql`count(DISTINCT f.item_id)::numeric` : sql`COALESCE(sum(f.amount), 0)`;
  const keys = dims.length ? sql`ARRAY[${join(dims.map((d) => sql`(${d.key})::text`))}]` : sql`ARRAY[]::text[]`;
  const labels = dims.length ? sql`ARRAY[${join(dims.map((d) => sql`(${d.label})::text`))}]` : sql`ARRAY[]::text[]`;
  const groups = dims.length ? sql`GROUPING SETS ((${join(dims.map((d) => d.key))}, ${join(dims.map((d) => d.label))}), ())` : sql`()`;
  const where = conditions(filter);
  // With a map, the unit dimensions are the units of that map the record counts in.
  return withApprovedData(db, filter?.approvedOnly ?? false, (d) =>
    queryRows(
      d,
      ANALYTICS_ROW,
      sql`SELECT ${keys} AS keys, ${labels} AS labels, ${value}::text AS value,
               ${dims.length ? sql`GROUPING(${join(dims.map((d) => d.key))}) <> 0` : raw('true')} AS is_total
        FROM (${fact.sql(asOf)}) f
        JOIN admin_unit u ON u.id = ${mappedUnit(filter?.mapOn, sql`f.unit_id`)}
        LEFT JOIN admin_unit pu ON pu.id = u.province_id
        LEFT JOIN admin_unit du ON du.id = u.district_id
        ${where.length ? sql`WHERE ${join(where, ' AND ')}` : raw('')}
        GROUP BY ${groups}
        ORDER BY is_total, keys`,
    ),
  );
}
