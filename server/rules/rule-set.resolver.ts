import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { listRuleSets, ruleSetOn } from './rule-set.repository.ts';
import { RuleSet } from './rule-set.types.ts';

@Resolver(() => RuleSet)
export class RuleSetResolver {
  @Authorized()
  @Query(() => [RuleSet], { description: 'Every OCOP rule set, oldest first: the decisions, their dates and sources, parts, bands and council levels.' })
  ruleSets(@Ctx() ctx: Context): Promise<RuleSet[]> {
    return listRuleSets(ctx.db);
  }

  @Authorized()
  @Query(() => RuleSet, {
    nullable: true,
    description:
      'The rule set a dossier submitted on this date falls under (where two overlap, 22/5–21/7/2026, the newer: QĐ 26/2026 Điều 12); null before the first.',
  })
  ruleSetOn(
    @Arg('date', () => LocalDate, { description: 'Submission date of the dossier (or, when unknown, its evaluation date).' }) date: string,
    @Ctx() ctx: Context,
  ) {
    return ruleSetOn(ctx.db, date);
  }
}
