import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Vnd } from '../common/scalars.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Plan } from '../plans/plan.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { BudgetAllocation, Disbursement } from './budget.entity.ts';
import { BudgetAllocationConnection, BudgetAllocationsArgs, DisbursementConnection, DisbursementsArgs } from './budget.types.ts';
import { listBudgetAllocations, listDisbursements } from './budget.repository.ts';

@Resolver(() => BudgetAllocation)
export class BudgetAllocationResolver {
  @Authorized()
  @Query(() => BudgetAllocationConnection, { description: 'Budget allocations to the programme, filtered, sorted and paginated.' })
  budgetAllocations(@Args(() => BudgetAllocationsArgs) args: BudgetAllocationsArgs, @Ctx() ctx: Context): Promise<BudgetAllocationConnection> {
    return listBudgetAllocations(ctx.db, args);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan that sets the allocation; null for allocations outside a plan.' })
  plan(@Root() allocation: BudgetAllocation, @Ctx() ctx: Context): Promise<Plan | null> | null {
    return allocation.planId ? ctx.loaders.planById.load(allocation.planId) : null;
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit that receives the money.' })
  recipientUnit(@Root() allocation: BudgetAllocation, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(allocation.recipientUnitId);
  }

  @FieldResolver(() => [Disbursement], { description: 'Payments made from the allocation, oldest first.' })
  disbursements(@Root() allocation: BudgetAllocation, @Ctx() ctx: Context): Promise<Disbursement[]> {
    return ctx.loaders.disbursementsByAllocation.load(allocation.id);
  }

  @FieldResolver(() => Vnd, { description: 'Total paid from the allocation so far, exact VND ("0" when nothing was paid).' })
  disbursedAmount(@Root() allocation: BudgetAllocation, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.disbursedAmount.load(allocation.id);
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @Authorized()
  @Query(() => DisbursementConnection, { description: 'Payments from budget allocations (giải ngân), filtered, sorted and paginated.' })
  disbursements(@Args(() => DisbursementsArgs) args: DisbursementsArgs, @Ctx() ctx: Context): Promise<DisbursementConnection> {
    return listDisbursements(ctx.db, args);
  }

  @FieldResolver(() => BudgetAllocation, { nullable: true, description: 'The allocation the payment draws on; null when it lies outside what you may read.' })
  allocation(@Root() disbursement: Disbursement, @Ctx() ctx: Context): Promise<BudgetAllocation | null> {
    return ctx.loaders.allocationById.load(disbursement.allocationId);
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit paid.' })
  unit(@Root() disbursement: Disbursement, @Ctx() ctx: Context): Promise<AdminUnit | null> {
    return ctx.loaders.unitById.load(disbursement.unitId);
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The subject supported by the payment, when it supports one.' })
  subject(@Root() disbursement: Disbursement, @Ctx() ctx: Context): Promise<Subject | null> | null {
    return disbursement.subjectId ? ctx.loaders.subjectById.load(disbursement.subjectId) : null;
  }
}
