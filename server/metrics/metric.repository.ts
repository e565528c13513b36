// Evaluates metrics: many (metric, params) groups, each for several scope units
// and dates, in ONE statement. Values come from the rows inside each scope via
// the closure table, so they roll up exactly as the definition declares.
import sql, { join } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import { andReadScope } from '../auth/viewer.ts';
import { withApprovedData } from '../approvals/approved-data.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import { unitClosure } from '../geo/unit-map.repository.ts';
import { aggregateSql, type MetricDefinition, type MetricParams, type Rollup } from './metric-definition.ts';

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

function requestSql(index: number, r: MetricRequest, closure: Sql) {
  const scopes = sql`${r.scopeIds}::int[]`;
  const rows = r.metric.rows({
    at: sql`metric_date.at`,
    periodStart: sql`${r.periodStart}::date`,
    inScope: (column) => sql`${column} IN (SELECT descendant_id FROM ${closure} WHERE ancestor_id = ANY(${scopes})) ${andReadScope(column)}`,
    params: r.params,
  });
  return sql`SELECT ${index}::int AS request, cl.ancestor_id AS scope_id, to_char(metric_date.at, 'YYYY-MM-DD') AS at,
                    ${aggregateSql(r.rollup)} AS value, count(*)::int AS source_rows
             FROM unnest(${r.dates}::date[]) AS metric_date(at)
             CROSS JOIN LATERAL (${rows}) f
             JOIN ${closure} cl ON cl.descendant_id = f.unit_id AND cl.ancestor_id = ANY(${scopes})
             GROUP BY cl.ancestor_id, metric_date.at`;
}

const METRIC_ROW = rowShape({ request: 'int', scope_id: 'int', at: 'text', value: 'numeric?', source_rows: 'int' });

/**
 * Missing (scope, date) pairs had no rows: 0 for counts and sums, null (no basis) for ratios.
 * `options` read approved data only, or by the units of a map (server/common/figure-options.ts).
 */
export async function evaluateMetrics(db: Db, requests: MetricRequest[], options: FigureOptions = {}): Promise<MetricResults> {
  const results: MetricResults = new Map();
  if (!requests.length) return results;
  const closure = unitClosure(options.mapOn);
  const statement = join(
    requests.map((r, i) => sql`(${requestSql(i, r, closure)})`),
    ' UNION ALL ',
  );
  const rows = await withApprovedData(db, options.approvedOnly ?? false, (d) => queryRows(d, METRIC_ROW, statement));
  requests.forEach((r, i) => {
    const empty = r.rollup === 'ratio_of_sums' || r.rollup === 'distinct_share' ? null : 0;
    for (const scopeId of r.scopeIds) for (const date of r.dates) results.set(resultKey(i, scopeId, date), { value: empty, sourceRows: 0 });
  });
  for (const row of rows) {
    results.set(resultKey(row.request, row.scope_id, row.at), { value: row.value === null ? null : Number(row.value), sourceRows: row.source_rows });
  }
  return results;
}
