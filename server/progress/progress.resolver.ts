import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { badInput } from '../common/errors.ts';
import { LocalDate } from '../common/scalars.ts';
import { today } from '../common/dates.ts';
import { cachedResult } from '../common/result-cache.ts';
import { METRICS } from '../metrics/catalogue.ts';
import { MetricInfo, PlanProgress, TargetProgress } from './progress.types.ts';
import { findPlan, planMilestones, planTargets, roundsHeld, unitYearTargets } from './progress.repository.ts';
import { computeProgress, metricInfo, milestoneProgress } from './progress.service.ts';

@Resolver()
export class ProgressResolver {
  @Query(() => [MetricInfo], { description: 'The metric catalogue: every metric a target can be measured by, with its rule and version.' })
  metrics(): MetricInfo[] {
    return METRICS.map((m) => metricInfo(m));
  }

  @Query(() => PlanProgress, { nullable: true, description: 'Progress of every target and milestone of a plan on a date; null for an unknown plan.' })
  async targetProgress(
    @Arg('planId', () => Int, { description: 'Plan id.' }) planId: number,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the figures (default today).' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<PlanProgress | null> {
    const date = asOf ?? today();
    return cachedResult(ctx.db, ctx.loaders.dataVersion, ['targetProgress', planId, date], async () => {
      const plan = await findPlan(ctx.db, planId);
      if (!plan) return null;
      const [targets, milestones, rounds] = await Promise.all([
        planTargets(ctx.db, planId),
        planMilestones(ctx.db, [planId]),
        roundsHeld(ctx.db, [planId]),
      ]);
      return Object.assign(new PlanProgress(), {
        plan,
        asOf: date,
        targets: await computeProgress(ctx.db, targets, date),
        milestones: milestoneProgress(milestones, rounds, date),
      });
    });
  }

  @Query(() => [TargetProgress], {
    description: 'Progress of every target set for the year by plans whose scope lies within the unit (a province includes its districts’ targets).',
  })
  async kpis(
    @Arg('unitCode', () => String, { description: 'GSO code of a province or district.' }) unitCode: string,
    @Arg('year', () => Int, { description: 'Plan year.' }) year: number,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Date of the figures (default today); also the date on which the code is read.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<TargetProgress[]> {
    if (year < 2000 || year > 2100) throw badInput('year', `expected a plan year such as 2024, got ${year}`);
    const date = asOf ?? today();
    return cachedResult(ctx.db, ctx.loaders.dataVersion, ['kpis', unitCode, year, date], async () =>
      computeProgress(ctx.db, await unitYearTargets(ctx.db, unitCode, year, date), date),
    );
  }
}
