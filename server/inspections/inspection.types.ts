import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { NotBlank } from '../writes/validation.ts';
import { InspectionConsequence, InspectionMethod, InspectionState } from './inspection.entity.ts';

@ArgsType()
export class InspectionsArgs {
  @Field(() => String, { nullable: true, description: 'GSO code of a province or commune (today’s map): checks of products in it.' })
  @IsOptional()
  @MaxLength(10)
  unitCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the plan.' })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => [InspectionState], { nullable: true, description: 'Only in these states (the inspector’s list: planned, awaiting_fix).' })
  @IsOptional()
  states?: InspectionState[] | null;

  @Field(() => Int, { nullable: true, description: 'Only of this product.' })
  @IsOptional()
  @IsInt()
  productId?: number | null;
}

@InputType({ description: 'One product to check: by risk, or after a complaint.' })
export class PlanInspectionInput {
  @Field(() => Int, { description: 'The product: it must hold a certificate valid on the planned day.' })
  @IsInt()
  productId: number;

  @Field(() => InspectionMethod, { description: 'Why it is checked (a random sample is drawn with drawInspectionSample).' })
  method: InspectionMethod;

  @Field(() => LocalDate, { description: 'Day the check is planned for.' })
  plannedOn: string;

  @Field(() => Int, { nullable: true, description: 'Risk score (0–100) when chosen by risk.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  riskScore?: number | null;
}

@InputType({ description: 'A random sample of certified products for a year’s plan.' })
export class InspectionSampleInput {
  @Field(() => String, { description: 'GSO code of the province (or commune) whose products are drawn.' })
  @NotBlank()
  @MaxLength(10)
  unitCode: string;

  @Field(() => Int, { description: 'Year of the plan.' })
  @IsInt()
  @Min(2018)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: 'How many products to draw (1–500).' })
  @IsInt()
  @Min(1)
  @Max(500)
  count: number;

  @Field(() => String, { description: 'The seed, recorded with each check: the same seed on the same data draws the same products.' })
  @NotBlank()
  @MaxLength(100)
  seed: string;

  @Field(() => LocalDate, { description: 'Day the checks are planned for.' })
  plannedOn: string;
}

@InputType({ description: 'What a check found and what follows.' })
export class InspectionFindingInput {
  @Field(() => LocalDate, { description: 'Day it was carried out: not before it was planned, not after today.' })
  inspectedOn: string;

  @Field(() => String, { description: 'What the inspectors found.' })
  @NotBlank()
  @MaxLength(4000, { message: 'must be at most 4000 characters' })
  findings: string;

  @Field(() => InspectionConsequence, { description: 'What follows.' })
  consequence: InspectionConsequence;

  @Field(() => LocalDate, { nullable: true, description: 'Deadline to fix (fix_deadline only): after the check.' })
  @IsOptional()
  fixBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the decision revoking or downgrading the certificate (revocation, downgrade).' })
  @IsOptional()
  @MaxLength(100)
  decisionNumber?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Downgrade only: the re-evaluation (an evaluation of the product, with fewer stars, 3★ or more) the new certificate rests on.',
  })
  @IsOptional()
  @IsInt()
  reevaluationId?: number | null;
}

@InputType({ description: 'How a deadline to fix ended.' })
export class SettleInspectionInput {
  @Field(() => Boolean, { description: 'True when the subject fixed the findings in time; false revokes the certificate.' })
  fixed: boolean;

  @Field(() => LocalDate, { description: 'Day it was settled (fixed, or found not fixed).' })
  on: string;

  @Field(() => String, { description: 'What was seen.' })
  @NotBlank()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  resolution: string;

  @Field(() => String, { nullable: true, description: 'Number of the revocation decision (when not fixed).' })
  @IsOptional()
  @MaxLength(100)
  decisionNumber?: string | null;
}
