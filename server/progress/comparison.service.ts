// District league tables: one metric for every district of a province, this
// period and the previous one, with per-denominator figures and own targets.
import { addDays, daysBetween, minDate, today } from '../common/dates.ts';
import { badInput } from '../common/errors.ts';
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/sql.ts';
import { findMetric, METRICS } from '../metrics/catalogue.ts';
import type { MetricParams } from '../metrics/metric-definition.ts';
import { evaluateMetrics, resultKey } from '../metrics/metric.repository.ts';
import { DistrictComparison, DistrictRow } from './comparison.types.ts';
import { districtsWithDenominators, districtTargets, findProvince, type DistrictTarget } from './comparison.repository.ts';
import { metricInfo } from './progress.service.ts';
import { progressFigures } from './status.ts';
import { approvalCoverage } from '../approvals/period-approval.service.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import { attributionsByScope } from '../geo/unit-map.repository.ts';
import type { UnitAttribution } from '../geo/unit-map.types.ts';

export interface ComparisonRequest {
  provinceCode: string;
  metricId: string;
  params: MetricParams;
  from: string;
  to: string;
  asOf: string | null;
  /** On approved data only; by the units of a map (rows: that map's units below the province). */
  options?: FigureOptions;
}

/** Competition ranking, highest first: 1, 1, 3. Null values are unranked. */
export function ranks(values: (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : 1 + values.filter((o) => o !== null && o > v).length));
}

/** The period of the same length just before: the previous year for a calendar year. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const wholeYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  if (wholeYear) {
    const year = Number(from.slice(0, 4)) - 1;
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  return { from: addDays(from, -(daysBetween(from, to) + 1)), to: addDays(from, -1) };
}

const sameParams = (a: Record<string, unknown>, b: MetricParams) => {
  const { each: _each, ...rest } = a;
  return JSON.stringify(Object.entries(rest).sort()) === JSON.stringify(Object.entries(b).sort());
};

/** Every district of a province on one metric for a period; null for an unknown province. */
export function districtComparison(ctx: Context, request: ComparisonRequest): Promise<DistrictComparison | null> {
  return cachedResult(ctx, ['districtComparison', request], () => compareDistricts(ctx.db, request));
}

async function compareDistricts(db: Db, r: ComparisonRequest): Promise<DistrictComparison | null> {
  const metric = findMetric(r.metricId);
  if (!metric) throw badInput('metric', `unknown metric; one of ${METRICS.map((m) => m.id).join(', ')}`);
  if (r.from > r.to) throw badInput('to', 'the period ends before it starts');
  const at = minDate(r.asOf ?? r.to, r.to);
  const options = r.options ?? {};
  const province = await findProvince(db, r.provinceCode, options.mapOn ?? r.from);
  if (!province) return null;
  const districts = await districtsWithDenominators(db, province.id, r.from, r.to, at, options.mapOn);
  const previous = previousPeriod(r.from, r.to);
  const previousAt = addDays(at, -daysBetween(previous.from, r.from));
  const baselineDate = addDays(r.from, -1);
  const ids = districts.map((d) => d.id);
  const [results, targets, approvals, attributions] = await Promise.all([
    evaluateMetrics(
      db,
      [
        { metric, rollup: metric.rollup, params: r.params, scopeIds: [province.id, ...ids], dates: [at, baselineDate], periodStart: r.from },
        { metric, rollup: metric.rollup, params: r.params, scopeIds: ids, dates: [previousAt], periodStart: previous.from },
      ],
      options,
    ),
    districtTargets(db, ids, metric.id, r.from, r.to),
    approvalCoverage(
      db,
      [province.id, ...ids].map((scopeId) => ({ scopeId, from: r.from, to: at })),
    ),
    options.mapOn ? attributionsByScope(db, options.mapOn, ids) : new Map<number, UnitAttribution[]>(),
  ]);
  const value = (request: number, id: number, date: string) => results.get(resultKey(request, id, date))?.value ?? null;
  const provinceValue = value(0, province.id, at);
  const actuals = ids.map((id) => value(0, id, at));
  const previousActuals = ids.map((id) => value(1, id, previousAt));
  const current = ranks(actuals);
  const before = ranks(previousActuals);
  const additive = metric.rollup === 'sum' || metric.rollup === 'distinct_count';

  const rows = districts.map((d, i) => {
    const actual = actuals[i];
    const own: DistrictTarget | undefined = targets.find((t) => t.scopeUnitId === d.id && sameParams(t.params, r.params));
    const status = own
      ? progressFigures({
          periodStart: own.periodStart,
          dueDate: own.dueDate,
          asOf: at,
          actual,
          targetMin: Number(own.targetMin),
          baseline: metric.kind === 'stock' ? (value(0, d.id, baselineDate) ?? 0) : 0,
        }).status
      : null;
    return Object.assign(new DistrictRow(), {
      district: d,
      abolished: d.validTo !== null && d.validTo < today(),
      actual,
      target: own ? Number(own.targetMin) : null,
      targetMax: own?.targetMax ? Number(own.targetMax) : null,
      status,
      shareOfProvince: additive && actual !== null && provinceValue ? Math.round((10_000 * actual) / provinceValue) / 100 : null,
      rank: current[i],
      previousActual: previousActuals[i],
      previousRank: before[i],
      rankChange: current[i] !== null && before[i] !== null ? before[i]! - current[i]! : null,
      communes: d.communes,
      subjects: d.subjects,
      perTenCommunes: actual === null ? null : Math.round((1000 * actual) / d.communes) / 100,
      perSubject: actual === null || d.subjects === 0 ? null : Math.round((100 * actual) / d.subjects) / 100,
      approval: approvals[i + 1],
      attributed: attributions.get(d.id) ?? [],
    });
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.district.code.localeCompare(b.district.code));
  return Object.assign(new DistrictComparison(), {
    province,
    metric: metricInfo(metric),
    from: r.from,
    to: r.to,
    asOf: at,
    provinceValue,
    rows,
    approval: approvals[0],
    approvedOnly: options.approvedOnly ?? false,
    mapOn: options.mapOn ?? null,
  });
}
