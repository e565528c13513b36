// `analytics`: one measure grouped by dimensions, computed in one statement
// and cached under the data version; money stays exact (`exact`, as text).
import { cachedResult } from '../common/result-cache.ts';
import { minDate, today } from '../common/dates.ts';
import { approvalCoverage } from '../approvals/period-approval.service.ts';
import type { ApprovalCoverage } from '../approvals/period-approval.types.ts';
import { filterUnitId } from '../geo/unit-scope.ts';
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
  const [rows, approval] = await cachedResult(ctx, ['analytics', measure, groupBy, filter, asOf], () =>
    Promise.all([runAnalytics(ctx.db, measure, groupBy, filter, asOf), approvalOf(ctx, filter)]),
  );
  const total = rows.find((r) => r.is_total);
  return Object.assign(new AnalyticsResult(), {
    measure,
    groupBy,
    asOf,
    rows: groupBy.length ? rows.filter((r) => !r.is_total).map((r) => toRow(groupBy, r)) : [],
    total: toRow([], total),
    approval,
  });
}

/** The approval of the data behind a filter that names a unit and a date range; null otherwise. */
async function approvalOf(ctx: Context, filter: AnalyticsFilter | null): Promise<ApprovalCoverage | null> {
  const years = filter?.years?.length ? [Math.min(...filter.years), Math.max(...filter.years)] : null;
  const from = filter?.dateFrom ?? (years && `${years[0]}-01-01`);
  const to = filter?.dateTo ?? (years && `${years[1]}-12-31`);
  const scopeId = from && to ? await filterUnitId(ctx.db, filter) : null;
  return scopeId === null ? null : (await approvalCoverage(ctx.db, [{ scopeId, from: from!, to: minDate(to!, today()) }]))[0];
}
