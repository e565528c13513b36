// What a metric is: SQL that lists the rows counted on a date inside some units,
// and how those rows aggregate. Every value, at any level, is aggregated from
// the rows themselves, so a province's share is a ratio of sums, never a mean
// of its districts' shares.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

export type MetricUnit = 'count' | 'percent' | 'vnd' | 'people';

/**
 * - distinct_count: distinct items with flag
 * - sum: sum of num over rows with flag
 * - ratio_of_sums: 100 × Σnum / Σden
 * - distinct_share: 100 × distinct items with flag / distinct items
 */
export type Rollup = 'distinct_count' | 'sum' | 'ratio_of_sums' | 'distinct_share';

export interface RowsContext {
  /** The date the value is read at (an SQL expression over the date series). */
  at: Sql;
  /** First day of the period; flow metrics count only what happened since. */
  periodStart: Sql;
  /** A condition that a unit-id column lies inside the requested scopes. */
  inScope(unitColumn: Sql): Sql;
  params: MetricParams;
}

export interface MetricParams {
  minStars?: number;
  maxStars?: number;
  level?: string;
  type?: string;
  source?: string;
  audience?: string;
  scope?: string;
  status?: string;
  months?: number;
  /** Products named by the target (filled from target_product). */
  productIds?: number[];
}

export interface MetricDefinition {
  id: string;
  version: number;
  label: { vi: string; en: string };
  /** The rule, in one or two sentences: shown to analysts and in docs. */
  rule: string;
  unit: MetricUnit;
  /** stock: a value on a date (cumulative); flow: what happened from the period start to the date. */
  kind: 'stock' | 'flow';
  rollup: Rollup;
  /** When a target states this metric in percent, its share counterpart. */
  percentRollup?: Rollup;
  /** Rows `(unit_id, item_id, flag, num, den)` counted at `ctx.at`. */
  rows(ctx: RowsContext): Sql;
}

export function aggregateSql(rollup: Rollup): Sql {
  switch (rollup) {
    case 'distinct_count':
      return sql`count(DISTINCT f.item_id) FILTER (WHERE f.flag)::numeric`;
    case 'sum':
      return sql`COALESCE(sum(f.num) FILTER (WHERE f.flag), 0)::numeric`;
    case 'ratio_of_sums':
      return sql`round(100.0 * sum(f.num) / NULLIF(sum(f.den), 0), 2)`;
    case 'distinct_share':
      return sql`round(100.0 * count(DISTINCT f.item_id) FILTER (WHERE f.flag) / NULLIF(count(DISTINCT f.item_id), 0), 2)`;
  }
}
