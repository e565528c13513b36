import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { LocalDate } from '../common/scalars.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { Evaluation, EvaluationLevel } from './evaluation.entity.ts';

export const EvaluationConnection = connectionType(Evaluation, 'Evaluation', 'evaluations');
export type EvaluationConnection = InstanceType<typeof EvaluationConnection>;

export enum EvaluationOrderField {
  EVALUATED_ON = 'EVALUATED_ON',
  TOTAL_SCORE = 'TOTAL_SCORE',
  STARS = 'STARS',
}
registerEnumType(EvaluationOrderField, { name: 'EvaluationOrderField', description: 'Sortable evaluation fields.' });
export const EvaluationOrder = orderInput(EvaluationOrderField, 'Evaluation');
export type EvaluationOrder = InstanceType<typeof EvaluationOrder>;

@InputType({ description: "Filters for evaluations; all given conditions must hold. The unit scope applies to the evaluated product's unit." })
export class EvaluationFilter extends UnitScopeFilter {
  @Field(() => [EvaluationLevel], { nullable: true, description: "The round's council level is any of these." })
  levels?: EvaluationLevel[] | null;

  @Field(() => Int, { nullable: true, description: 'Programme year of the round.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Scored at least this many stars (1–5).' })
  minStars?: number | null;

  @Field(() => Int, { nullable: true, description: 'Scored at most this many stars (1–5).' })
  maxStars?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Scored on or after this date.' })
  evaluatedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Scored on or before this date.' })
  evaluatedTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Evaluations of this product.' })
  productId?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only evaluations proposed (true) or not proposed (false) for national 5★ evaluation.' })
  proposedForCentral?: boolean | null;
}

@ArgsType()
export class EvaluationsArgs extends PageArgs {
  @Field(() => EvaluationFilter, { nullable: true, description: 'Filters.' })
  filter?: EvaluationFilter | null;

  @Field(() => [EvaluationOrder], { nullable: true, description: 'Sort keys, first wins; default by evaluation date.' })
  orderBy?: EvaluationOrder[] | null;
}
