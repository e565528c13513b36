import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { today } from '../common/dates.ts';
import { cachedResult } from '../common/result-cache.ts';
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

@Resolver()
export class AnalyticsResolver {
  @Query(() => AnalyticsResult, { description: 'A measure grouped by dimensions, with filters, in one SQL statement; money stays exact.' })
  async analytics(
    @Arg('measure', () => AnalyticsMeasure, { description: 'What to aggregate.' }) measure: AnalyticsMeasure,
    @Arg('groupBy', () => [AnalyticsDimension], { defaultValue: [], description: 'Dimensions to group by, in order; empty for the total only.' }) groupBy: AnalyticsDimension[],
    @Arg('filter', () => AnalyticsFilter, { nullable: true, description: 'Filters applied before grouping.' }) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AnalyticsResult> {
    const asOf = filter?.asOf ?? today();
    const rows = await cachedResult(ctx.db, ctx.loaders.dataVersion, ['analytics', measure, groupBy, filter, asOf], () =>
      runAnalytics(ctx.db, measure, groupBy, filter, asOf),
    );
    const total = rows.find((r) => r.is_total);
    return Object.assign(new AnalyticsResult(), {
      measure,
      groupBy,
      asOf,
      rows: groupBy.length ? rows.filter((r) => !r.is_total).map((r) => toRow(groupBy, r)) : [],
      total: toRow([], total),
    });
  }
}
