import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { LocalDate } from '../common/scalars.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { BudgetAllocation, Disbursement, FundingSource } from './budget.entity.ts';

export const BudgetAllocationConnection = connectionType(BudgetAllocation, 'BudgetAllocation', 'budget allocations');
export type BudgetAllocationConnection = InstanceType<typeof BudgetAllocationConnection>;

export enum BudgetAllocationOrderField {
  YEAR = 'YEAR',
  AMOUNT = 'AMOUNT',
  SOURCE = 'SOURCE',
}
registerEnumType(BudgetAllocationOrderField, {
  name: 'BudgetAllocationOrderField',
  description:
    'Sortable allocation fields. AMOUNT puts lines without a stated amount below every stated one; SOURCE follows central, provincial, district, commune, other.',
});
export const BudgetAllocationOrder = orderInput(BudgetAllocationOrderField, 'BudgetAllocation');
export type BudgetAllocationOrder = InstanceType<typeof BudgetAllocationOrder>;

@InputType({ description: 'Filters for budget allocations; all given conditions must hold. The unit scope applies to the recipient unit.' })
export class BudgetAllocationFilter extends UnitScopeFilter {
  @Field(() => Int, { nullable: true, description: 'Allocations of this plan.' })
  planId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Budget year.' })
  year?: number | null;

  @Field(() => [FundingSource], { nullable: true, description: 'Funding source is any of these.' })
  sources?: FundingSource[] | null;
}

@ArgsType()
export class BudgetAllocationsArgs extends PageArgs {
  @Field(() => BudgetAllocationFilter, { nullable: true, description: 'Filters.' })
  filter?: BudgetAllocationFilter | null;

  @Field(() => [BudgetAllocationOrder], { nullable: true, description: 'Sort keys, first wins; default by year.' })
  orderBy?: BudgetAllocationOrder[] | null;
}

export const DisbursementConnection = connectionType(Disbursement, 'Disbursement', 'disbursements');
export type DisbursementConnection = InstanceType<typeof DisbursementConnection>;

export enum DisbursementOrderField {
  DISBURSED_ON = 'DISBURSED_ON',
  AMOUNT = 'AMOUNT',
}
registerEnumType(DisbursementOrderField, { name: 'DisbursementOrderField', description: 'Sortable disbursement fields.' });
export const DisbursementOrder = orderInput(DisbursementOrderField, 'Disbursement');
export type DisbursementOrder = InstanceType<typeof DisbursementOrder>;

@InputType({ description: 'Filters for disbursements; all given conditions must hold. The unit scope applies to the unit paid.' })
export class DisbursementFilter extends UnitScopeFilter {
  @Field(() => Int, { nullable: true, description: 'Payments from this allocation.' })
  allocationId?: number | null;

  @Field(() => [FundingSource], { nullable: true, description: "The allocation's funding source is any of these." })
  sources?: FundingSource[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Paid on or after this date.' })
  disbursedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Paid on or before this date.' })
  disbursedTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Paid in this calendar year.' })
  year?: number | null;
}

@ArgsType()
export class DisbursementsArgs extends PageArgs {
  @Field(() => DisbursementFilter, { nullable: true, description: 'Filters.' })
  filter?: DisbursementFilter | null;

  @Field(() => [DisbursementOrder], { nullable: true, description: 'Sort keys, first wins; default by payment date.' })
  orderBy?: DisbursementOrder[] | null;
}
