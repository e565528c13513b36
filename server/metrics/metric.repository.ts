// Evaluates metrics: many (metric, params) groups, each for several scope units
// and dates, in ONE statement. Values come from the rows inside each scope via
// the closure table, so they roll up exactly as the definition declares.
import sql, { join } from 'sql-template-tag';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import { andReadScope } from '../auth/viewer.ts';
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

function requestSql(index: number, r: MetricRequest) {
  const scopes = sql`${r.scopeIds}::int[]`;
  const rows = r.metric.rows({
    at: sql`metric_date.at`,
    periodStart: sql`${r.periodStart}::date`,
    inScope: (column) => sql`${column} IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = ANY(${scopes})) ${andReadScope(column)}`,
    params: r.params,
  });
  return sql`SELECT ${index}::int AS request, cl.ancestor_id AS scope_id, to_char(metric_date.at, 'YYYY-MM-DD') AS at,
                    ${aggregateSql(r.rollup)} AS value, count(*)::int AS source_rows
             FROM unnest(${r.dates}::date[]) AS metric_date(at)
             CROSS JOIN LATERAL (${rows}) f
             JOIN admin_unit_closure cl ON cl.descendant_id = f.unit_id AND cl.ancestor_id = ANY(${scopes})
             GROUP BY cl.ancestor_id, metric_date.at`;
}

const METRIC_ROW = rowShape({ request: 'int', scope_id: 'int', at: 'text', value: 'numeric?', source_rows: 'int' });

/** Missing (scope, date) pairs had no rows: 0 for counts and sums, null (no basis) for ratios. */
export async function evaluateMetrics(db: Db, requests: MetricRequest[]): Promise<MetricResults> {
  const results: MetricResults = new Map();
  if (!requests.length) return results;
  const rows = await queryRows(
    db,
    METRIC_ROW,
    join(
      requests.map((r, i) => sql`(${requestSql(i, r)})`),
      ' UNION ALL ',
    ),
  );
  requests.forEach((r, i) => {
    const empty = r.rollup === 'ratio_of_sums' || r.rollup === 'distinct_share' ? null : 0;
    for (const scopeId of r.scopeIds) for (const date of r.dates) results.set(resultKey(i, scopeId, date), { value: empty, sourceRows: 0 });
  });
  for (const row of rows) {
    results.set(resultKey(row.request, row.scope_id, row.at), { value: row.value === null ? null : Number(row.value), sourceRows: row.source_rows });
  }
  return results;
}
