// Computes target progress from live data: one metric statement for all the
// targets asked for, then the path, forecast and status per target; a plan's
// progress and a unit's KPIs are cached under the data version.
import { addDays, monthEnds } from '../common/dates.ts';
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/sql.ts';
import { findMetric } from '../metrics/catalogue.ts';
import { approvalCoverage } from '../approvals/period-approval.service.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import type { MetricDefinition, MetricParams, Rollup } from '../metrics/metric-definition.ts';
import { evaluateMetrics, resultKey, type MetricRequest } from '../metrics/metric.repository.ts';
import { TargetUnit, type Milestone } from '../plans/plan.entity.ts';
import { MetricInfo, MilestoneProgress, MilestoneStatus, PlanProgress, ProgressPoint, TargetProgress } from './progress.types.ts';
import { findPlan, planMilestones, planTargets, roundsHeld, unitYearTargets, type RoundHeld, type TargetRow } from './progress.repository.ts';
import { expectedToDate, progressFigures, ProgressStatus } from './status.ts';

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
  params: MetricParams;
  baselineDate: string;
  seriesDates: string[];
  at: string;
  request: number;
}

export function metricInfo(m: MetricDefinition, rollup: Rollup = m.rollup): MetricInfo {
  return Object.assign(new MetricInfo(), {
    id: m.id,
    version: m.version,
    labelVi: m.label.vi,
    labelEn: m.label.en,
    rule: m.rule,
    kind: m.kind,
    rollup,
  });
}

function metricOf(target: TargetRow): MetricDefinition {
  const metric = findMetric(target.metric);
  if (!metric) throw new Error(`target ${target.key} names unknown metric "${target.metric}"`);
  return metric;
}

/** The request for one target; targets sharing metric, params and period share a request. */
function planTarget(target: TargetRow, asOf: string, requests: Map<string, MetricRequest & { index: number }>, mapOn?: string | null): PlannedTarget {
  const metric = metricOf(target);
  const rollup = target.unit === 'percent' && metric.percentRollup ? metric.percentRollup : metric.rollup;
  const { each: _each, ...params } = target.params as MetricParams & { each?: string };
  if (target.productIds.length) params.productIds = target.productIds;
  const baselineDate = addDays(target.periodStart, -1);
  const at = measuredOn(target, asOf, mapOn);
  const seriesDates = [...new Set([...monthEnds(target.periodStart, at), at])].filter((d) => d >= target.periodStart);
  const key = JSON.stringify([metric.id, rollup, params, target.periodStart]);
  let request = requests.get(key);
  if (!request) {
    request = { index: requests.size, metric, rollup, params, periodStart: target.periodStart, scopeIds: [], dates: [] };
    requests.set(key, request);
  }
  request.scopeIds = [...new Set([...request.scopeIds, target.scopeUnitId])];
  request.dates = [...new Set([...request.dates, baselineDate, ...seriesDates])];
  return { target, metric, rollup, params, baselineDate, seriesDates, at, request: request.index };
}

/**
 * Progress of the given targets on `asOf`, read as `options` say, each with the
 * approval of the data behind it; children of "every district" targets nest under their parent.
 */
export async function computeProgress(db: Db, targets: TargetRow[], asOf: string, options: FigureOptions = {}): Promise<TargetProgress[]> {
  const requests = new Map<string, MetricRequest & { index: number }>();
  const plans = targets.map((t) => planTarget(t, asOf, requests, options.mapOn));
  const [results, approvals] = await Promise.all([
    evaluateMetrics(db, [...requests.values()], options),
    approvalCoverage(
      db,
      plans.map((p) => ({ scopeId: p.target.scopeUnitId, from: p.target.periodStart, to: p.at })),
    ),
  ]);

  const progress = new Map<number, TargetProgress>();
  for (const [i, p] of plans.entries()) {
    const t = p.target;
    const value = (date: string) => results.get(resultKey(p.request, t.scopeUnitId, date))!;
    const baseline = p.metric.kind === 'stock' ? (value(p.baselineDate).value ?? 0) : 0;
    const targetMin = Number(t.targetMin);
    const now = value(p.at < t.periodStart ? p.baselineDate : p.at);
    const actual = p.at < t.periodStart ? baseline : now.value;
    const path = { periodStart: t.periodStart, dueDate: t.dueDate, baseline, targetMin };
    const figures = progressFigures({ ...path, asOf, actual });
    progress.set(
      t.id,
      Object.assign(new TargetProgress(), {
        target: t,
        metric: metricInfo(p.metric, p.rollup),
        asOf,
        measuredOn: p.at,
        unit: t.unit,
        actual,
        targetMin,
        targetMax: t.targetMax === null ? null : Number(t.targetMax),
        baseline,
        sourceRows: now.sourceRows,
        series: p.seriesDates.map((date) => Object.assign(new ProgressPoint(), { date, actual: value(date).value, expected: expectedToDate(path, date) })),
        districts: [],
        approval: approvals[i],
        approvedOnly: options.approvedOnly ?? false,
        mapOn: options.mapOn ?? null,
        ...figures,
      }),
    );
  }
  const top: TargetProgress[] = [];
  for (const t of targets) {
    const parent = t.parentTargetId === null ? undefined : progress.get(t.parentTargetId);
    if (parent) parent.districts.push(progress.get(t.id)!);
    else top.push(progress.get(t.id)!);
  }
  for (const p of top) if (p.districts.length) summariseDistricts(p);
  return top;
}

