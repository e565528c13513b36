import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { EventKind, EventScope, PromotionEvent, SalesPoint, SalesPointStatus } from './promotion.entity.ts';

export const PromotionEventConnection = connectionType(PromotionEvent, 'PromotionEvent', 'trade-promotion events');
export type PromotionEventConnection = InstanceType<typeof PromotionEventConnection>;

export enum PromotionEventOrderField {
  STARTS_ON = 'STARTS_ON',
  REVENUE = 'REVENUE',
}
registerEnumType(PromotionEventOrderField, {
  name: 'PromotionEventOrderField',
  description: 'Sortable event fields. REVENUE puts events without a reported revenue below every reported one.',
});
export const PromotionEventOrder = orderInput(PromotionEventOrderField, 'PromotionEvent');
export type PromotionEventOrder = InstanceType<typeof PromotionEventOrder>;

@InputType({ description: 'Filters for trade-promotion events; all given conditions must hold. The unit scope applies to the organising unit.' })
export class PromotionEventFilter extends UnitScopeFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Kind is any of these.' })
  kinds?: EventKind[] | null;

  @Field(() => [EventScope], { nullable: true, description: 'Scope is any of these.' })
  scopes?: EventScope[] | null;

  @Field(() => Int, { nullable: true, description: 'Events starting in this calendar year.' })
  year?: number | null;
}

@ArgsType()
export class PromotionEventsArgs extends PageArgs {
  @Field(() => PromotionEventFilter, { nullable: true, description: 'Filters.' })
  filter?: PromotionEventFilter | null;

  @Field(() => [PromotionEventOrder], { nullable: true, description: 'Sort keys, first wins; default by start date.' })
  orderBy?: PromotionEventOrder[] | null;
}

export const SalesPointConnection = connectionType(SalesPoint, 'SalesPoint', 'OCOP sales points');
export type SalesPointConnection = InstanceType<typeof SalesPointConnection>;

export enum SalesPointOrderField {
  NAME = 'NAME',
  OPENED_ON = 'OPENED_ON',
}
registerEnumType(SalesPointOrderField, {
  name: 'SalesPointOrderField',
  description: 'Sortable sales-point fields. OPENED_ON puts points without an opening date first.',
});
export const SalesPointOrder = orderInput(SalesPointOrderField, 'SalesPoint');
export type SalesPointOrder = InstanceType<typeof SalesPointOrder>;

@InputType({ description: 'Filters for OCOP sales points; all given conditions must hold.' })
export class SalesPointFilter extends UnitScopeFilter {
  @Field(() => [SalesPointStatus], { nullable: true, description: 'Status is any of these.' })
  statuses?: SalesPointStatus[] | null;
}

@ArgsType()
export class SalesPointsArgs extends PageArgs {
  @Field(() => SalesPointFilter, { nullable: true, description: 'Filters.' })
  filter?: SalesPointFilter | null;

  @Field(() => [SalesPointOrder], { nullable: true, description: 'Sort keys, first wins; default by name.' })
  orderBy?: SalesPointOrder[] | null;
}
