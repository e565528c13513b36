import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ACCESS } from '../auth/guard.ts';
import { LocalDate } from '../common/scalars.ts';
import { ID_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { recordMutations } from '../writes/record-mutations.ts';
import { runMutation } from '../writes/write-context.ts';
import { Milestone, Plan, Target } from './plan.entity.ts';
import { MilestoneInput, PlanInput, TargetInput } from './plan.inputs.ts';
import { markMilestoneDone, milestoneWriter, planWriter, targetWriter } from './plan.writer.ts';

@Resolver()
export class PlanMutationResolver extends recordMutations(Plan, PlanInput, planWriter, {
  create: 'Records an implementation plan issued by a province or district inside your write scope.',
  update: 'Replaces the fields of a plan.',
  delete: 'Deletes a plan; refused while targets, milestones, budget lines or classes belong to it.',
}) {}

@Resolver()
export class TargetMutationResolver extends recordMutations(Target, TargetInput, targetWriter, {
  create: 'Adds a quantified target to a plan.',
  update: 'Replaces the fields of a target.',
  delete: 'Deletes a target (and its list of named products); refused while per-district targets hang under it.',
}) {}

@Resolver()
export class MilestoneMutationResolver extends recordMutations(Milestone, MilestoneInput, milestoneWriter, {
  create: 'Adds a dated commitment to a plan.',
  update: 'Replaces the fields of a milestone.',
  delete: 'Deletes a milestone.',
}) {
  @Authorized(ACCESS.write.roles)
  @Mutation(() => Milestone, { description: 'Marks a milestone done on a date (not in the future), or not done with null.' })
  markMilestoneDone(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('doneOn', () => LocalDate, { nullable: true, description: 'Date it was done; null to clear.' }) doneOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return runMutation(ctx, async (w) => (await markMilestoneDone(w, id, version, doneOn ?? null)).row);
  }
}
