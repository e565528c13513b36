// Every figure of a periodic report, taken from the services the dashboard
// reads: plan progress (targets, milestones) from server/progress, and the
// other figures from the metric catalogue, all evaluated in one statement.
// Nothing here computes a figure of its own; this is the one module that
// knows those services' shapes.
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import { FundingSource } from '../budgets/budget.entity.ts';
import { findMetric } from '../metrics/catalogue.ts';
import type { MetricDefinition, MetricParams } from '../metrics/metric-definition.ts';
import { paramProblems } from '../metrics/metric-params.ts';
import { evaluateMetrics, resultKey, type MetricRequest } from '../metrics/metric.repository.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import { planProgress } from '../progress/progress.service.ts';
import type { MilestoneProgress, TargetProgress } from '../progress/progress.types.ts';
import type { Plan } from '../plans/plan.entity.ts';
import type { BudgetAllocation } from '../budgets/budget.entity.ts';
import type { ReportWindow } from './report-period.ts';
import { childUnits, planBudgetLines, plansForUnit, provenance, unitsByIds, unitsWithin, type ProvenanceRow, type ReportUnit } from './report.repository.ts';

/** A catalogue figure the report shows: which metric with which parameters, counted from the year's start or over the reporting window. */
interface FigureSpec {
  metric: string;
  params: MetricParams;
  from: 'year' | 'window';
}

/** The columns of the table by unit. */
export const UNIT_FIGURES = {
  certified: { metric: 'certified_products', params: { minStars: 3 }, from: 'year' },
  newCertified: { metric: 'new_certified_products', params: { minStars: 3 }, from: 'year' },
  allocated: { metric: 'allocated_vnd', params: {}, from: 'year' },
  // Against the allocation it was paid from, as the rate and the budget screen count it.
  disbursed: { metric: 'disbursed_from_allocation_vnd', params: {}, from: 'year' },
  rate: { metric: 'disbursement_rate', params: {}, from: 'year' },
} satisfies Record<string, FigureSpec>;
export type UnitFigure = keyof typeof UNIT_FIGURES;

/** Training and promotion: each counted over the reporting window and from the year's start. */
export const ACTIVITY_FIGURES: { metric: string; params: MetricParams }[] = [
  { metric: 'training_classes', params: {} },
  { metric: 'learners_trained', params: {} },
  { metric: 'promotion_events', params: {} },
  { metric: 'promotion_events', params: { scope: 'in_province' } },
  { metric: 'promotion_events', params: { scope: 'out_of_province' } },
  { metric: 'promotion_events', params: { scope: 'international' } },
  { metric: 'sales_points', params: { status: 'new' } },
  { metric: 'sales_points', params: { status: 'upgraded' } },
  { metric: 'subjects_supported', params: {} },
];

export const SOURCES: FundingSource[] = Object.values(FundingSource);
const MONEY: UnitFigure[] = ['allocated', 'disbursed', 'rate'];

export interface UnitRow {
  unit: ReportUnit;
  values: Record<UnitFigure, number | null>;
}

export interface SourceRow {
  source: FundingSource;
  allocated: number | null;
  disbursed: number | null;
  rate: number | null;
}

export interface ActivityRow {
  /** The catalogue's metric: its unit says how the values are written. */
  metric: MetricInfo;
  params: MetricParams;
  inWindow: number | null;
  yearToDate: number | null;
}

export interface ReportFigures {
  unit: ReportUnit;
  window: ReportWindow;
  /** The date every figure is read at: the cut-off, or today while the period runs. */
  asOf: string;
  /** First day of the report's year: the start of year-to-date figures. */
  yearStart: string;
  plans: Plan[];
  budgetLines: BudgetAllocation[];
  /** The unit's targets: those of the plans scoped inside the unit, "every district" parents with their districts inside it. */
  targets: TargetProgress[];
  milestones: MilestoneProgress[];
  /** Units named by targets and milestones, by id. */
  scopes: Map<number, ReportUnit>;
  /** The units directly under the reporting unit, then the unit itself. */
  unitRows: UnitRow[];
  total: UnitRow;
  /** The catalogue's metric of each column of the table by unit (its unit says how the values are written). */
  unitColumns: Record<UnitFigure, MetricInfo>;
  sourceRows: SourceRow[];
  activity: ActivityRow[];
  /** Every metric a figure of the report comes from. */
  metrics: MetricInfo[];
  provenance: ProvenanceRow[];
}

/** The catalogue's metric of a figure the report asks for, with parameters it declares (a report that asks otherwise is a bug). */
function metricOf(id: string, params: MetricParams): MetricDefinition {
  const metric = findMetric(id);
  if (!metric) throw new Error(`the report asks for an unknown metric ${id}`);
  const [problem] = paramProblems(metric, params);
  if (problem) throw new Error(`the report asks ${id} for params.${problem.name}, which ${problem.message.en}`);
  return metric;
}

