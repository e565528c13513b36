// `analytics`: one catalogue metric grouped by dimensions, computed in one
// statement and cached under the data version; money stays exact (`exact`, as
// text). Grouped by time, every period of the range is answered, empty ones too.
import { badInput } from '../common/errors.ts';
import { cachedResult } from '../common/result-cache.ts';
import { minDate, today } from '../common/dates.ts';
import { approvalCoverage } from '../approvals/period-approval.service.ts';
import type { ApprovalCoverage } from '../approvals/period-approval.types.ts';
import { filterUnitId } from '../geo/unit-scope.ts';
import type { Context } from '../context.ts';
import type { MetricDefinition, MetricParams } from '../metrics/metric-definition.ts';
import { requireMetric } from '../metrics/metric-params.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import { isTimeDimension, periodKeys } from './analytics-periods.ts';
import { analyticsRange, checkAnalytics, runAnalytics, type AnalyticsQueryRow, type AnalyticsRange } from './analytics.repository.ts';
import { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult, AnalyticsRow, DimensionValue } from './analytics.types.ts';

/** The catalogue metric behind each measure (the shorthands analytics had before it read the catalogue). */
export const MEASURE_METRIC: Record<AnalyticsMeasure, string> = {
  [AnalyticsMeasure.PRODUCTS]: 'registered_products',
  [AnalyticsMeasure.CERTIFIED_PRODUCTS]: 'certified_products',
  [AnalyticsMeasure.CERTIFICATES]: 'certificates_issued',
  [AnalyticsMeasure.EVALUATIONS]: 'evaluations',
  [AnalyticsMeasure.SUBJECTS]: 'subjects',
  [AnalyticsMeasure.ALLOCATED_VND]: 'allocated_vnd',
  [AnalyticsMeasure.DISBURSED_VND]: 'disbursed_vnd',
  [AnalyticsMeasure.TRAINING_CLASSES]: 'training_classes',
  [AnalyticsMeasure.LEARNERS]: 'learners_trained',
  [AnalyticsMeasure.PROMOTION_EVENTS]: 'promotion_events',
  [AnalyticsMeasure.SALES_POINTS]: 'sales_points',
};

export interface AnalyticsRequest {
  measure: AnalyticsMeasure | null;
  metric: string | null;
  params: Record<string, unknown> | null;
  groupBy: AnalyticsDimension[];
  filter: AnalyticsFilter | null;
  asOf: string | null;
}

function metricOf(r: AnalyticsRequest): MetricDefinition {
  if ((r.measure === null) === (r.metric === null)) {
    throw badInput('metric', { vi: 'hãy nêu đúng một trong measure hoặc metric', en: 'give exactly one of measure and metric' });
  }
  return requireMetric(r.metric ?? MEASURE_METRIC[r.measure!], r.params ?? {});
}

type Row = { keys: (string | null)[]; labels: (string | null)[]; exact: string };

/** Adds an empty row for every period of the range missing from the answer, for every combination of the other keys. */
function fillPeriods(groupBy: AnalyticsDimension[], rows: Row[], range: AnalyticsRange): Row[] {
  const t = groupBy.findIndex(isTimeDimension);
  if (t < 0) return rows;
  const dim = groupBy[t] as Parameters<typeof periodKeys>[0];
  const present = rows.map((r) => r.keys[t]!).sort();
  const first = range.from ?? present[0];
  const last = range.from || present.length === 0 ? range.at : present[present.length - 1];
  if (!first) return rows;
  const others = new Map<string, Row>();
  for (const r of rows) others.set(JSON.stringify(r.keys.filter((_, i) => i !== t)), r);
  if (!others.size) others.set(JSON.stringify([]), { keys: groupBy.map(() => null), labels: groupBy.map(() => null), exact: '0' });
  const seen = new Set(rows.map((r) => JSON.stringify(r.keys)));
  const filled = [...rows];
  for (const period of periodKeys(dim, first, last)) {
    for (const template of others.values()) {
      const keys = template.keys.map((k, i) => (i === t ? period : k));
      if (seen.has(JSON.stringify(keys))) continue;
      filled.push({ keys, labels: template.labels.map((l, i) => (i === t ? period : l)), exact: '0' });
    }
  }
  const order = (r: Row) => r.keys.map((k) => k ?? '\uffff').join('\u0000');
  return filled.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function toRow(groupBy: AnalyticsDimension[], row: Row | undefined): AnalyticsRow {
  const exact = row?.exact ?? '0';
  return Object.assign(new AnalyticsRow(), {
    keys: groupBy.map((dimension, i) => Object.assign(new DimensionValue(), { dimension, key: row?.keys[i] ?? null, label: row?.labels[i] ?? null })),
    exact,
    value: Number(exact),
  });
}

const asRow = (r: AnalyticsQueryRow): Row => ({ keys: r.keys, labels: r.labels, exact: r.value });

export async function analytics(ctx: Context, r: AnalyticsRequest): Promise<AnalyticsResult> {
  const metric = metricOf(r);
  const query = { metric, params: (r.params ?? {}) as MetricParams, groupBy: r.groupBy, filter: r.filter, asOf: r.asOf };
  checkAnalytics(query);
  const range = analyticsRange(query);
  const [rows, approval] = await cachedResult(ctx, ['analytics', metric.id, query.params, r.groupBy, r.filter, r.asOf], () =>
    Promise.all([runAnalytics(ctx.db, query, range), approvalOf(ctx, r.filter, range)]),
  );
  const total = rows.find((x) => x.is_total);
  const groups = r.groupBy.length ? fillPeriods(r.groupBy, rows.filter((x) => !x.is_total).map(asRow), range) : [];
  return Object.assign(new AnalyticsResult(), {
    measure: r.measure,
    metric: MetricInfo.of(metric),
    groupBy: r.groupBy,
    from: range.from,
    asOf: range.at,
    rows: groups.map((g) => toRow(r.groupBy, g)),
    total: toRow([], total && asRow(total)),
    approval,
  });
}

/** The approval of the data behind a filter that names a unit, over a range with a first day; null otherwise. */
async function approvalOf(ctx: Context, filter: AnalyticsFilter | null, range: AnalyticsRange): Promise<ApprovalCoverage | null> {
  const scopeId = range.from ? await filterUnitId(ctx.db, filter) : null;
  return scopeId === null ? null : (await approvalCoverage(ctx.db, [{ scopeId, from: range.from!, to: minDate(range.at, today()) }]))[0];
}
