import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { FigureArgs, figureOptions } from '../common/figure-options.ts';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { today } from '../common/dates.ts';
import type { MetricParams } from '../metrics/metric-definition.ts';
import { DistrictComparison } from './comparison.types.ts';
import { districtComparison } from './comparison.service.ts';

@Resolver()
export class ComparisonResolver {
  @Authorized()
  @Query(() => DistrictComparison, {
    nullable: true,
    description:
      'Every district of a province on one metric for a period: actual, own target, share, rank and rank change, per-denominator figures. Null for an unknown province.',
  })
  districtComparison(
    @Arg('provinceCode', () => String, { description: 'GSO province code, read as of the period start ("24" in 2024 is Bắc Giang), or of mapOn when given.' })
    provinceCode: string,
    @Arg('metric', () => String, { description: 'Metric id from `metrics`, e.g. new_certified_products.' }) metric: string,
    @Arg('params', () => GraphQLJSONObject, { nullable: true, description: 'Metric parameters, e.g. {"minStars": 3}.' }) params: MetricParams | null,
    @Arg('from', () => LocalDate, { description: 'Period start.' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Period end.' }) to: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Read the figures on this date if earlier than the period end.' }) asOf: string | null,
    @Args(() => FigureArgs) figure: FigureArgs,
    @Ctx() ctx: Context,
  ): Promise<DistrictComparison | null> {
    return districtComparison(ctx, { provinceCode, metricId: metric, params: params ?? {}, from, to, asOf: asOf ?? today(), options: figureOptions(figure) });
  }
}
