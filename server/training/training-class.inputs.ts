import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LocalDate, Vnd } from '../common/scalars.ts';
import { NotBlank, OnOrAfter, VndAtLeast } from '../writes/validation.ts';
import { TrainingAudience } from './training-class.entity.ts';

@InputType({ description: 'A training class as entered. On update, replaces every field.' })
export class TrainingClassInput {
  @Field(() => String, { description: 'Organising body.' })
  @NotBlank()
  organiser: string;

  @Field(() => String, { description: 'Topic, in Vietnamese.' })
  @NotBlank()
  topic: string;

  @Field(() => TrainingAudience, { description: 'Audience.' })
  audience: TrainingAudience;

  @Field(() => Int, { description: 'Id of the unit where the class is held; must exist on `startsOn`.' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => LocalDate, { description: 'First day.' })
  startsOn: string;

  @Field(() => LocalDate, { description: 'Last day: on or after `startsOn`.' })
  @OnOrAfter('startsOn', 'startsOn')
  endsOn: string;

  @Field(() => Int, { description: 'Learners planned, 0 or more.' })
  @IsInt()
  @Min(0, { message: 'must be 0 or more' })
  @Max(100_000, { message: 'must be at most 100000' })
  plannedLearners: number;

  @Field(() => Int, { nullable: true, description: 'Learners who attended, 0 or more; none until reported.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be 0 or more' })
  @Max(100_000, { message: 'must be at most 100000' })
  actualLearners?: number | null;

  @Field(() => Vnd, { nullable: true, description: 'Cost, exact VND.' })
  @IsOptional()
  @VndAtLeast(0)
  cost?: string | null;

  @Field(() => Int, { nullable: true, description: 'Id of the plan the class implements.' })
  @IsOptional()
  @IsInt()
  planId?: number | null;
}
