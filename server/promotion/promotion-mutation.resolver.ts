import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { PromotionEvent, SalesPoint } from './promotion.entity.ts';
import { PromotionEventInput, SalesPointInput } from './promotion.inputs.ts';
import { createPromotionEvent, salesPointWriter, promotionEventWriter } from './promotion.writer.ts';

@Resolver(() => PromotionEvent)
export class PromotionEventMutationResolver {
  @Mutation(() => PromotionEvent, { description: 'Records a trade-promotion event of a unit inside your write scope, with the products and subjects taking part.' })
  async createPromotionEvent(@Arg('input', () => PromotionEventInput, INPUT_ARG) input: PromotionEventInput, @Ctx() ctx: Context): Promise<PromotionEvent> {
    return runMutation(ctx, async (w) => (await createPromotionEvent(w, input)).row);
  }

  @Mutation(() => PromotionEvent, { description: 'Replaces the fields of an event.' })
  async updatePromotionEvent(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => PromotionEventInput, INPUT_ARG) input: PromotionEventInput,
    @Ctx() ctx: Context,
  ): Promise<PromotionEvent> {
    return runMutation(ctx, async (w) => (await promotionEventWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes an event with its lists of products and subjects.' })
  async deletePromotionEvent(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await promotionEventWriter.delete(w, id, version)).soft));
  }
}

@Resolver(() => SalesPoint)
export class SalesPointMutationResolver {
  @Mutation(() => SalesPoint, { description: 'Records an OCOP sales point in a unit inside your write scope.' })
  async createSalesPoint(@Arg('input', () => SalesPointInput, INPUT_ARG) input: SalesPointInput, @Ctx() ctx: Context): Promise<SalesPoint> {
    return runMutation(ctx, async (w) => (await salesPointWriter.create(w, input)).row);
  }

  @Mutation(() => SalesPoint, { description: 'Replaces the fields of a sales point.' })
  async updateSalesPoint(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => SalesPointInput, INPUT_ARG) input: SalesPointInput,
    @Ctx() ctx: Context,
  ): Promise<SalesPoint> {
    return runMutation(ctx, async (w) => (await salesPointWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a sales point.' })
  async deleteSalesPoint(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await salesPointWriter.delete(w, id, version)).soft));
  }
}
