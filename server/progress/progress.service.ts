// Computes target progress from live data: one metric statement for all the
// targets asked for (with the other reading of cumulative counts), then the
// path, forecast and status per target. A target whose definition is invalid
// says so in its own row and the rest still answer. A plan's progress and a
// unit's KPIs are cached under the data version.
import { addDays, monthEnds } from '../common/dates.ts';
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/sql.ts';
import type { Label } from '../labels/language.ts';
import { findMetric } from '../metrics/catalogue.ts';
import { approvalCoverage } from '../approvals/period-approval.service.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import type { MetricDefinition, MetricParams, Rollup } from '../metrics/metric-definition.ts';
import { evaluateMetrics, resultKey, type MetricRequest, type MetricResults } from '../metrics/metric.repository.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import { TargetUnit } from '../plans/plan.entity.ts';
import { definitionReason, targetDefinitionProblems } from '../plans/target-definition.ts';
import { forecastsNewProducts, pipelineForecastsOf } from '../dossiers/pipeline.service.ts';
import { milestoneProgress } from './milestones.ts';
import { OtherReading, PlanProgress, ProgressPoint, TargetProgress } from './progress.types.ts';
import { findPlan, planMilestones, planTargets, roundsHeld, unitYearTargets, type TargetRow } from './progress.repository.ts';
import { expectedToDate, progressFigures, ProgressStatus, shapeOf } from './status.ts';

/**
 * The date a target's actual is read at: the as-of date, but never past the due
 * date (what counts is what was reached by then) nor past the last day of an
 * abolished scope unit (its records stop there) — unless read by the map of a
 * day the scope unit was in force, on which later records still count in it.
 */
export function measuredOn(target: Pick<TargetRow, 'dueDate' | 'scopeValidTo'>, asOf: string, mapOn?: string | null): string {
  const onItsMap = mapOn && target.scopeValidTo && mapOn <= target.scopeValidTo;
  return [asOf, target.dueDate, onItsMap ? null : target.scopeValidTo].filter((d): d is string => Boolean(d)).sort()[0];
}

interface PlannedTarget {
  target: TargetRow;
  metric: MetricDefinition;
  rollup: Rollup;
  baselineDate: string;
  seriesDates: string[];
  at: string;
  request: number;
  /** The request of the other reading, for a cumulative count. */
  other?: { metric: MetricDefinition; request: number };
}

type Requests = Map<string, MetricRequest & { index: number }>;

/** Adds the dates of a (metric, roll-up, params, period) request for one scope, sharing it with the targets that ask the same. */
function requestFor(requests: Requests, r: Omit<MetricRequest, 'scopeIds' | 'dates'>, scopeId: number, dates: string[]): number {
  const key = JSON.stringify([r.metric.id, r.rollup, r.params, r.periodStart]);
  let request = requests.get(key);
  if (!request) {
    request = { ...r, index: requests.size, scopeIds: [], dates: [] };
    requests.set(key, request);
  }
  request.scopeIds = [...new Set([...request.scopeIds, scopeId])];
  request.dates = [...new Set([...request.dates, ...dates])];
  return request.index;
}

/** The requests for one valid target: its metric over its series, and the other reading on the date it is measured. */
function planTarget(target: TargetRow, metric: MetricDefinition, asOf: string, requests: Requests, mapOn?: string | null): PlannedTarget {
  const rollup = target.unit === TargetUnit.percent && metric.percentRollup ? metric.percentRollup : metric.rollup;
  const { each: _each, ...params } = target.params as MetricParams & { each?: string };
  if (target.productIds.length) params.productIds = target.productIds;
  const baselineDate = addDays(target.periodStart, -1);
  const at = measuredOn(target, asOf, mapOn);
  const seriesDates = [...new Set([...monthEnds(target.periodStart, at), at])].filter((d) => d >= target.periodStart);
  const periodStart = target.periodStart;
  const request = requestFor(requests, { metric, rollup, params, periodStart }, target.scopeUnitId, [baselineDate, ...seriesDates]);
  const otherMetric = metric.otherReading ? findMetric(metric.otherReading) : undefined;
  const other = otherMetric && {
    metric: otherMetric,
    request: requestFor(requests, { metric: otherMetric, rollup: otherMetric.rollup, params, periodStart }, target.scopeUnitId, [at]),
  };
  return { target, metric, rollup, baselineDate, seriesDates, at, request, other };
}

