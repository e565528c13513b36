import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { Subject, SubjectType } from './subject.entity.ts';

export const SubjectConnection = connectionType(Subject, 'Subject', 'OCOP subjects');
export type SubjectConnection = InstanceType<typeof SubjectConnection>;

export enum SubjectOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  REGISTERED_ON = 'REGISTERED_ON',
}
registerEnumType(SubjectOrderField, {
  name: 'SubjectOrderField',
  description: 'Sortable subject fields. REGISTERED_ON puts subjects without a registration date first.',
});
export const SubjectOrder = orderInput(SubjectOrderField, 'Subject');
export type SubjectOrder = InstanceType<typeof SubjectOrder>;

@InputType({ description: 'Filters for OCOP subjects; all given conditions must hold.' })
export class SubjectFilter extends UnitScopeFilter {
  @Field(() => [SubjectType], { nullable: true, description: 'Legal form is any of these.' })
  types?: SubjectType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only subjects linked (true) or not linked (false) to a value chain.' })
  valueChainLinked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text, ignoring case and diacritics ("htx" finds "HTX", "duong" finds "Đường").' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Business registration dated in this year.' })
  registeredYear?: number | null;
}

@ArgsType()
export class SubjectsArgs extends PageArgs {
  @Field(() => SubjectFilter, { nullable: true, description: 'Filters.' })
  filter?: SubjectFilter | null;

  @Field(() => [SubjectOrder], { nullable: true, description: 'Sort keys, first wins; default by name.' })
  orderBy?: SubjectOrder[] | null;
}
