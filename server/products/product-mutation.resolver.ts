import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { ID_ARG, INPUT_ARG, VERSION_ARG } from '../writes/mutation-args.ts';
import { runMutation } from '../writes/write-context.ts';
import { DeletedRecord, deletedRecord } from '../writes/write.types.ts';
import { Product } from './product.entity.ts';
import { ProductInput } from './product.inputs.ts';
import { productWriter } from './product.writer.ts';

@Resolver(() => Product)
export class ProductMutationResolver {
  @Mutation(() => Product, { description: 'Registers a product in a unit inside your write scope; its code must be new.' })
  async createProduct(@Arg('input', () => ProductInput, INPUT_ARG) input: ProductInput, @Ctx() ctx: Context): Promise<Product> {
    return runMutation(ctx, async (w) => (await productWriter.create(w, input)).row);
  }

  @Mutation(() => Product, { description: 'Replaces the fields of a product; its version goes up by one when anything changed.' })
  async updateProduct(
    @Arg('id', () => Int, ID_ARG) id: number,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => ProductInput, INPUT_ARG) input: ProductInput,
    @Ctx() ctx: Context,
  ): Promise<Product> {
    return runMutation(ctx, async (w) => (await productWriter.update(w, id, version, input)).row);
  }

  @Mutation(() => DeletedRecord, { description: 'Deletes a product; refused while evaluations, certificates, targets or events refer to it.' })
  async deleteProduct(@Arg('id', () => Int, ID_ARG) id: number, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: Context): Promise<DeletedRecord> {
    return runMutation(ctx, async (w) => deletedRecord(id, (await productWriter.delete(w, id, version)).soft));
  }
}
