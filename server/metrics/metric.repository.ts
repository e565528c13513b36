// Evaluates metrics: many (metric, params) groups, each for several scope units
// and dates, in at most three statements run side by side (PARALLEL_STATEMENTS).
// Values come from the rows inside each scope via the closure table, so they
// roll up exactly as the definition declares.
// `metricRowsFrom` is the one place a metric's rows are asked for — here and
// by `analytics` — so the map, the read scope and approved data reach both.
import sql, { join, raw } from 'sql-template-tag';
import { DataSource } from 'typeorm';
import type { Sql } from 'sql-template-tag';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape, type RowShape, type RowType } from '../db/rows.ts';
import { andReadScope } from '../auth/viewer.ts';
import { withApprovedData } from '../approvals/approved-data.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import { unitClosure } from '../geo/unit-map.repository.ts';
import { unitScopeConditions, type UnitScopeFilter } from '../geo/unit-scope.ts';
import { aggregateSql, type MetricDefinition, type MetricParams, type Rollup, type RowsContext } from './metric-definition.ts';

export interface MetricRequest {
  metric: MetricDefinition;
  rollup: Rollup;
  params: MetricParams;
  scopeIds: number[];
  dates: string[];
  periodStart: string;
}

export interface MetricValue {
  value: number | null;
  sourceRows: number;
}

/** Results keyed `${request index}|${scopeId}|${date}`. */
export type MetricResults = Map<string, MetricValue>;

export function resultKey(request: number, scopeId: number, date: string): string {
  return `${request}|${scopeId}|${date}`;
}

/** Where rows count: inside any of these unit ids (an SQL int[]), or inside the units a filter names. */
export type RowsScope = { anyOf: Sql } | { filter: UnitScopeFilter | null | undefined };

export interface RowsQuery {
  metric: MetricDefinition;
  params: MetricParams;
  /** The dates the rows are read at, as `metric_date.at`. */
  dates: string[];
  /** First day of the period (null: from the first record). */
  periodStart: string | null;
  scope: RowsScope;
}

/**
 * A unit-id column lies in the scope, on the map of `mapOn`, within the viewer's read scope.
 * The scope's units are read once, as an array: `= ANY(ARRAY(…))` lets PostgreSQL look rows
 * up by their unit's index, where `IN (SELECT …)` became a scan of every product of the
 * country, repeated for each date of a series (docs/performance-notes.md).
 */