const NO_BASIS: Label = { vi: 'chỉ số không có cơ sở để tính vào ngày này', en: 'the metric has nothing to compute from on that date' };

function measuredProgress(p: PlannedTarget, results: MetricResults, asOf: string): TargetProgress {
  const t = p.target;
  const value = (request: number, date: string) => results.get(resultKey(request, t.scopeUnitId, date))!;
  const baseline = p.metric.kind === 'stock' ? (value(p.request, p.baselineDate).value ?? 0) : 0;
  const targetMin = Number(t.targetMin);
  const now = value(p.request, p.at < t.periodStart ? p.baselineDate : p.at);
  const actual = p.at < t.periodStart ? baseline : now.value;
  const path = { periodStart: t.periodStart, dueDate: t.dueDate, baseline, targetMin };
  const figures = progressFigures({ ...path, asOf, actual, shape: shapeOf(p.metric.kind, p.rollup) });
  const otherActual = p.other ? value(p.other.request, p.at).value : null;
  return Object.assign(new TargetProgress(), {
    target: t,
    metric: MetricInfo.of(p.metric, p.rollup),
    asOf,
    measuredOn: p.at,
    unit: t.unit,
    actual,
    targetMin,
    targetMax: t.targetMax === null ? null : Number(t.targetMax),
    baseline,
    sourceRows: now.sourceRows,
    series: p.seriesDates.map((date) =>
      Object.assign(new ProgressPoint(), { date, actual: value(p.request, date).value, expected: expectedToDate(path, date) }),
    ),
    districts: [],
    final: asOf >= t.dueDate,
    reason: figures.status === ProgressStatus.no_data ? (p.metric.noBasis ?? NO_BASIS) : null,
    otherReading: p.other
      ? Object.assign(new OtherReading(), {
          metric: MetricInfo.of(p.other.metric),
          actual: otherActual,
          ratio: otherActual === null || targetMin === 0 ? null : otherActual / targetMin,
        })
      : null,
    pipelineForecast: null,
    ...figures,
  });
}

/** A target whose metric or parameters are not valid: shown in its own row, with the reason, computing nothing. */
function invalidProgress(t: TargetRow, reason: Label, asOf: string, mapOn?: string | null): TargetProgress {
  const metric = findMetric(t.metric);
  return Object.assign(new TargetProgress(), {
    target: t,
    metric: metric ? MetricInfo.of(metric) : MetricInfo.unknown(t.metric, t.unit),
    asOf,
    measuredOn: measuredOn(t, asOf, mapOn),
    unit: t.unit,
    actual: null,
    targetMin: Number(t.targetMin),
    targetMax: t.targetMax === null ? null : Number(t.targetMax),
    baseline: 0,
    sourceRows: 0,
    series: [],
    districts: [],
    expectedToDate: null,
    forecast: null,
    gap: null,
    ratio: null,
    status: ProgressStatus.invalid_definition,
    final: asOf >= t.dueDate,
    reason,
    otherReading: null,
    pipelineForecast: null,
  });
}

/**
 * Progress of the given targets on `asOf`, read as `options` say, each with the
 * approval of the data behind it; children of "every district" targets nest under their parent.
 */
export async function computeProgress(db: Db, targets: TargetRow[], asOf: string, options: FigureOptions = {}): Promise<TargetProgress[]> {
  const requests: Requests = new Map();
  const planned: PlannedTarget[] = [];
  const progress = new Map<number, TargetProgress>();
  for (const t of targets) {
    const problems = targetDefinitionProblems(t.metric, t.params);
    if (problems.length) progress.set(t.id, invalidProgress(t, definitionReason(problems), asOf, options.mapOn));
    else planned.push(planTarget(t, findMetric(t.metric)!, asOf, requests, options.mapOn));
  }
  const [results, approvals] = await Promise.all([
    evaluateMetrics(db, [...requests.values()], options),
    approvalCoverage(
      db,
      targets.map((t) => ({ scopeId: t.scopeUnitId, from: t.periodStart, to: measuredOn(t, asOf, options.mapOn) })),
    ),
  ]);
  for (const p of planned) progress.set(p.target.id, measuredProgress(p, results, asOf));
  const forecastable = planned.filter((p) => forecastsNewProducts(p.target, asOf)).map((p) => progress.get(p.target.id)!);
  const forecasts = await pipelineForecastsOf(
    db,
    forecastable.map((p) => ({ scopeUnitId: p.target.scopeUnitId, actual: p.actual })),
    options,
  );
  forecastable.forEach((p, i) => {
    p.pipelineForecast = forecasts[i];
  });
  targets.forEach((t, i) =>
    Object.assign(progress.get(t.id)!, { approval: approvals[i], approvedOnly: options.approvedOnly ?? false, mapOn: options.mapOn ?? null }),
  );

  const top: TargetProgress[] = [];
  for (const t of targets) {
    const parent = t.parentTargetId === null ? undefined : progress.get(t.parentTargetId);
    if (parent) parent.districts.push(progress.get(t.id)!);
    else top.push(progress.get(t.id)!);
  }
  for (const p of top) if (p.districts.length && p.status !== ProgressStatus.invalid_definition) summariseDistricts(p);
  return top;
}