/** The unit's share of a plan: targets inside it (an "every district" parent outside it gives way to its districts inside). */
function targetsInside(targets: TargetProgress[], inside: Set<number>): TargetProgress[] {
  return targets.flatMap((t) => (inside.has(t.target.scopeUnitId) ? [t] : t.districts.filter((d) => inside.has(d.target.scopeUnitId))));
}

/** The catalogue figures of the report in one statement: by unit, by funding source, training and promotion. */
async function catalogueFigures(ctx: Context, unit: ReportUnit, children: ReportUnit[], window: ReportWindow, asOf: string, yearStart: string) {
  const requests: MetricRequest[] = [];
  const ask = (spec: FigureSpec, scopeIds: number[]): number => {
    const metric = metricOf(spec.metric, spec.params);
    requests.push({ metric, rollup: metric.rollup, params: spec.params, scopeIds, dates: [asOf], periodStart: spec.from === 'year' ? yearStart : window.from });
    return requests.length - 1;
  };
  const unitIds = [unit.id, ...children.map((c) => c.id)];
  const byUnit = Object.fromEntries(Object.entries(UNIT_FIGURES).map(([key, spec]) => [key, ask(spec, unitIds)])) as Record<UnitFigure, number>;
  const bySource = SOURCES.map((source) => MONEY.map((key) => ask({ ...UNIT_FIGURES[key], params: { source } }, [unit.id])));
  const activity = ACTIVITY_FIGURES.map((a) => [ask({ ...a, from: 'window' }, [unit.id]), ask({ ...a, from: 'year' }, [unit.id])]);

  const results = await evaluateMetrics(ctx.db, requests);
  const value = (request: number, unitId: number) => results.get(resultKey(request, unitId, asOf))?.value ?? null;
  const rowOf = (u: ReportUnit): UnitRow => ({
    unit: u,
    values: Object.fromEntries(Object.entries(byUnit).map(([key, request]) => [key, value(request, u.id)])) as Record<UnitFigure, number | null>,
  });
  return {
    unitRows: children.map(rowOf),
    total: rowOf(unit),
    unitColumns: Object.fromEntries(Object.entries(byUnit).map(([key, request]) => [key, MetricInfo.of(requests[request].metric)])) as Record<
      UnitFigure,
      MetricInfo
    >,
    sourceRows: SOURCES.map((source, i) => {
      const [allocated, disbursed, rate] = bySource[i].map((request) => value(request, unit.id));
      return { source, allocated, disbursed, rate };
    }),
    activity: ACTIVITY_FIGURES.map((a, i) => ({
      metric: MetricInfo.of(requests[activity[i][0]].metric),
      params: a.params,
      inWindow: value(activity[i][0], unit.id),
      yearToDate: value(activity[i][1], unit.id),
    })),
    metrics: [...new Set(requests.map((r) => r.metric))].map((m) => MetricInfo.of(m)),
  };
}

/** The report's figures for a unit (readable by the viewer) and period, read on `asOf`. */
export function reportFigures(ctx: Context, unit: ReportUnit, window: ReportWindow, asOf: string, planIds: number[] | null): Promise<ReportFigures> {
  return cachedResult(ctx, ['reportFigures', unit.id, window.code, window.year, window.endMonth, asOf, planIds], async () => {
    const yearStart = `${window.year}-01-01`;
    const from = window.from < yearStart ? window.from : yearStart;
    const [plans, children, inside, rows] = await Promise.all([
      plansForUnit(ctx.db, unit.id, window.year, planIds),
      childUnits(ctx.db, unit.id, window.from, asOf),
      unitsWithin(ctx.db, unit.id),
      provenance(ctx.db, unit.id, from, asOf),
    ]);
    const [progress, budgetLines, catalogue] = await Promise.all([
      Promise.all(plans.map((p) => planProgress(ctx, p.id, asOf))),
      planBudgetLines(
        ctx.db,
        plans.map((p) => p.id),
      ),
      catalogueFigures(ctx, unit, children, window, asOf, yearStart),
    ]);
    const targets = progress.flatMap((p) => (p ? targetsInside(p.targets, inside) : []));
    const milestones = progress.flatMap((p) => p?.milestones.filter((m) => inside.has(m.milestone.scopeUnitId)) ?? []);
    const scopeIds = [
      ...new Set([
        ...targets.flatMap((t) => [t.target.scopeUnitId, ...t.districts.map((d) => d.target.scopeUnitId)]),
        ...milestones.map((m) => m.milestone.scopeUnitId),
      ]),
    ];
    const scopes = new Map((await unitsByIds(ctx.db, scopeIds)).map((u) => [u.id, u]));
    const metrics = new Map([...targets.map((t) => t.metric), ...catalogue.metrics].map((m) => [`${m.id}@${m.version}`, m]));
    return { unit, window, asOf, yearStart, plans, budgetLines, targets, milestones, scopes, ...catalogue, metrics: [...metrics.values()], provenance: rows };
  });
}
