import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { Plan, Target } from './plan.entity.ts';

export const PlanConnection = connectionType(Plan, 'Plan', 'implementation plans');
export type PlanConnection = InstanceType<typeof PlanConnection>;

export enum PlanOrderField {
  YEAR = 'YEAR',
  KEY = 'KEY',
}
registerEnumType(PlanOrderField, { name: 'PlanOrderField', description: 'Sortable plan fields.' });
export const PlanOrder = orderInput(PlanOrderField, 'Plan');
export type PlanOrder = InstanceType<typeof PlanOrder>;

@InputType({ description: 'Filters for plans; all given conditions must hold. The unit scope applies to the issuing unit.' })
export class PlanFilter extends UnitScopeFilter {
  @Field(() => Int, { nullable: true, description: 'Plan year.' })
  year?: number | null;
}

@ArgsType()
export class PlansArgs extends PageArgs {
  @Field(() => PlanFilter, { nullable: true, description: 'Filters.' })
  filter?: PlanFilter | null;

  @Field(() => [PlanOrder], { nullable: true, description: 'Sort keys, first wins; default by key.' })
  orderBy?: PlanOrder[] | null;
}

export const TargetConnection = connectionType(Target, 'Target', 'plan targets');
export type TargetConnection = InstanceType<typeof TargetConnection>;

export enum TargetOrderField {
  KEY = 'KEY',
  DUE_DATE = 'DUE_DATE',
}
registerEnumType(TargetOrderField, { name: 'TargetOrderField', description: 'Sortable target fields.' });
export const TargetOrder = orderInput(TargetOrderField, 'Target');
export type TargetOrder = InstanceType<typeof TargetOrder>;

@InputType({
  description:
    "Filters for targets; all given conditions must hold. The unit scope applies to the target's scope unit, so per-district child targets are found by their district.",
})
export class TargetFilter extends UnitScopeFilter {
  @Field(() => Int, { nullable: true, description: 'Targets of this plan (its top-level targets and their per-district children).' })
  planId?: number | null;

  @Field(() => String, { nullable: true, description: 'Metric id from the metric catalogue, exactly (e.g. "new_certified_products").' })
  metric?: string | null;
}

@ArgsType()
export class TargetsArgs extends PageArgs {
  @Field(() => TargetFilter, { nullable: true, description: 'Filters.' })
  filter?: TargetFilter | null;

  @Field(() => [TargetOrder], { nullable: true, description: 'Sort keys, first wins; default by key.' })
  orderBy?: TargetOrder[] | null;
}
