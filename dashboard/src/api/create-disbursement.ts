// Records one payment from an allocation (createDisbursement), then invalidates
// what a payment changes. Errors keep the hub's code and, for BAD_USER_INPUT,
// the fields at fault (ApiError.details).
import { gqlRequest } from './client.ts';
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { invalidate } from './query.ts';
import { CHANGED_BY_DISBURSEMENT } from './writes.ts';

export const CREATE_DISBURSEMENT_MUTATION = graphql(
  `
  mutation DashboardCreateDisbursement($input: DisbursementInput!) {
    createDisbursement(input: $input) { id amount disbursedOn activity unit { ...UnitFields } allocation { id disbursedAmount } }
  }
`,
  [UnitFields],
);

export type DisbursementInput = VariablesOf<typeof CREATE_DISBURSEMENT_MUTATION>['input'];
export type CreatedDisbursement = ResultOf<typeof CREATE_DISBURSEMENT_MUTATION>['createDisbursement'];

export async function createDisbursement(input: DisbursementInput): Promise<CreatedDisbursement> {
  const data = await gqlRequest(CREATE_DISBURSEMENT_MUTATION, { input }, {});
  void invalidate(CHANGED_BY_DISBURSEMENT);
  return data.createDisbursement;
}