/** Progress of every target and milestone of a plan on `asOf`; null for a plan the viewer cannot read. */
export function planProgress(ctx: Context, planId: number, asOf: string, options: FigureOptions = {}): Promise<PlanProgress | null> {
  return cachedResult(ctx, ['targetProgress', planId, asOf, options], async () => {
    const plan = await findPlan(ctx.db, planId);
    if (!plan) return null;
    const [targets, milestones, rounds] = await Promise.all([planTargets(ctx.db, planId), planMilestones(ctx.db, [planId]), roundsHeld(ctx.db, [planId])]);
    return Object.assign(new PlanProgress(), {
      plan,
      asOf,
      targets: await computeProgress(ctx.db, targets, asOf, options),
      milestones: milestoneProgress(milestones, rounds, asOf),
    });
  });
}

/** Progress of every target set for `year` by plans whose scope lies within the unit with this code on `asOf`. */
export function unitKpis(ctx: Context, unitCode: string, year: number, asOf: string, options: FigureOptions = {}): Promise<TargetProgress[]> {
  return cachedResult(ctx, ['kpis', unitCode, year, asOf, options], async () =>
    computeProgress(ctx.db, await unitYearTargets(ctx.db, unitCode, year, asOf), asOf, options),
  );
}

/**
 * "Every district at least N": the parent counts districts — actual is how many
 * reached their own target, target is all of them, forecast how many will.
 */
function summariseDistricts(parent: TargetProgress): void {
  const d = parent.districts;
  parent.actual = d.filter((x) => x.status === ProgressStatus.achieved).length;
  parent.targetMin = d.length;
  parent.targetMax = null;
  parent.unit = TargetUnit.count;
  parent.baseline = 0;
  parent.forecast = d.filter((x) => x.forecast !== null && x.forecast >= x.targetMin).length;
  parent.gap = parent.targetMin - parent.actual;
  parent.ratio = parent.actual / parent.targetMin;
  parent.expectedToDate = null;
  parent.sourceRows = d.reduce((n, x) => n + x.sourceRows, 0);
  parent.series = [];
  const worst = [ProgressStatus.overdue, ProgressStatus.off_track, ProgressStatus.at_risk, ProgressStatus.not_started, ProgressStatus.on_track];
  parent.status = parent.actual === parent.targetMin ? ProgressStatus.achieved : (worst.find((s) => d.some((x) => x.status === s)) ?? ProgressStatus.on_track);
}

const ROUND_LEVEL: Record<string, string> = { district_round: 'district', province_round: 'province', central_round: 'central' };

/** Recorded completion, or for evaluation rounds the day the k-th round of that level was held. */
export function milestoneProgress(milestones: Milestone[], rounds: RoundHeld[], asOf: string): MilestoneProgress[] {
  const ordinal = new Map<string, number>();
  return milestones.map((m) => {
    let doneOn = m.doneOn;
    const level = ROUND_LEVEL[m.kind];
    if (!doneOn && level) {
      const k = (ordinal.get(`${m.planId}|${m.kind}`) ?? 0) + 1;
      ordinal.set(`${m.planId}|${m.kind}`, k);
      doneOn = rounds.find((r) => r.planId === m.planId && r.scopeUnitId === m.scopeUnitId && r.level === level && r.sequence === k)?.heldOn ?? null;
    }
    const done = doneOn !== null && doneOn <= asOf;
    const status = done ? MilestoneStatus.done : m.deadline < asOf ? MilestoneStatus.overdue : MilestoneStatus.pending;
    return Object.assign(new MilestoneProgress(), { milestone: m, status, doneOn: done ? doneOn : null, late: done && doneOn! > m.deadline });
  });
}