/** Progress of every target and milestone of a plan on `asOf`; null for a plan the viewer cannot read. */
export function planProgress(ctx: Context, planId: number, asOf: string, options: FigureOptions = {}): Promise<PlanProgress | null> {
  return cachedResult(ctx, ['targetProgress', planId, asOf, options], async () => {
    // All four read at once (one round trip, not two), and the metric statement does not wait
    // for the milestones and rounds: it needs the targets only (docs/performance-notes.md).
    // For a plan the viewer cannot read the rest is read and dropped: the answer is null.
    const milestonesAndRounds = Promise.all([planMilestones(ctx.db, [planId]), roundsHeld(ctx.db, [planId])]);
    const [plan, targets] = await Promise.all([findPlan(ctx.db, planId), planTargets(ctx.db, planId)]).catch(async (error: unknown) => {
      await milestonesAndRounds.catch(() => undefined);
      throw error;
    });
    if (!plan) {
      await milestonesAndRounds;
      return null;
    }
    const [progress, [milestones, rounds]] = await Promise.all([computeProgress(ctx.db, targets, asOf, options), milestonesAndRounds]);
    return Object.assign(new PlanProgress(), { plan, asOf, targets: progress, milestones: milestoneProgress(milestones, rounds, asOf) });
  });
}

/** Progress of every target set for `year` by plans whose scope lies within the unit with this code on `asOf`. */
export function unitKpis(ctx: Context, unitCode: string, year: number, asOf: string, options: FigureOptions = {}): Promise<TargetProgress[]> {
  return cachedResult(ctx, ['kpis', unitCode, year, asOf, options], async () =>
    computeProgress(ctx.db, await unitYearTargets(ctx.db, unitCode, year, asOf), asOf, options),
  );
}

const reached = (x: TargetProgress) => x.actual !== null && x.actual >= x.targetMin;

/** Worst first: the status of an "every district" target before its due date is its worst district's. */
const WORST_FIRST = [
  ProgressStatus.invalid_definition,
  ProgressStatus.no_data,
  ProgressStatus.off_track,
  ProgressStatus.at_risk,
  ProgressStatus.not_started,
  ProgressStatus.on_track,
];

/**
 * "Every district at least N": the parent counts districts — actual is how many
 * reached their own target, target is all of them, forecast how many will. On
 * its due date it is achieved when every district is.
 */
function summariseDistricts(parent: TargetProgress): void {
  const d = parent.districts;
  parent.actual = d.filter(reached).length;
  parent.targetMin = d.length;
  parent.targetMax = null;
  parent.unit = TargetUnit.count;
  parent.baseline = 0;
  parent.forecast = parent.final ? null : d.filter((x) => reached(x) || (x.forecast !== null && x.forecast >= x.targetMin)).length;
  parent.gap = parent.targetMin - parent.actual;
  parent.ratio = parent.actual / parent.targetMin;
  parent.expectedToDate = null;
  parent.sourceRows = d.reduce((n, x) => n + x.sourceRows, 0);
  parent.series = [];
  parent.otherReading = null;
  parent.pipelineForecast = null;
  parent.reason = null;
  if (parent.final) parent.status = d.every((x) => x.status === ProgressStatus.achieved) ? ProgressStatus.achieved : ProgressStatus.not_achieved;
  else parent.status = WORST_FIRST.find((s) => d.some((x) => x.status === s)) ?? ProgressStatus.on_track;
}
