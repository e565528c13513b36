// The steps of a period's approval: the unit submits it, the province approves
// or returns it (with a reason) and reopens an approved one (with a reason).
// Each is a mutation; afterwards the periods and every figure that says how
// much of its data is approved (or counts approved data only) are asked again.
import type { PeriodAction } from '../lib/approvals.ts';
import { gqlRequest } from './client.ts';
import { graphql, type ResultOf } from './graphql.ts';
import { invalidate } from './query.ts';
import { PeriodApprovalFields, type ReportingPeriod } from './reporting-periods.ts';
import { CHANGED_BY_APPROVAL } from './writes.ts';

const SUBMIT = graphql(
  `
  mutation DashboardSubmitPeriod($input: PeriodSubmissionInput!) { submitPeriod(input: $input) { ...PeriodApprovalFields } }
`,
  [PeriodApprovalFields],
);

const APPROVE = graphql(
  `
  mutation DashboardApprovePeriod($id: Int!, $version: Int!) { approvePeriod(id: $id, version: $version) { ...PeriodApprovalFields } }
`,
  [PeriodApprovalFields],
);

const RETURN = graphql(
  `
  mutation DashboardReturnPeriod($id: Int!, $version: Int!, $reason: String!) {
    returnPeriod(id: $id, version: $version, input: { reason: $reason }) { ...PeriodApprovalFields }
  }
`,
  [PeriodApprovalFields],
);

const REOPEN = graphql(
  `
  mutation DashboardReopenPeriod($id: Int!, $version: Int!, $reason: String!) {
    reopenPeriod(id: $id, version: $version, input: { reason: $reason }) { ...PeriodApprovalFields }
  }
`,
  [PeriodApprovalFields],
);

export type PeriodApproval = ResultOf<typeof PeriodApprovalFields>;

/** Takes `action` on a period (return and reopen need a reason); refreshes what it changes, whatever the outcome. */
export async function actOnPeriod(action: PeriodAction, period: ReportingPeriod, reason = ''): Promise<PeriodApproval> {
  try {
    if (action === 'submit') {
      const input = { unitId: period.unit.id, kind: period.kind, year: period.year, number: period.number };
      return (await gqlRequest(SUBMIT, { input })).submitPeriod;
    }
    // A decision is about the record as the screen read it: the hub refuses it (CONFLICT) if it changed since.
    const { id, version } = period.approval ?? { id: 0, version: 0 };
    if (action === 'approve') return (await gqlRequest(APPROVE, { id, version })).approvePeriod;
    if (action === 'return') return (await gqlRequest(RETURN, { id, version, reason })).returnPeriod;
    return (await gqlRequest(REOPEN, { id, version, reason })).reopenPeriod;
  } finally {
    // Also after a refusal: a CONFLICT means the screen's copy is stale.
    void invalidate(CHANGED_BY_APPROVAL);
  }
}
