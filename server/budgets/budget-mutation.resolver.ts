import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { BudgetAllocation, Disbursement } from './budget.entity.ts';
import { BudgetAllocationInput, DisbursementInput } from './budget.inputs.ts';
import { allocationWriter, createDisbursement, disbursementWriter } from './budget.writer.ts';

@Resolver(() => BudgetAllocation)
export class BudgetAllocationMutationResolver {
  @Mutation(() => BudgetAllocation, { description: 'Records money allocated for a year from one source to a unit inside your write scope.' })
  async createBudgetAllocation(@Arg('input', () => BudgetAllocationInput, INPUT_ARG) input: BudgetAllocationInput, @Ctx() ctx: Context): Promise<BudgetAllocation> {
    return runMutation(ctx, async (w) => (await allocationWriter.create(w, input)).row);
  }

  @Mutation(() => BudgetAllocation, { description: 'Replaces the fields of an allocation; its amount may not fall below what is already disbursed from it.' })
  async updateBudgetAllocation(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => BudgetAllocationInput, INPUT_ARG) input: BudgetAllocationInput,
    @Ctx() ctx: Context,
  ): Promise<BudgetAllocation> {
    return runMutation(ctx, async (w) => (await allocationWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes an allocation; refused while disbursements (even deleted ones) draw on it.' })
  async deleteBudgetAllocation(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await allocationWriter.delete(w, id, version)).soft));
  }
}

@Resolver(() => Disbursement)
export class DisbursementMutationResolver {
  @Mutation(() => Disbursement, {
    description: 'Records a payment from an allocation. It may not exceed what remains of the allocation; concurrent payments from one allocation are taken one at a time.',
  })
  async createDisbursement(@Arg('input', () => DisbursementInput, INPUT_ARG) input: DisbursementInput, @Ctx() ctx: Context): Promise<Disbursement> {
    return runMutation(ctx, async (w) => (await createDisbursement(w, input)).row);
  }

  @Mutation(() => Disbursement, { description: 'Replaces the fields of a payment, under the same rules as creating one.' })
  async updateDisbursement(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => DisbursementInput, INPUT_ARG) input: DisbursementInput,
    @Ctx() ctx: Context,
  ): Promise<Disbursement> {
    return runMutation(ctx, async (w) => (await disbursementWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a payment: it is kept, marked deleted, for history; totals and lists no longer count it.' })
  async deleteDisbursement(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await disbursementWriter.delete(w, id, version)).soft));
  }
}
