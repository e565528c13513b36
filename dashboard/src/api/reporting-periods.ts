// The reporting periods of the units within a unit (districts up to 30/06/2025,
// communes since) for a year, each with its stage and approval record, and how
// many are at each stage: the approval screen's panels read one request.
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

/** A period's approval record as the screen shows it and a decision sends it back (id, version). */
export const PeriodApprovalFields = graphql(`
  fragment PeriodApprovalFields on PeriodApproval {
    id version status reason submittedAt decidedAt
    submittedBy { displayName username }
    decidedBy { displayName username }
  }
`);

export const REPORTING_PERIODS_QUERY = graphql(
  `
  query DashboardReportingPeriods($unitCode: String!, $unitsAsOf: LocalDate, $kind: PeriodKind!, $from: LocalDate!, $to: LocalDate!) {
    reportingPeriods(unitCode: $unitCode, unitsAsOf: $unitsAsOf, kind: $kind, from: $from, to: $to) {
      scope { ...UnitFields }
      summary { inProgress awaitingSubmission awaitingApproval returned approved overdue }
      periods {
        unit { id ...UnitFields }
        kind year number periodStart periodEnd dueOn stage overdue
        approval { ...PeriodApprovalFields }
      }
    }
  }
`,
  [UnitFields, PeriodApprovalFields],
);

export type ReportingPeriods = NonNullable<ResultOf<typeof REPORTING_PERIODS_QUERY>['reportingPeriods']>;
export type ReportingPeriod = ReportingPeriods['periods'][number];
export type ReportingSummary = ReportingPeriods['summary'];
export type ReportingStage = ReportingPeriod['stage'];
export type ReportingPeriodsVariables = VariablesOf<typeof REPORTING_PERIODS_QUERY>;

export const useReportingPeriods = rootFieldHook(REPORTING_PERIODS_QUERY, 'reportingPeriods');