function inScope(scope: RowsScope, mapOn: string | null | undefined): (column: Sql) => Sql {
  if ('anyOf' in scope)
    return (column) =>
      sql`${column} = ANY(ARRAY(SELECT descendant_id FROM ${unitClosure(mapOn)} WHERE ancestor_id = ANY(${scope.anyOf}))) ${andReadScope(column)}`;
  return (column) => {
    const where = unitScopeConditions(column, scope.filter && { ...scope.filter, mapOn });
    return where.length ? join(where, ' AND ') : raw('true');
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function rowsContext(q: Omit<RowsQuery, 'dates'>, at: Sql, options: FigureOptions): RowsContext {
  return {
    at,
    periodStart: q.periodStart ? sql`${q.periodStart}::date` : sql`'-infinity'::date`,
    inScope: inScope(q.scope, options.mapOn),
    params: q.params,
  };
}

/**
 * `unnest(dates) AS metric_date(at) CROSS JOIN LATERAL (rows) f`: the metric's
 * rows on each date, inside the scope as `options` read it (a FROM item).
 *
 * A single date is written into the text as a constant: PostgreSQL then reads
 * from its statistics how many validity ranges contain that day (about half of
 * the country's certificates) and hashes the joins. For a column or a parameter
 * it assumes 0.5 % and probes products and units one row at a time (analytics
 * (b) at scale 1: 63 → 35 ms). A prepared statement is then one per date asked
 * (server/db/prepared.ts keeps the most recent ones per connection).
 */
export function metricRowsFrom(q: RowsQuery, options: FigureOptions): Sql {
  const single = q.dates.length === 1 && ISO_DATE.test(q.dates[0]) ? raw(`'${q.dates[0]}'::date`) : null;
  const rows = q.metric.rows(rowsContext(q, single ?? sql`metric_date.at`, options));
  const dates = single ? sql`(SELECT ${single} AS at) metric_date` : sql`unnest(${q.dates}::date[]) AS metric_date(at)`;
  return sql`${dates} CROSS JOIN LATERAL (${rows}) f`;
}

/** Runs a statement over metric rows on approved data only when `options` ask for it. */
export function queryFigures<T>(db: Db, shape: RowShape<T>, statement: Sql, options: FigureOptions): Promise<T[]> {
  return withApprovedData(db, options.approvedOnly ?? false, (d) => queryRows(d, shape, statement));
}

/**
 * The request's rows on each of its dates. An event-dated flow's series reads its rows
 * once, on the last date, and counts each on the dates from its own on: one pass over
 * the scope's records instead of one per month-end (docs/performance-notes.md).
 */
function requestRows(r: MetricRequest, scopes: Sql, options: FigureOptions): Sql {
  const query = { metric: r.metric, params: r.params, periodStart: r.periodStart, scope: { anyOf: scopes } };
  const dates = sql`unnest(${r.dates}::date[]) AS metric_date(at)`;
  if (r.metric.seriesRows && r.dates.length > 1) {
    const series = r.metric.seriesRows(rowsContext(query, sql`metric_date.at`, options), dates);
    return sql`${dates} JOIN (${series}) f ON f.series_at = metric_date.at`;
  }
  if (!r.metric.eventDated || r.dates.length < 2) return metricRowsFrom({ ...query, dates: r.dates }, options);
  const last = [...r.dates].sort().at(-1)!;
  return sql`${dates}
             JOIN (SELECT f.* FROM ${metricRowsFrom({ ...query, dates: [last] }, options)}) f ON f.on_date <= metric_date.at`;
}

function requestSql(index: number, r: MetricRequest, options: FigureOptions) {
  const scopes = sql`${r.scopeIds}::int[]`;
  const from = requestRows(r, scopes, options);
  return sql`SELECT ${index}::int AS request, cl.ancestor_id AS scope_id, to_char(metric_date.at, 'YYYY-MM-DD') AS at,
                    ${aggregateSql(r.rollup, undefined, r.metric.oneRowPerItem)} AS value, count(*)::int AS source_rows
             FROM ${from}
             JOIN ${unitClosure(options.mapOn)} cl ON cl.descendant_id = f.unit_id AND cl.ancestor_id = ANY(${scopes})
             GROUP BY cl.ancestor_id, metric_date.at`;
}

/**
 * The most statements one evaluation runs at once. PostgreSQL runs a statement on one
 * core: a plan's progress split in two or three runs on all of the server's, which cut
 * its cold answer at ten times the country (docs/performance-notes.md), while the rest
 * of the pool stays free for other requests.
 */
const PARALLEL_STATEMENTS = 3;

/**
 * The requests' indices in at most PARALLEL_STATEMENTS groups of about equal work. A
 * request's work is taken as its number of dates (a series reads its records once, but
 * groups and counts them on every date): the longest first, each to the lightest group.
 */
function spreadRequests(requests: MetricRequest[]): number[][] {
  const groups = Array.from({ length: Math.min(PARALLEL_STATEMENTS, requests.length) }, () => ({ work: 0, requests: [] as number[] }));
  const order = requests.map((_, i) => i).sort((a, b) => requests[b].dates.length - requests[a].dates.length);
  for (const i of order) {
    const lightest = groups.reduce((min, g) => (g.work < min.work ? g : min));
    lightest.requests.push(i);
    lightest.work += requests[i].dates.length;
  }
  return groups.map((g) => g.requests);
}

const METRIC_ROW = rowShape({ request: 'int', scope_id: 'int', at: 'text', value: 'numeric?', source_rows: 'int' });

/**
 * Missing (scope, date) pairs had no rows: 0 for counts and sums, null (no basis) for ratios.
 * `options` read approved data only, or by the units of a map (server/common/figure-options.ts).
 */
export async function evaluateMetrics(db: Db, requests: MetricRequest[], options: FigureOptions = {}): Promise<MetricResults> {
  const results: MetricResults = new Map();
  if (!requests.length) return results;
  const statements = spreadRequests(requests).map((group) =>
    join(
      group.map((i) => sql`(${requestSql(i, requests[i], options)})`),
      ' UNION ALL ',
    ),
  );
  const run = (statement: Sql) => queryFigures(db, METRIC_ROW, statement, options);
  // Side by side on connections of their own; in a transaction (one connection, whose search path
  // approved-only reading sets around each statement) one after another.
  const rows: RowType<typeof METRIC_ROW>[] = [];
  if (db instanceof DataSource) for (const part of await Promise.all(statements.map(run))) rows.push(...part);
  else for (const statement of statements) rows.push(...(await run(statement)));
  requests.forEach((r, i) => {
    const empty = r.rollup === 'ratio_of_sums' || r.rollup === 'distinct_share' ? null : 0;
    for (const scopeId of r.scopeIds) for (const date of r.dates) results.set(resultKey(i, scopeId, date), { value: empty, sourceRows: 0 });
  });
  for (const row of rows) {
    results.set(resultKey(row.request, row.scope_id, row.at), { value: row.value === null ? null : Number(row.value), sourceRows: row.source_rows });
  }
  return results;
}
