import { Resolver } from 'type-graphql';
import { recordMutations } from '../writes/record-mutations.ts';
import { PromotionEvent, SalesPoint } from './promotion.entity.ts';
import { PromotionEventInput, SalesPointInput } from './promotion.inputs.ts';
import { promotionEventWriter, salesPointWriter } from './promotion.writer.ts';

@Resolver()
export class PromotionEventMutationResolver extends recordMutations(PromotionEvent, PromotionEventInput, promotionEventWriter, {
  create: 'Records a trade-promotion event of a unit inside your write scope, with the products and subjects taking part.',
  update: 'Replaces the fields of an event.',
  delete: 'Deletes an event with its lists of products and subjects.',
}) {}

@Resolver()
export class SalesPointMutationResolver extends recordMutations(SalesPoint, SalesPointInput, salesPointWriter, {
  create: 'Records an OCOP sales point in a unit inside your write scope.',
  update: 'Replaces the fields of a sales point.',
  delete: 'Deletes a sales point.',
}) {}
