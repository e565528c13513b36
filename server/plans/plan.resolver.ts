import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { BudgetAllocation } from '../budgets/budget.entity.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Product } from '../products/product.entity.ts';
import { Milestone, Plan, Target } from './plan.entity.ts';
import { PlanConnection, PlansArgs, TargetConnection, TargetsArgs } from './plan.types.ts';
import { listPlans, listTargets } from './plan.repository.ts';

@Resolver(() => Plan)
export class PlanResolver {
  @Authorized()
  @Query(() => PlanConnection, { description: 'OCOP implementation plans, filtered, sorted and paginated.' })
  plans(@Args(() => PlansArgs) args: PlansArgs, @Ctx() ctx: Context): Promise<PlanConnection> {
    return listPlans(ctx.db, args);
  }

  @Authorized()
  @Query(() => Plan, { nullable: true, description: 'One plan by id; null when there is none.' })
  plan(@Arg('id', () => Int, { description: 'Plan id.' }) id: number, @Ctx() ctx: Context): Promise<Plan | null> {
    return ctx.loaders.planById.load(id);
  }

  @FieldResolver(() => AdminUnit, { description: 'The province or district that issued the plan.' })
  issuer(@Root() plan: Plan, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(plan.issuerUnitId);
  }

  @FieldResolver(() => [Target], { description: "The plan's own targets, in the plan's order; per-district breakdowns are under each target's `children`." })
  targets(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Target[]> {
    return ctx.loaders.topTargetsByPlan.load(plan.id);
  }

  @FieldResolver(() => [Milestone], { description: "The plan's dated commitments, earliest deadline first." })
  milestones(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Milestone[]> {
    return ctx.loaders.milestonesByPlan.load(plan.id);
  }

  @FieldResolver(() => [BudgetAllocation], { description: "The plan's budget lines, one per funding source and recipient, in the plan's order." })
  budgetAllocations(@Root() plan: Plan, @Ctx() ctx: Context): Promise<BudgetAllocation[]> {
    return ctx.loaders.allocationsByPlan.load(plan.id);
  }
}

@Resolver(() => Target)
export class TargetResolver {
  @Authorized()
  @Query(() => TargetConnection, { description: 'Plan targets (top-level and per-district), filtered, sorted and paginated.' })
  targets(@Args(() => TargetsArgs) args: TargetsArgs, @Ctx() ctx: Context): Promise<TargetConnection> {
    return listTargets(ctx.db, args);
  }

  @FieldResolver(() => Plan, {
    nullable: true,
    description: 'The plan that sets the target; null when it lies outside what you may read (a province plan, for a reader of one district).',
  })
  plan(@Root() target: Target, @Ctx() ctx: Context): Promise<Plan | null> {
    return ctx.loaders.planById.load(target.planId);
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit the target applies to.' })
  scopeUnit(@Root() target: Target, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(target.scopeUnitId);
  }

  @FieldResolver(() => [Product], { description: 'Products the plan names for this target (e.g. the black-garlic products of Lý Sơn), by name.' })
  products(@Root() target: Target, @Ctx() ctx: Context): Promise<Product[]> {
    return ctx.loaders.productsByTarget.load(target.id);
  }

  @FieldResolver(() => [Target], { description: 'Per-district targets of an "every district" target, by district code; empty otherwise.' })
  children(@Root() target: Target, @Ctx() ctx: Context): Promise<Target[]> {
    return ctx.loaders.targetChildren.load(target.id);
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => AdminUnit, { description: 'The unit the milestone applies to.' })
  scopeUnit(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(milestone.scopeUnitId);
  }
}
