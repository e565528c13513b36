// Records one payment from an allocation (createDisbursement). Errors keep
// the hub's code and, for BAD_USER_INPUT, the fields at fault (ApiError.details).
import { gqlRequest } from './client.ts';

export const CREATE_DISBURSEMENT_MUTATION = `mutation DashboardCreateDisbursement($input: DisbursementInput!) {
  createDisbursement(input: $input) { id amount disbursedOn activity unit { code name type } allocation { id disbursedAmount } }
}`;

export interface DisbursementInput {
  allocationId: number;
  disbursedOn: string;
  unitId: number;
  amount: string;
  activity: string;
}

export interface CreatedDisbursement {
  id: number;
  amount: string;
  disbursedOn: string;
  activity: string;
  unit: { code: string; name: string; type: string };
  allocation: { id: number; disbursedAmount: string };
}

export async function createDisbursement(input: DisbursementInput): Promise<CreatedDisbursement> {
  const data = await gqlRequest<{ createDisbursement: CreatedDisbursement }>(CREATE_DISBURSEMENT_MUTATION, { input });
  return data.createDisbursement;
}
