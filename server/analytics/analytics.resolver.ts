import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult } from './analytics.types.ts';
import { analytics } from './analytics.service.ts';

@Resolver()
export class AnalyticsResolver {
  @Authorized()
  @Query(() => AnalyticsResult, {
    description:
      'A catalogue metric grouped by dimensions, with filters, in one SQL statement: the same rows targets and KPIs count. Money stays exact. Ratios are refused (read them per unit with districtComparison or kpis).',
  })
  analytics(
    @Arg('measure', () => AnalyticsMeasure, { nullable: true, description: 'What to aggregate, by shorthand; give this or `metric`.' })
    measure: AnalyticsMeasure | null,
    @Arg('metric', () => String, { nullable: true, description: 'What to aggregate, by catalogue metric id (the `metrics` query); give this or `measure`.' })
    metric: string | null,
    @Arg('params', () => GraphQLJSONObject, { nullable: true, description: 'The metric’s parameters (its `params`), e.g. {"source": "central"}.' })
    params: Record<string, unknown> | null,
    @Arg('groupBy', () => [AnalyticsDimension], { defaultValue: [], description: 'Dimensions to group by, in order; empty for the total only.' })
    groupBy: AnalyticsDimension[],
    @Arg('filter', () => AnalyticsFilter, { nullable: true, description: 'Filters applied before grouping.' }) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AnalyticsResult> {
    return analytics(ctx, { measure: measure ?? null, metric: metric ?? null, params, groupBy, filter, asOf: filter?.asOf ?? null });
  }
}
