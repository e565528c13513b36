import { Resolver } from 'type-graphql';
import { recordMutations } from '../writes/record-mutations.ts';
import { BudgetAllocation, Disbursement } from './budget.entity.ts';
import { BudgetAllocationInput, DisbursementInput } from './budget.inputs.ts';
import { allocationWriter, disbursementWriter } from './budget.writer.ts';

@Resolver()
export class BudgetAllocationMutationResolver extends recordMutations(BudgetAllocation, BudgetAllocationInput, allocationWriter, {
  create: 'Records money allocated for a year from one source to a unit inside your write scope.',
  update: 'Replaces the fields of an allocation; its amount may not fall below what is already disbursed from it.',
  delete: 'Deletes an allocation; refused while disbursements (even deleted ones) draw on it.',
}) {}

@Resolver()
export class DisbursementMutationResolver extends recordMutations(Disbursement, DisbursementInput, disbursementWriter, {
  create:
    'Records a payment from an allocation. It may not exceed what remains of the allocation; concurrent payments from one allocation are taken one at a time.',
  update: 'Replaces the fields of a payment, under the same rules as creating one.',
  delete: 'Deletes a payment: it is kept, marked deleted, for history; totals and lists no longer count it.',
}) {}
