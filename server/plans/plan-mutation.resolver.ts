import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { LocalDate } from '../common/scalars.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { Milestone, Plan, Target } from './plan.entity.ts';
import { MilestoneInput, PlanInput, TargetInput } from './plan.inputs.ts';
import { milestoneWriter, planWriter, targetWriter, markMilestoneDone } from './plan.writer.ts';

@Resolver(() => Plan)
export class PlanMutationResolver {
  @Mutation(() => Plan, { description: 'Records an implementation plan issued by a province or district inside your write scope.' })
  async createPlan(@Arg('input', () => PlanInput, INPUT_ARG) input: PlanInput, @Ctx() ctx: Context): Promise<Plan> {
    return runMutation(ctx, async (w) => (await planWriter.create(w, input)).row);
  }

  @Mutation(() => Plan, { description: 'Replaces the fields of a plan.' })
  async updatePlan(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => PlanInput, INPUT_ARG) input: PlanInput,
    @Ctx() ctx: Context,
  ): Promise<Plan> {
    return runMutation(ctx, async (w) => (await planWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a plan; refused while targets, milestones, budget lines or classes belong to it.' })
  async deletePlan(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await planWriter.delete(w, id, version)).soft));
  }
}

@Resolver(() => Target)
export class TargetMutationResolver {
  @Mutation(() => Target, { description: 'Adds a quantified target to a plan.' })
  async createTarget(@Arg('input', () => TargetInput, INPUT_ARG) input: TargetInput, @Ctx() ctx: Context): Promise<Target> {
    return runMutation(ctx, async (w) => (await targetWriter.create(w, input)).row);
  }

  @Mutation(() => Target, { description: 'Replaces the fields of a target.' })
  async updateTarget(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => TargetInput, INPUT_ARG) input: TargetInput,
    @Ctx() ctx: Context,
  ): Promise<Target> {
    return runMutation(ctx, async (w) => (await targetWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a target (and its list of named products); refused while per-district targets hang under it.' })
  async deleteTarget(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await targetWriter.delete(w, id, version)).soft));
  }
}

@Resolver(() => Milestone)
export class MilestoneMutationResolver {
  @Mutation(() => Milestone, { description: 'Adds a dated commitment to a plan.' })
  async createMilestone(@Arg('input', () => MilestoneInput, INPUT_ARG) input: MilestoneInput, @Ctx() ctx: Context): Promise<Milestone> {
    return runMutation(ctx, async (w) => (await milestoneWriter.create(w, input)).row);
  }

  @Mutation(() => Milestone, { description: 'Replaces the fields of a milestone.' })
  async updateMilestone(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => MilestoneInput, INPUT_ARG) input: MilestoneInput,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return runMutation(ctx, async (w) => (await milestoneWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => Milestone, { description: 'Marks a milestone done on a date (not in the future), or not done with null.' })
  async markMilestoneDone(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('doneOn', () => LocalDate, { nullable: true, description: 'Date it was done; null to clear.' }) doneOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Milestone> {
    return runMutation(ctx, async (w) => (await markMilestoneDone(w, id, version, doneOn ?? null)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a milestone.' })
  async deleteMilestone(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await milestoneWriter.delete(w, id, version)).soft));
  }
}
