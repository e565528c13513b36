import { Field, Float, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { Decimals, NotBlank, OnOrAfter } from '../writes/validation.ts';
import { MilestoneKind, TargetUnit } from './plan.entity.ts';

@InputType({ description: 'An implementation plan as entered. On update, replaces every field.' })
export class PlanInput {
  @Field(() => String, { description: 'Stable key, e.g. "bac-giang-2026"; unique, at most 40 characters.' })
  @NotBlank()
  @MaxLength(40, { message: 'must be at most 40 characters' })
  key: string;

  @Field(() => Int, { description: 'Id of the issuing province or district; must exist on `issuedOn` (else `periodStart`).' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  issuerUnitId: number;

  @Field(() => String, { description: 'Issuing body, e.g. "Ủy ban nhân dân tỉnh Bắc Giang".' })
  @NotBlank()
  issuerName: string;

  @Field(() => String, { nullable: true, description: 'Document number (số hiệu).' })
  @IsOptional()
  documentNumber?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of issue.' })
  @IsOptional()
  issuedOn?: string | null;

  @Field(() => Int, { description: 'Plan year.' })
  @IsInt()
  @Min(2018, { message: 'must be a programme year, 2018 to 2100' })
  @Max(2100, { message: 'must be a programme year, 2018 to 2100' })
  year: number;

  @Field(() => LocalDate, { description: 'First day of the period the plan covers.' })
  periodStart: string;

  @Field(() => LocalDate, { description: 'Last day of the period: on or after `periodStart`.' })
  @OnOrAfter('periodStart', 'periodStart')
  periodEnd: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @NotBlank()
  title: string;

  @Field(() => String, { nullable: true, description: 'Decision whose product groups the plan uses.' })
  @IsOptional()
  productGroupsDecision?: string | null;

  @Field(() => String, { nullable: true, description: 'Source document.' })
  @IsOptional()
  source?: string | null;
}

/** What a target and a milestone both have: their key and their plan. */
@InputType()
abstract class PlanPartInput {
  @Field(() => String, { description: 'Stable key; unique, at most 80 characters.' })
  @NotBlank()
  @MaxLength(80, { message: 'must be at most 80 characters' })
  key: string;

  @Field(() => Int, { description: 'Id of the plan.' })
  @IsInt()
  @Min(1, { message: 'must be a plan id' })
  planId: number;
}

@InputType({ description: 'A plan target as entered. On update, replaces every field (`productIds` omitted: the named products stay).' })
export class TargetInput extends PlanPartInput {
  @Field(() => Int, { nullable: true, description: 'Id of the parent target, for a per-district breakdown; same plan.' })
  @IsOptional()
  @IsInt()
  parentTargetId?: number | null;

  @Field(() => String, { description: 'Metric id from the metric catalogue (the `metrics` query).' })
  @NotBlank()
  metric: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Metric parameters, e.g. {"minStars": 3}; none when omitted.' })
  @IsOptional()
  params?: Record<string, unknown> | null;

  @Field(() => Int, { description: "Id of the unit the target applies to: the plan's issuer or a unit under it, existing when the plan period starts." })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  scopeUnitId: number;

  @Field(() => Float, { description: 'Target value, or the lower bound of a range.' })
  @Decimals(2)
  @Min(0, { message: 'must be 0 or more' })
  targetMin: number;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a range: at least `targetMin`.' })
  @IsOptional()
  @Decimals(2)
  targetMax?: number | null;

  @Field(() => TargetUnit, { description: 'Unit of the value.' })
  unit: TargetUnit;

  @Field(() => LocalDate, { description: 'Due date.' })
  dueDate: string;

  @Field(() => String, { description: "The plan's own wording." })
  @NotBlank()
  wording: string;

  @Field(() => [Int], { nullable: true, description: 'Ids of the products the plan names for this target; omitted keeps the current ones.' })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'must name at most 500 products' })
  productIds?: number[] | null;
}

@InputType({ description: 'A plan milestone as entered. On update, replaces every field.' })
export class MilestoneInput extends PlanPartInput {
  @Field(() => MilestoneKind, { description: 'Kind of milestone.' })
  kind: MilestoneKind;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  @NotBlank()
  title: string;

  @Field(() => LocalDate, { description: "Deadline, within the plan's period." })
  deadline: string;

  @Field(() => Int, { description: "Id of the unit it applies to: the plan's issuer or a unit under it." })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  scopeUnitId: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date it was done; not in the future.' })
  @IsOptional()
  doneOn?: string | null;

  @Field(() => String, { nullable: true, description: "The plan's own wording." })
  @IsOptional()
  wording?: string | null;
}
