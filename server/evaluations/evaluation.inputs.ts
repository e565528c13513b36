import { Field, Float, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { Decimals, NotBlank } from '../writes/validation.ts';
import { EvaluationLevel } from './evaluation.entity.ts';

// Only the shape of a score here: each part's maximum is the rule set's (server/rules/rule-checks.ts).
const SCORE = [Decimals(2), Min(0, { message: 'must be between 0 and 100' }), Max(100, { message: 'must be between 0 and 100' })];

function Score(): PropertyDecorator {
  return (target, key) => SCORE.forEach((d) => d(target, key));
}

@InputType({ description: 'An evaluation round as entered. On update, replaces every field.' })
export class EvaluationRoundInput {
  @Field(() => EvaluationLevel, { description: 'Council level.' })
  level: EvaluationLevel;

  @Field(() => Int, { description: 'Programme year.' })
  @IsInt()
  @Min(2018, { message: 'must be a programme year, 2018 to 2100' })
  @Max(2100, { message: 'must be a programme year, 2018 to 2100' })
  year: number;

  @Field(() => Int, { description: 'Sequence of the round within the year at that unit (1, 2, …).' })
  @IsInt()
  @Min(1, { message: 'must be 1 or more' })
  @Max(99, { message: 'must be at most 99' })
  sequence: number;

  @Field(() => Int, { nullable: true, description: 'Id of the district (district rounds) or province (province rounds); none for national rounds.' })
  @IsOptional()
  @IsInt()
  unitId?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Deadline set by the plan.' })
  @IsOptional()
  deadline?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the council met.' })
  @IsOptional()
  heldOn?: string | null;
}

@InputType({ description: 'A product scored in a round. Stars follow from the total (computed by the database), never typed in.' })
export class EvaluationInput {
  @Field(() => Int, { description: 'Id of the round.' })
  @IsInt()
  @Min(1, { message: 'must be a round id' })
  roundId: number;

  @Field(() => Int, { description: 'Id of the product scored.' })
  @IsInt()
  @Min(1, { message: 'must be a product id' })
  productId: number;

  @Field(() => Float, { description: 'Part A, product and community strength: 0 to the maximum of the rule set (35 under Decision 1048/QĐ-TTg, 40 later).' })
  @Score()
  scoreA: number;

  @Field(() => Float, { description: 'Part B, marketing ability: 0 to the maximum of the rule set (25 so far).' })
  @Score()
  scoreB: number;

  @Field(() => Float, { description: 'Part C, product quality: 0 to the maximum of the rule set (40 under Decision 1048/QĐ-TTg, 35 later).' })
  @Score()
  scoreC: number;

  @Field(() => LocalDate, { description: "Date of scoring, in the round's year." })
  evaluatedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date the subject submitted the dossier, on or before the evaluation: selects the rule set. Omitted: the evaluation date selects it.',
  })
  @IsOptional()
  submittedOn?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Proposed by the province for national 5★ evaluation.' })
  proposedForCentral: boolean;
}

@InputType({
  description:
    'A certificate decision on an evaluation of 3★ or more, by the level that recognises those stars under the evaluation’s rule set. Stars and product come from the evaluation.',
})
export class CertificateInput {
  @Field(() => Int, { description: 'Id of the evaluation the decision rests on.' })
  @IsInt()
  @Min(1, { message: 'must be an evaluation id' })
  evaluationId: number;

  @Field(() => String, { description: 'Decision number (số quyết định).' })
  @NotBlank()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  decisionNumber: string;

  @Field(() => LocalDate, { description: 'Decision date: on or after the evaluation date. The certificate expires 36 months later.' })
  decidedOn: string;

  @Field(() => EvaluationLevel, { nullable: true, description: "Level that issued the decision; must be the round's level, which is used when omitted." })
  @IsOptional()
  level?: EvaluationLevel | null;
}

@InputType({ description: 'Revocation of a certificate.' })
export class RevocationInput {
  @Field(() => LocalDate, { description: 'Date of revocation: on or after the decision date.' })
  revokedOn: string;

  @Field(() => String, { description: 'Why the certificate was revoked.' })
  @NotBlank()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  reason: string;
}
