// `analytics`: a catalogue metric × a group-by, in one statement. The rows are
// the metric's own (the same SQL targets and KPIs count), read on the as-of
// date or, for a stock grouped by time, at each period end; GROUPING SETS add
// the total.
import sql, { join, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { badInput } from '../common/errors.ts';
import { minDate, today } from '../common/dates.ts';
import type { Db } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';
import { mappedUnit } from '../geo/unit-map.repository.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import { aggregateSql, intConstant, isRatio, type FactColumn, type MetricDefinition, type MetricParams } from '../metrics/metric-definition.ts';
import { metricRowsFrom, queryFigures } from '../metrics/metric.repository.ts';
import { AnalyticsDimension as D, type AnalyticsFilter } from './analytics.types.ts';
import { isTimeDimension, periodEnds, TIME_FORMAT, type TimeDimension } from './analytics-periods.ts';

const DIMENSIONS: Record<Exclude<D, TimeDimension>, { key: Sql; label: Sql; needs?: FactColumn }> = {
  [D.PROVINCE]: { key: sql`pu.code`, label: sql`pu.name` },
  [D.DISTRICT]: { key: sql`du.code`, label: sql`du.name` },
  [D.COMMUNE]: { key: sql`CASE WHEN u.level = 'commune' THEN u.code END`, label: sql`CASE WHEN u.level = 'commune' THEN u.name END` },
  [D.PRODUCT_GROUP]: { key: sql`f.product_group`, label: sql`f.product_group`, needs: 'product_group' },
  [D.STARS]: { key: sql`f.stars::text`, label: sql`f.stars::text`, needs: 'stars' },
  [D.SUBJECT_TYPE]: { key: sql`f.subject_type`, label: sql`f.subject_type`, needs: 'subject_type' },
  [D.FUNDING_SOURCE]: { key: sql`f.funding_source`, label: sql`f.funding_source`, needs: 'funding_source' },
};

const FILTER_COLUMN: Partial<Record<keyof AnalyticsFilter, FactColumn>> = {
  groups: 'product_group',
  subjectTypes: 'subject_type',
  sources: 'funding_source',
  minStars: 'stars',
  maxStars: 'stars',
};

export interface AnalyticsQuery {
  metric: MetricDefinition;
  params: MetricParams;
  groupBy: D[];
  filter: AnalyticsFilter | null | undefined;
  /** The as-of date asked for: nothing dated later counts. Without one, the range ends at its own end (today by default). */
  asOf: string | null;
}

/** The range a query covers: flows count records dated in [from, at]; stocks are read on `dates` (at, or every period end). */
export interface AnalyticsRange {
  from: string | null;
  at: string;
  dates: string[];
}

/** Refuses a query the metric cannot answer: a ratio, a dimension or filter on a column its rows lack. */
export function checkAnalytics(q: AnalyticsQuery): void {
  const { metric, groupBy, filter } = q;
  if (isRatio(metric.rollup)) {
    throw badInput('metric', {
      vi: `${metric.id} là một tỷ lệ: không cộng theo nhóm được; hãy đọc theo từng đơn vị bằng districtComparison hoặc kpis`,
      en: `${metric.id} is a ratio, which does not add up by group: read it per unit with districtComparison or kpis`,
    });
  }
  const has = new Set(metric.columns);
  for (const d of groupBy) {
    const needs = isTimeDimension(d) ? undefined : DIMENSIONS[d].needs;
    if (needs && !has.has(needs)) throw badInput('groupBy', { vi: `${d} không áp dụng cho ${metric.id}`, en: `${d} does not apply to ${metric.id}` });
  }
  if (new Set(groupBy).size !== groupBy.length) throw badInput('groupBy', { vi: 'một chiều được nêu hai lần', en: 'a dimension is listed twice' });
  if (groupBy.filter(isTimeDimension).length > 1)
    throw badInput('groupBy', { vi: 'chỉ nhóm theo một chiều thời gian', en: 'group by one time dimension at most' });
  for (const [field, column] of Object.entries(FILTER_COLUMN)) {
    const value = filter?.[field as keyof AnalyticsFilter];
    if (value !== null && value !== undefined && !has.has(column)) {
      throw badInput(`filter.${field}`, { vi: `không áp dụng cho ${metric.id}`, en: `does not apply to ${metric.id}` });
    }
  }
}

/** The range of a query: from its years or dates, never past the as-of date. */
export function analyticsRange(q: AnalyticsQuery): AnalyticsRange {
  const f = q.filter;
  const years = f?.years?.length ? [Math.min(...f.years), Math.max(...f.years)] : null;
  const from = f?.dateFrom ?? (years ? `${years[0]}-01-01` : null);
  const end = f?.dateTo ?? (years ? `${years[1]}-12-31` : (q.asOf ?? today()));
  const at = q.asOf ? minDate(end, q.asOf) : end;
  if (from && from > at)
    throw badInput(f?.dateFrom ? 'filter.dateFrom' : 'filter.years', { vi: `sau ngày cuối của khoảng (${at})`, en: `is after the end of the range (${at})` });
  const time = q.groupBy.find(isTimeDimension);
  if (!time || q.metric.kind === 'flow') return { from, at, dates: [at] };
  if (!from) {
    throw badInput('filter.dateFrom', {
      vi: `${q.metric.id} là số lượng tại một thời điểm: nhóm theo thời gian cần khoảng thời gian (filter.years hoặc filter.dateFrom)`,
      en: `${q.metric.id} is a stock, read at each period end: grouping it by time needs a range (filter.years or filter.dateFrom)`,
    });
  }
  return { from, at, dates: periodEnds(time, from, at) };
}

/** Row conditions of the filter (fact columns; the years of a flow's record dates). */
function conditions(q: AnalyticsQuery): Sql[] {
  const f = q.filter;
  if (!f) return [];
  const where: Sql[] = [];
  if (f.years?.length && q.metric.kind === 'flow') where.push(sql`extract(year FROM f.on_date)::int = ANY(${f.years}::int[])`);
  if (f.groups?.length) where.push(sql`f.product_group = ANY(${f.groups}::text[])`);
  if (f.subjectTypes?.length) where.push(sql`f.subject_type = ANY(${f.subjectTypes}::text[])`);
  if (f.sources?.length) where.push(sql`f.funding_source = ANY(${f.sources}::text[])`);
  if (f.minStars != null) where.push(sql`f.stars >= ${intConstant(f.minStars)}`);
  if (f.maxStars != null) where.push(sql`f.stars <= ${intConstant(f.maxStars)}`);
  return where;
}

/** One group (or the total): its keys and labels in groupBy order (null in a level's "no value" group) and the exact value as text. */
const ANALYTICS_ROW = rowShape({ keys: 'text[]', labels: 'text[]', value: 'numeric', is_total: 'bool' });
export type AnalyticsQueryRow = RowType<typeof ANALYTICS_ROW>;

/** How an analytics filter reads its figures: on approved data only, by the units of a map. */
export function analyticsOptions(filter: AnalyticsFilter | null | undefined): FigureOptions {
  return { approvedOnly: filter?.approvedOnly ?? false, mapOn: filter?.mapOn ?? null };
}

/**
 * Where a metric's aggregate adds up (a sum, or a count of rows that are one per item), its rows
 * are first added up per unit, date and value of every fact column grouped by: the unit joins and
 * the grouping sets then read thousands of rows instead of every certificate or payment
 * (analytics (b) at ten times the country: 340 → 215 ms). The groups keep the rows' own column
 * names, so the dimensions read them alike either way.
 */
function addedUpPerUnit(q: AnalyticsQuery, from: Sql, where: Sql[]): Sql | null {
  const { metric } = q;
  const part =
    metric.rollup === 'sum'
      ? sql`sum(f.num) FILTER (WHERE f.flag)`
      : metric.rollup === 'distinct_count' && metric.oneRowPerItem
        ? sql`count(*) FILTER (WHERE f.flag)`
        : null;
  if (!part) return null;
  const columns: string[] = q.groupBy.flatMap((d) => {
    if (isTimeDimension(d)) return metric.kind === 'flow' ? ['on_date'] : [];
    const needs = DIMENSIONS[d].needs;
    return needs ? [needs] : [];
  });
  const kept = join(['f.unit_id', 'metric_date.at', ...columns.map((c) => `f.${c}`)].map(raw), ', ');
  return sql`(SELECT ${kept}, ${part} AS part FROM ${from} ${where.length ? sql`WHERE ${join(where, ' AND ')}` : raw('')}
             GROUP BY ${kept}) f`;
}

export function runAnalytics(db: Db, q: AnalyticsQuery, range: AnalyticsRange): Promise<AnalyticsQueryRow[]> {
  const { metric } = q;
  const options = analyticsOptions(q.filter);
  const rows = metricRowsFrom({ metric, params: q.params, dates: range.dates, periodStart: range.from, scope: { filter: q.filter } }, options);
  const where = conditions(q);
  const perUnit = addedUpPerUnit(q, rows, where);
  const readAt = perUnit ? sql`f.at` : sql`metric_date.at`;
  // A flow is grouped by its records' dates, a stock by the date it is read at.
  // The format is a constant written into the SQL: GROUPING() must see the very expression grouped by.
  const timeKey = (d: TimeDimension) => sql`to_char(${metric.kind === 'flow' ? sql`f.on_date` : readAt}, ${raw(`'${TIME_FORMAT[d]}'`)})`;
  const dims = q.groupBy.map((d) => (isTimeDimension(d) ? { key: timeKey(d), label: timeKey(d) } : DIMENSIONS[d]));
  const keys = dims.length ? sql`ARRAY[${join(dims.map((d) => sql`(${d.key})::text`))}]` : sql`ARRAY[]::text[]`;
  const labels = dims.length ? sql`ARRAY[${join(dims.map((d) => sql`(${d.label})::text`))}]` : sql`ARRAY[]::text[]`;
  const groups = dims.length ? sql`GROUPING SETS ((${join(dims.map((d) => d.key))}, ${join(dims.map((d) => d.label))}), ())` : sql`()`;
  const isTotal = dims.length ? sql`GROUPING(${join(dims.map((d) => d.key))}) <> 0` : raw('true');
  // A stock's total is its value on the last date, not a count over every date of the axis.
  // With rows one per item on a date, a distinct count is a count of rows (metric-definition.ts).
  const aggregate = (on?: Sql) =>
    perUnit ? sql`COALESCE(sum(f.part)${on ? sql` FILTER (WHERE ${on})` : raw('')}, 0)::numeric` : aggregateSql(metric.rollup, on, metric.oneRowPerItem);
  const value = range.dates.length > 1 ? sql`CASE WHEN ${isTotal} THEN ${aggregate(sql`${readAt} = ${range.at}::date`)} ELSE ${aggregate()} END` : aggregate();
  // With a map, the unit dimensions are the units of that map the record counts in.
  return queryFigures(
    db,
    ANALYTICS_ROW,
    sql`SELECT ${keys} AS keys, ${labels} AS labels, ${value}::text AS value, ${isTotal} AS is_total
        FROM ${perUnit ?? rows}
        JOIN admin_unit u ON u.id = ${mappedUnit(options.mapOn, sql`f.unit_id`)}
        LEFT JOIN admin_unit pu ON pu.id = u.province_id
        LEFT JOIN admin_unit du ON du.id = u.district_id
        ${!perUnit && where.length ? sql`WHERE ${join(where, ' AND ')}` : raw('')}
        GROUP BY ${groups}
        ORDER BY is_total, keys`,
    options,
  );
}
