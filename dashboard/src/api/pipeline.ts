// The province's view of the OCOP cycle (docs/ocop-cycle.md "The pipeline"):
// dossiers at each state, days per stage, the forecast of new 3★+ products
// this year beside the targets on them, and the re-evaluations due.
import { graphql, type ResultOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const PIPELINE_QUERY = graphql(`
  query DashboardPipeline($unitCode: String!, $year: Int!, $mapOn: LocalDate!) {
    dossierPipeline(unitCode: $unitCode, year: $year, mapOn: $mapOn) {
      asOf year
      unit { name type }
      states { state dossiers }
      stages { state dossiers medianDays longestDays }
      forecast { recognised awaitingApproval forecast earlierInPipeline explanation { vi en } }
    }
    kpis(unitCode: $unitCode, year: $year, mapOn: $mapOn) {
      target { id wording }
      targetMin
      pipelineForecast { forecast }
    }
    reevaluationWork(unitCode: $unitCode, statuses: [due, overdue]) {
      window { opensDaysBeforeExpiry closesDaysBeforeExpiry citation { vi en } }
      items { certificateId productName productCode stars decisionNumber expiresOn windowOpensOn lastDayToFile status }
    }
  }
`);
export type Pipeline = ResultOf<typeof PIPELINE_QUERY>;

export const usePipeline = (v: { unitCode: string; year: number; mapOn: string } | null) => useApiQuery(PIPELINE_QUERY, v);
