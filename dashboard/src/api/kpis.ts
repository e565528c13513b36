// Progress of every target set for a unit's year (a district's drill-down, the training screen),
// on the view's map and, when asked, on approved data only.
import { graphql } from './graphql.ts';
import { rootFieldHook } from './query.ts';
import { TargetProgressFields } from './target-progress.ts';

export const KPIS_QUERY = graphql(
  `
  query DashboardKpis($unitCode: String!, $year: Int!, $asOf: LocalDate, $mapOn: LocalDate, $approvedOnly: Boolean = false) {
    kpis(unitCode: $unitCode, year: $year, asOf: $asOf, mapOn: $mapOn, approvedOnly: $approvedOnly) { ...TargetProgressFields }
  }
`,
  [TargetProgressFields],
);

export const useKpis = rootFieldHook(KPIS_QUERY, 'kpis');
