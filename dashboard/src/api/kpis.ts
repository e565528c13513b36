// Progress of every target set for a unit's year (a district's drill-down, the training screen).
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';
import { TargetProgressFields } from './target-progress.ts';

export const KPIS_QUERY = graphql(
  `
  query DashboardKpis($unitCode: String!, $year: Int!, $asOf: LocalDate) {
    kpis(unitCode: $unitCode, year: $year, asOf: $asOf) { ...TargetProgressFields }
  }
`,
  [TargetProgressFields],
);

const kpis = (d: ResultOf<typeof KPIS_QUERY>) => d.kpis;

export function useKpis(v: VariablesOf<typeof KPIS_QUERY> | null) {
  return useApiQuery(KPIS_QUERY, v, kpis);
}
