import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { FigureArgs, figureOptions } from '../common/figure-options.ts';
import type { Context } from '../context.ts';
import { badInput } from '../common/errors.ts';
import { today } from '../common/dates.ts';
import { LocalDate } from '../common/scalars.ts';
import { METRICS } from '../metrics/catalogue.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import { PlanProgress, TargetProgress } from './progress.types.ts';
import { planProgress, unitKpis } from './progress.service.ts';

@Resolver()
export class ProgressResolver {
  @Authorized()
  @Query(() => [MetricInfo], { description: 'The metric catalogue: every metric a target can be measured by, with its rule and version.' })
  metrics(): MetricInfo[] {
    return METRICS.map((m) => MetricInfo.of(m));
  }

  @Authorized()
  @Query(() => PlanProgress, { nullable: true, description: 'Progress of every target and milestone of a plan on a date; null for an unknown plan.' })
  targetProgress(
    @Arg('planId', () => Int, { description: 'Plan id.' }) planId: number,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the figures (default today).' }) asOf: string | null,
    @Args(() => FigureArgs) figure: FigureArgs,
    @Ctx() ctx: Context,
  ): Promise<PlanProgress | null> {
    return planProgress(ctx, planId, asOf ?? today(), figureOptions(figure));
  }

  @Authorized()
  @Query(() => [TargetProgress], {
    description: 'Progress of every target set for the year by plans whose scope lies within the unit (a province includes its districts’ targets).',
  })
  kpis(
    @Arg('unitCode', () => String, { description: 'GSO code of a province or district.' }) unitCode: string,
    @Arg('year', () => Int, { description: 'Plan year.' }) year: number,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the figures (default today); also the date on which the code is read.' }) asOf:
      | string
      | null,
    @Args(() => FigureArgs) figure: FigureArgs,
    @Ctx() ctx: Context,
  ): Promise<TargetProgress[]> {
    if (year < 2000 || year > 2100)
      throw badInput('year', { vi: `cần một năm kế hoạch, ví dụ 2024; nhận được ${year}`, en: `expected a plan year such as 2024, got ${year}` });
    return unitKpis(ctx, unitCode, year, asOf ?? today(), figureOptions(figure));
  }
}
