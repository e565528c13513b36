import { Resolver } from 'type-graphql';
import { recordMutations } from '../writes/record-mutations.ts';
import { Product } from './product.entity.ts';
import { ProductInput } from './product.inputs.ts';
import { productWriter } from './product.writer.ts';

@Resolver()
export class ProductMutationResolver extends recordMutations(Product, ProductInput, productWriter, {
  create: 'Registers a product in a unit inside your write scope; its code must be new.',
  update: 'Replaces the fields of a product; its version goes up by one when anything changed.',
  delete: 'Deletes a product; refused while evaluations, certificates, targets or events refer to it.',
}) {}
