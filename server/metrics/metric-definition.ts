// What a metric is: SQL that lists the rows counted on a date inside some units,
// how those rows aggregate, and the parameters it accepts. Every value, at any
// level and in any grouping, is aggregated from the rows themselves, so a
// province's share is a ratio of sums, never a mean of its districts' shares.
import sql, { empty, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { Label } from '../labels/language.ts';

export type MetricUnit = 'count' | 'percent' | 'vnd' | 'people';

/**
 * - distinct_count: distinct items with flag
 * - sum: sum of num over rows with flag
 * - ratio_of_sums: 100 × Σnum / Σden
 * - distinct_share: 100 × distinct items with flag / distinct items
 */
export type Rollup = 'distinct_count' | 'sum' | 'ratio_of_sums' | 'distinct_share';

/** A percentage of two sums: never added up across units or groups. */
export const isRatio = (rollup: Rollup): boolean => rollup === 'ratio_of_sums' || rollup === 'distinct_share';

/**
 * Columns a metric's rows may carry besides the five every row has, for
 * `analytics` to group and filter by. A metric declares the ones it fills.
 */
export type FactColumn = 'product_group' | 'stars' | 'subject_type' | 'funding_source';

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
  /** Products named by the target (filled from target_product, never by a client). */
  productIds?: number[];
}

/** A parameter a metric declares: its meaning, and the values it takes. */
export type ParamSpec = { label: Label } & ({ type: 'int'; min: number; max: number } | { type: 'choice'; values: readonly string[] });

export type ParamName = Exclude<keyof MetricParams, 'productIds'>;

export interface MetricDefinition {
  id: string;
  version: number;
  label: Label;
  /** The rule, in one or two sentences: shown to analysts and in docs. */
  rule: string;
  unit: MetricUnit;
  /** stock: a value on a date (cumulative); flow: what happened from the period start to the date. */
  kind: 'stock' | 'flow';
  rollup: Rollup;
  /** When a target states this metric in percent, its share counterpart. */
  percentRollup?: Rollup;
  /** The parameters a target (or a comparison) may set; anything else is refused. */
  params: Partial<Record<ParamName, ParamSpec>>;
  /** The fact columns its rows carry, for analytics. */
  columns: readonly FactColumn[];
  /** Why a ratio may have no value (nothing to divide by): the reason a target then gives for "no data". */
  noBasis?: Label;
  /** Another metric reading the same figure another way (a cumulative count read two ways): its card shows both. */
  otherReading?: string;
  /**
   * A flow whose rows depend on the date only through `on_date` between the period
   * start and the date: its rows on a date are its rows on any later date dated up to
   * it, so a series reads them once, on its last date (metric.repository.ts).
   */
  eventDated?: true;
  /**
   * Its rows on a date are one per item (a product is never listed twice on one date),
   * so a distinct count is a count of rows: PostgreSQL can then hash the groups instead
   * of sorting every group's items (analytics (b) at scale 1: about 2.3× faster; docs/performance-notes.md).
   */
  oneRowPerItem?: true;
  /**
   * Rows `(unit_id, item_id, flag, num, den)` counted at `ctx.at`, plus the
   * declared fact columns, plus for flows `on_date`: the date of the event a
   * row records (analytics groups flows by it).
   */
  rows(ctx: RowsContext): Sql;
  /**
   * The same rows on each date of `dates` (a FROM item whose column `metric_date.at`
   * is `ctx.at`) at once, each with `series_at`, its date: one pass over the records
   * for a whole series where `rows` would run once per date.
   */
  seriesRows?(ctx: RowsContext, dates: Sql): Sql;
}

/**
 * A whole number written into the SQL text (anything else stays a parameter). Figures'
 * statements are prepared: after five runs PostgreSQL may keep a generic plan, which
 * assumes a range of stars keeps 0.5 % of the rows (half the country's certificates
 * have 3★+) and probes product and unit row by row: analytics (b) 35 → 83 ms at scale 1.
 * With the value in the text the plan is the one made for it (docs/performance-notes.md).
 */
export function intConstant(value: number): Sql {
  return Number.isSafeInteger(value) ? raw(String(value)) : sql`${value}`;
}

/**
 * The aggregate of a roll-up over rows `f`, counting only rows that also meet `where`;
 * `oneRowPerItem` where the rows are one per item (and group: a date, a unit) already.
 */
export function aggregateSql(rollup: Rollup, where?: Sql, oneRowPerItem?: boolean): Sql {
  const and = where ? sql` AND ${where}` : empty;
  const only = where ? sql` FILTER (WHERE ${where})` : empty;
  switch (rollup) {
    case 'distinct_count':
      return oneRowPerItem ? sql`count(*) FILTER (WHERE f.flag${and})::numeric` : sql`count(DISTINCT f.item_id) FILTER (WHERE f.flag${and})::numeric`;
    case 'sum':
      return sql`COALESCE(sum(f.num) FILTER (WHERE f.flag${and}), 0)::numeric`;
    case 'ratio_of_sums':
      return sql`round(100.0 * sum(f.num)${only} / NULLIF(sum(f.den)${only}, 0), 2)`;
    case 'distinct_share':
      return sql`round(100.0 * count(DISTINCT f.item_id) FILTER (WHERE f.flag${and}) / NULLIF(count(DISTINCT f.item_id)${only}, 0), 2)`;
  }
}
