import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LocalDate, Vnd } from '../common/scalars.ts';
import { NotBlank, VndAtLeast } from '../writes/validation.ts';
import { FundingSource } from './budget.entity.ts';

@InputType({ description: 'A budget allocation as entered. On update, replaces every field.' })
export class BudgetAllocationInput {
  @Field(() => Int, { nullable: true, description: 'Id of the plan that sets it; none for allocations outside a plan.' })
  @IsOptional()
  @IsInt()
  planId?: number | null;

  @Field(() => Int, { description: 'Budget year.' })
  @IsInt()
  @Min(2018, { message: 'must be a budget year, 2018 to 2100' })
  @Max(2100, { message: 'must be a budget year, 2018 to 2100' })
  year: number;

  @Field(() => FundingSource, { description: 'Funding source.' })
  source: FundingSource;

  @Field(() => Vnd, {
    nullable: true,
    description: 'Amount, exact VND; at least what is already disbursed from it. None when the plan names the source without an amount.',
  })
  @IsOptional()
  @VndAtLeast(0)
  amount?: string | null;

  @Field(() => Int, { description: 'Id of the unit that receives the money; must exist in the budget year.' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  recipientUnitId: number;

  @Field(() => String, { description: 'Activity funded, in Vietnamese.' })
  @NotBlank()
  activity: string;

  @Field(() => String, { nullable: true, description: "The plan's own wording of the line." })
  @IsOptional()
  note?: string | null;
}

@InputType({ description: 'A disbursement (giải ngân) as entered. On update, replaces every field.' })
export class DisbursementInput {
  @Field(() => Int, { description: 'Id of the allocation it draws on; it may not take more than remains of it.' })
  @IsInt()
  @Min(1, { message: 'must be an allocation id' })
  allocationId: number;

  @Field(() => LocalDate, { description: "Payment date: in the allocation's year or later." })
  disbursedOn: string;

  @Field(() => Int, { description: 'Id of the unit paid; must exist on `disbursedOn`.' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => Vnd, { description: 'Amount paid, exact VND, more than 0.' })
  @VndAtLeast(1)
  amount: string;

  @Field(() => String, { description: 'Activity paid for.' })
  @NotBlank()
  activity: string;

  @Field(() => Int, { nullable: true, description: 'Id of the subject supported, when it supports one.' })
  @IsOptional()
  @IsInt()
  subjectId?: number | null;
}
