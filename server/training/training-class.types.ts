import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { TrainingAudience, TrainingClass } from './training-class.entity.ts';

export const TrainingClassConnection = connectionType(TrainingClass, 'TrainingClass', 'training classes');
export type TrainingClassConnection = InstanceType<typeof TrainingClassConnection>;

export enum TrainingClassOrderField {
  STARTS_ON = 'STARTS_ON',
  LEARNERS = 'LEARNERS',
}
registerEnumType(TrainingClassOrderField, {
  name: 'TrainingClassOrderField',
  description: 'Sortable class fields. LEARNERS is the actual count where reported, else the planned count.',
});
export const TrainingClassOrder = orderInput(TrainingClassOrderField, 'TrainingClass');
export type TrainingClassOrder = InstanceType<typeof TrainingClassOrder>;

@InputType({ description: 'Filters for training classes; all given conditions must hold.' })
export class TrainingClassFilter extends UnitScopeFilter {
  @Field(() => [TrainingAudience], { nullable: true, description: 'Audience is any of these.' })
  audiences?: TrainingAudience[] | null;

  @Field(() => Int, { nullable: true, description: 'Classes starting in this calendar year.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Classes held under this plan.' })
  planId?: number | null;
}

@ArgsType()
export class TrainingClassesArgs extends PageArgs {
  @Field(() => TrainingClassFilter, { nullable: true, description: 'Filters.' })
  filter?: TrainingClassFilter | null;

  @Field(() => [TrainingClassOrder], { nullable: true, description: 'Sort keys, first wins; default by start date.' })
  orderBy?: TrainingClassOrder[] | null;
}
