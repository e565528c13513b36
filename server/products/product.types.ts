import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { LocalDate } from '../common/scalars.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { SubjectType } from '../subjects/subject.entity.ts';
import { Product, ProductGroup, ProductStatus } from './product.entity.ts';

export const ProductConnection = connectionType(Product, 'Product', 'products');
export type ProductConnection = InstanceType<typeof ProductConnection>;

export enum ProductOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  REGISTERED_ON = 'REGISTERED_ON',
  STARS = 'STARS',
}
registerEnumType(ProductOrderField, {
  name: 'ProductOrderField',
  description: 'Sortable product fields. STARS is the current rating on `ratingAsOf` (unrated products count as 0).',
});
export const ProductOrder = orderInput(ProductOrderField, 'Product');
export type ProductOrder = InstanceType<typeof ProductOrder>;

@InputType({ description: 'Filters for products; all given conditions must hold.' })
export class ProductFilter extends UnitScopeFilter {
  @Field(() => [ProductGroup], { nullable: true, description: 'Any of these product groups.' })
  groups?: ProductGroup[] | null;

  @Field(() => [SubjectType], { nullable: true, description: "Owner's legal form is any of these." })
  subjectTypes?: SubjectType[] | null;

  @Field(() => [ProductStatus], { nullable: true, description: 'Any of these statuses: today’s, or on `ratingAsOf` when given.' })
  statuses?: ProductStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Current rating at least this many stars (on `ratingAsOf`).' })
  minStars?: number | null;

  @Field(() => Int, { nullable: true, description: 'Current rating at most this many stars (on `ratingAsOf`).' })
  maxStars?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Date the list is read at (default today): the rating, expiry and status filters and the order by stars. Ask each node for `status(asOf:)` and `currentCertificate(asOf:)` with the same date to show one date throughout.',
  })
  ratingAsOf?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Has a certificate decided on or after this date.' })
  certifiedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Has a certificate decided on or before this date.' })
  certifiedTo?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Current certificate expires on or after this date.' })
  expiringFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Current certificate expires on or before this date.' })
  expiringTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Registered with the programme in this year.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Owned by this subject.' })
  subjectId?: number | null;

  @Field(() => String, { nullable: true, description: 'Name or code contains this text, ignoring case and diacritics ("toi den" finds "Tỏi đen").' })
  search?: string | null;
}

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => ProductFilter, { nullable: true, description: 'Filters.' })
  filter?: ProductFilter | null;

  @Field(() => [ProductOrder], { nullable: true, description: 'Sort keys, first wins; default by name.' })
  orderBy?: ProductOrder[] | null;
}
