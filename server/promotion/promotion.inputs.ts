import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Min } from 'class-validator';
import { LocalDate, Vnd } from '../common/scalars.ts';
import { NotBlank, OnOrAfter, VndAtLeast } from '../writes/validation.ts';
import { EventKind, EventScope, SalesPointStatus } from './promotion.entity.ts';

@InputType({ description: 'A trade-promotion event as entered. On update, replaces every field (`productIds` / `subjectIds` omitted: the current ones stay).' })
export class PromotionEventInput {
  @Field(() => String, { description: 'Event name.' })
  @NotBlank()
  name: string;

  @Field(() => EventKind, { description: 'Kind of event.' })
  kind: EventKind;

  @Field(() => EventScope, { description: 'In-province, out-of-province or international.' })
  scope: EventScope;

  @Field(() => Int, { description: 'Id of the province or district that organised it or sent the delegation; must exist on `startsOn`.' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => String, { nullable: true, description: 'Venue or platform.' })
  @IsOptional()
  location?: string | null;

  @Field(() => LocalDate, { description: 'First day.' })
  startsOn: string;

  @Field(() => LocalDate, { description: 'Last day: on or after `startsOn`.' })
  @OnOrAfter('startsOn', 'startsOn')
  endsOn: string;

  @Field(() => Vnd, { nullable: true, description: 'Sales revenue reported, exact VND.' })
  @IsOptional()
  @VndAtLeast(0)
  revenue?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Ids of the products shown; omitted keeps the current ones.' })
  @IsOptional()
  @ArrayMaxSize(1000, { message: 'must name at most 1000 products' })
  productIds?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'Ids of the subjects that took part; omitted keeps the current ones.' })
  @IsOptional()
  @ArrayMaxSize(1000, { message: 'must name at most 1000 subjects' })
  subjectIds?: number[] | null;
}

@InputType({ description: 'An OCOP sales point as entered. On update, replaces every field.' })
export class SalesPointInput {
  @Field(() => String, { description: 'Name.' })
  @NotBlank()
  name: string;

  @Field(() => Int, { description: 'Id of the unit where it is; must exist on `openedOn` (today if none).' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => SalesPointStatus, { description: 'Existing, upgraded or new; an upgraded point has `upgradedOn`, others none.' })
  status: SalesPointStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Opening date.' })
  @IsOptional()
  openedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the upgrade: on or after `openedOn`.' })
  @IsOptional()
  @OnOrAfter('openedOn', 'openedOn')
  upgradedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Address.' })
  @IsOptional()
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'Id of the subject that runs it.' })
  @IsOptional()
  @IsInt()
  subjectId?: number | null;
}
