import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { today } from '../common/dates.ts';
import { AnalyticsDimension, AnalyticsFilter, AnalyticsMeasure, AnalyticsResult } from './analytics.types.ts';
import { analytics } from './analytics.service.ts';

@Resolver()
export class AnalyticsResolver {
  @Authorized()
  @Query(() => AnalyticsResult, { description: 'A measure grouped by dimensions, with filters, in one SQL statement; money stays exact.' })
  analytics(
    @Arg('measure', () => AnalyticsMeasure, { description: 'What to aggregate.' }) measure: AnalyticsMeasure,
    @Arg('groupBy', () => [AnalyticsDimension], { defaultValue: [], description: 'Dimensions to group by, in order; empty for the total only.' })
    groupBy: AnalyticsDimension[],
    @Arg('filter', () => AnalyticsFilter, { nullable: true, description: 'Filters applied before grouping.' }) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AnalyticsResult> {
    return analytics(ctx, measure, groupBy, filter, filter?.asOf ?? today());
  }
}
