// The pipeline of a province or commune: dossiers by state, the days each
// stage takes, and the forecast of new 3★+ products this year. The forecast
// starts from the metric catalogue's new_certified_products (3★ or more, from
// 1 January): its definition is the catalogue's, never restated here. Targets
// on that metric for the current year carry the same forecast, computed by
// the same function, beside (never instead of) their run-rate forecast.
import { today } from '../common/dates.ts';
import type { FigureOptions } from '../common/figure-options.ts';
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/sql.ts';
import { findMetric } from '../metrics/catalogue.ts';
import type { MetricParams } from '../metrics/metric-definition.ts';
import { evaluateMetrics, resultKey } from '../metrics/metric.repository.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import type { AdminUnit } from '../geo/admin-unit.entity.ts';
import { DossierState } from './dossier.entity.ts';
import { forecastCounts, pipelineFigures, type ForecastCounts } from './pipeline.repository.ts';
import { DossierPipeline, PipelineForecast, PipelineStage, PipelineStateCount } from './pipeline.types.ts';

/** The catalogue's metric of new 3★+ products: the forecast's starting figure. */
export const NEW_PRODUCTS = findMetric('new_certified_products')!;

const END_STATES = new Set([DossierState.decided, DossierState.withdrawn]);

/** The forecast from the year's recognised products and the dossier counts. */
export function pipelineForecast(recognised: number, counts: ForecastCounts): PipelineForecast {
  const forecast = recognised + counts.awaiting;
  return Object.assign(new PipelineForecast(), {
    metric: MetricInfo.of(NEW_PRODUCTS),
    recognised,
    awaitingApproval: counts.awaiting,
    forecast,
    earlierInPipeline: counts.earlier,
    explanation: {
      vi: `${recognised} sản phẩm đã được công nhận 3 sao trở lên lần đầu trong năm, cộng ${counts.awaiting} hồ sơ đã có kết quả hội đồng từ 3 sao (trung bình từ 50 điểm) đang chờ cấp có thẩm quyền phê duyệt: ${forecast}. Ngoài ra còn ${counts.earlier} hồ sơ đang ở các bước trước, chưa tính vào dự báo.`,
      en: `${recognised} products first recognised at 3★ or more this year, plus ${counts.awaiting} dossiers whose council result is in the 3★ band (an average of 50 points or more) awaiting the competent level’s approval: ${forecast}. A further ${counts.earlier} dossiers are earlier in the pipeline and not counted.`,
    },
  });
}

/** Products recognised from 1 January of `year` to `at` by the catalogue metric, for each unit, in one statement. */
async function recognisedThisYear(db: Db, unitIds: number[], year: number, at: string, options: FigureOptions): Promise<Map<number, number>> {
  const results = await evaluateMetrics(
    db,
    [{ metric: NEW_PRODUCTS, rollup: NEW_PRODUCTS.rollup, params: {}, scopeIds: unitIds, dates: [at], periodStart: `${year}-01-01` }],
    options,
  );
  return new Map(unitIds.map((id) => [id, results.get(resultKey(0, id, at))?.value ?? 0]));
}

/** The pipeline of a unit in a year (forecast: the current year only). */
export function dossierPipeline(ctx: Context, unit: AdminUnit, year: number, mapOn: string | null): Promise<DossierPipeline> {
  const day = today();
  return cachedResult(ctx, ['dossierPipeline', unit.id, year, mapOn, day], async () => {
    const current = Number(day.slice(0, 4)) === year;
    const [figures, recognised, counts] = await Promise.all([
      pipelineFigures(ctx.db, unit.id, mapOn, year),
      current ? recognisedThisYear(ctx.db, [unit.id], year, day, { mapOn }) : null,
      current ? forecastCounts(ctx.db, [unit.id], mapOn) : null,
    ]);
    const of = (kind: string, state: DossierState) => figures.find((f) => f.kind === kind && f.state === state);
    const states = Object.values(DossierState);
    return Object.assign(new DossierPipeline(), {
      unit,
      year,
      asOf: day,
      mapOn,
      states: states.map((state) => Object.assign(new PipelineStateCount(), { state, dossiers: of('state', state)?.dossiers ?? 0 })),
      stages: states
        .filter((s) => !END_STATES.has(s))
        .map((state) => {
          const f = of('stage', state);
          return Object.assign(new PipelineStage(), {
            state,
            dossiers: f?.dossiers ?? 0,
            medianDays: f?.median == null ? null : Number(f.median),
            longestDays: f?.longest ?? null,
          });
        }),
      forecast: recognised && counts ? pipelineForecast(recognised.get(unit.id)!, counts.get(unit.id)!) : null,
    });
  });
}

/**
 * A target the pipeline forecast answers: new 3★+ products (of any level) over
 * the current year from 1 January, read today, so that its actual is the
 * forecast's "recognised so far".
 */
export function forecastsNewProducts(
  t: { metric: string; params: unknown; productIds: number[]; periodStart: string; dueDate: string },
  asOf: string,
): boolean {
  const params = (t.params ?? {}) as MetricParams;
  const day = today();
  const year = day.slice(0, 4);
  return (
    t.metric === NEW_PRODUCTS.id &&
    (params.minStars ?? 3) === 3 &&
    params.level == null &&
    !t.productIds.length &&
    t.periodStart === `${year}-01-01` &&
    t.dueDate.slice(0, 4) === year &&
    asOf >= day
  );
}

/**
 * The pipeline forecast of each target it answers, by the target's scope unit,
 * from the target's own actual (the same metric from its period start): one
 * statement for all of them.
 */
export async function pipelineForecastsOf(
  db: Db,
  targets: { scopeUnitId: number; actual: number | null }[],
  options: FigureOptions,
): Promise<(PipelineForecast | null)[]> {
  if (!targets.length) return [];
  const counts = await forecastCounts(db, [...new Set(targets.map((t) => t.scopeUnitId))], options.mapOn ?? null);
  return targets.map((t) => (t.actual === null ? null : pipelineForecast(t.actual, counts.get(t.scopeUnitId)!)));
}
