import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { NotBlank } from '../writes/validation.ts';
import { EnterpriseSize, SubjectType } from './subject.entity.ts';

@InputType({ description: 'An OCOP subject as entered. Creates one, or on update replaces every field (omitted optional fields become empty).' })
export class SubjectInput {
  @Field(() => String, { description: 'Registration or tax code; unique, at most 40 characters.' })
  @NotBlank()
  @MaxLength(40, { message: 'must be at most 40 characters' })
  code: string;

  @Field(() => String, { description: 'Registered name with diacritics.' })
  @NotBlank()
  @MaxLength(300, { message: 'must be at most 300 characters' })
  name: string;

  @Field(() => SubjectType, { description: 'Legal form.' })
  type: SubjectType;

  @Field(() => EnterpriseSize, { nullable: true, description: 'Size class; enterprises only.' })
  @IsOptional()
  enterpriseSize?: EnterpriseSize | null;

  @Field(() => Int, {
    description: 'Id of the unit (commune, or district where there is no commune level) where it is registered; must exist on `registeredOn` (today if none).',
  })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date of business registration.' })
  @IsOptional()
  registeredOn?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Linked to a value chain.' })
  valueChainLinked: boolean;

  @Field(() => String, { nullable: true, description: 'Legal representative (personal data).' })
  @IsOptional()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  representative?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone (personal data): digits, spaces and + ( ) . -' })
  @IsOptional()
  @Matches(/^[0-9 +().-]{6,20}$/, { message: 'must be a phone number: 6 to 20 digits, spaces or + ( ) . -' })
  phone?: string | null;
}
