// The periodic report: its model for the preview (with the officer's saved
// draft), its files (DOCX, PDF) fetched on demand, and the draft's writes.
import { gqlRequest } from './client.ts';
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { invalidate, useApiQuery } from './query.ts';

const DraftFields = graphql(`
  fragment ReportDraftFields on ReportDraft {
    id version documentNumber issuedOn signerTitle signerName recipients difficulties proposals
  }
`);

export const REPORT_QUERY = graphql(
  `
  query DashboardPeriodicReport($unitCode: String!, $period: ReportPeriodCode!, $year: Int!, $endMonth: Int, $planIds: [Int!]) {
    periodicReport(unitCode: $unitCode, period: $period, year: $year, endMonth: $endMonth, planIds: $planIds) {
      unit { id code name type level }
      asOf
      period { code year endMonth from to labelVi labelEn }
      plans { id }
      availablePlans { id title year periodStart periodEnd }
      header { nationalTitle motto issuingBody numberLine placeDate documentType summary }
      sections {
        key heading
        blocks { kind text table { caption headers rows numericColumns totalRow notes } chart { caption description svg } }
      }
      recipients signerTitle signerName
      approval { recorded statement }
      sources { kind title detail }
      illustrative
      draft { ...ReportDraftFields }
    }
  }
`,
  [DraftFields],
);

export const REPORT_FILE_QUERY = graphql(`
  query DashboardPeriodicReportFile($unitCode: String!, $period: ReportPeriodCode!, $year: Int!, $endMonth: Int, $planIds: [Int!], $format: ReportFormat!) {
    periodicReportFile(unitCode: $unitCode, period: $period, year: $year, endMonth: $endMonth, planIds: $planIds, format: $format) {
      fileName contentType byteSize base64
    }
  }
`);

const CREATE_DRAFT = graphql(
  `
  mutation DashboardCreateReportDraft($input: ReportDraftInput!) { createReportDraft(input: $input) { ...ReportDraftFields } }
`,
  [DraftFields],
);

const UPDATE_DRAFT = graphql(
  `
  mutation DashboardUpdateReportDraft($id: Int!, $version: Int!, $input: ReportDraftInput!) {
    updateReportDraft(id: $id, version: $version, input: $input) { ...ReportDraftFields }
  }
`,
  [DraftFields],
);

export type ReportVariables = VariablesOf<typeof REPORT_QUERY>;
export type PeriodicReport = ResultOf<typeof REPORT_QUERY>['periodicReport'];
export type ReportDraft = ResultOf<typeof DraftFields>;
export type ReportDraftInput = VariablesOf<typeof CREATE_DRAFT>['input'];
export type ReportFormat = VariablesOf<typeof REPORT_FILE_QUERY>['format'];

export const REPORT_PERIODS_QUERY = graphql(`
  query DashboardReportPeriods { reportPeriods { code nameVi nameEn endMonths } }
`);

export type ReportPeriodRule = ResultOf<typeof REPORT_PERIODS_QUERY>['reportPeriods'][number];

const periods = (d: ResultOf<typeof REPORT_PERIODS_QUERY>) => d.reportPeriods;

/** The period types and the months each ends in, from the hub's rule data. */
export function useReportPeriods() {
  return useApiQuery(REPORT_PERIODS_QUERY, {}, periods);
}

const report = (d: ResultOf<typeof REPORT_QUERY>) => d.periodicReport;

export function usePeriodicReport(v: ReportVariables | null) {
  return useApiQuery(REPORT_QUERY, v, report);
}

/** Creates the draft, or replaces the one read at `current.version`; the preview then reads it back. */
export async function saveReportDraft(current: Pick<ReportDraft, 'id' | 'version'> | null, input: ReportDraftInput): Promise<ReportDraft> {
  const saved = current
    ? (await gqlRequest(UPDATE_DRAFT, { id: current.id, version: current.version, input })).updateReportDraft
    : (await gqlRequest(CREATE_DRAFT, { input })).createReportDraft;
  await invalidate([REPORT_QUERY]);
  return saved;
}

/** Writing the files takes a few seconds on a busy hub: more than a panel's usual limit. */
const FILE_TIMEOUT_MS = 60_000;

export async function fetchReportFile(v: ReportVariables, format: ReportFormat): Promise<{ fileName: string; blob: Blob }> {
  const { periodicReportFile: f } = await gqlRequest(REPORT_FILE_QUERY, { ...v, format }, { timeoutMs: FILE_TIMEOUT_MS });
  const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
  return { fileName: f.fileName, blob: new Blob([bytes], { type: f.contentType }) };
}
