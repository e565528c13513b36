// `analytics`: one measure grouped by dimensions, computed in one statement
// and cached under the data version; money stays exact (`exact`, as text).
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult, AnalyticsRow, DimensionValue } from './analytics.types.ts';
import { runAnalytics, type AnalyticsQueryRow } from './analytics.repository.ts';

function toRow(groupBy: AnalyticsDimension[], row: AnalyticsQueryRow | undefined): AnalyticsRow {
  const exact = row?.value ?? '0';
  return Object.assign(new AnalyticsRow(), {
    keys: groupBy.map((dimension, i) => Object.assign(new DimensionValue(), { dimension, key: row?.keys[i] ?? null, label: row?.labels[i] ?? null })),
    exact,
    value: Number(exact),
  });
}

export async function analytics(
  ctx: Context,
  measure: AnalyticsMeasure,
  groupBy: AnalyticsDimension[],
  filter: AnalyticsFilter | null,
  asOf: string,
): Promise<AnalyticsResult> {
  const rows = await cachedResult(ctx, ['analytics', measure, groupBy, filter, asOf], () => runAnalytics(ctx.db, measure, groupBy, filter, asOf));
  const total = rows.find((r) => r.is_total);
  return Object.assign(new AnalyticsResult(), {
    measure,
    groupBy,
    asOf,
    rows: groupBy.length ? rows.filter((r) => !r.is_total).map((r) => toRow(groupBy, r)) : [],
    total: toRow([], total),
  });
}
