import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { NotBlank } from '../writes/validation.ts';
import { ProductGroup, ProductGroup1048, ProductStatus } from './product.entity.ts';

@InputType({ description: 'A product as entered. Creates one, or on update replaces every field (omitted optional fields become empty).' })
export class ProductInput {
  @Field(() => String, { description: 'Programme code; unique, at most 40 characters.' })
  @NotBlank()
  @MaxLength(40, { message: 'must be at most 40 characters' })
  code: string;

  @Field(() => String, { description: 'Product name with diacritics.' })
  @NotBlank()
  @MaxLength(300, { message: 'must be at most 300 characters' })
  name: string;

  @Field(() => ProductGroup, {
    nullable: true,
    description: 'Product group under Decision 148/QĐ-TTg. May be left out when `group1048` is given: it is then the group the crosswalk maps that to.',
  })
  @IsOptional()
  group?: ProductGroup | null;

  @Field(() => ProductGroup1048, {
    nullable: true,
    description:
      'Its group under Decision 1048/QĐ-TTg, for a product registered under that decision (e.g. textile, "Vải và may mặc"); `group` must be the one it maps to.',
  })
  @IsOptional()
  group1048?: ProductGroup1048 | null;

  @Field(() => String, { nullable: true, description: 'Sub-group within the group, in Vietnamese.' })
  @IsOptional()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  subGroup?: string | null;

  @Field(() => Int, { description: 'Id of the subject that owns the product.' })
  @IsInt()
  @Min(1, { message: 'must be a subject id' })
  subjectId: number;

  @Field(() => Int, { description: 'Id of its unit (commune, or district where there is no commune level); must exist on `registeredOn` (today if none).' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => ProductStatus, { defaultValue: ProductStatus.registered, description: 'Programme status.' })
  status: ProductStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Date the product was registered with the programme.' })
  @IsOptional()
  registeredOn?: string | null;
}
