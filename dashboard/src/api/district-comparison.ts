// Every district of a province side by side on one metric, ranked by the server;
// on a map (mapOn) the units just below the province on it (communes on
// today's), each saying whose records it counts by a rule, and whether its
// data is approved.
import { ApprovalFields, graphql, UnitFields, type ResultOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const DISTRICT_COMPARISON_QUERY = graphql(
  `
  query DashboardDistrictComparison(
    $provinceCode: String!, $metric: String!, $params: JSONObject, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate,
    $mapOn: LocalDate, $approvedOnly: Boolean = false
  ) {
    districtComparison(
      provinceCode: $provinceCode, metric: $metric, params: $params, from: $from, to: $to, asOf: $asOf, mapOn: $mapOn, approvedOnly: $approvedOnly
    ) {
      province { code name }
      metric { id version labelVi labelEn }
      from to asOf provinceValue mapOn approvedOnly
      approval { ...ApprovalFields }
      rows {
        district { ...UnitFields }
        abolished actual target targetMax status shareOfProvince rank previousActual previousRank rankChange
        communes subjects perTenCommunes perSubject
        approval { ...ApprovalFields }
        attributed { unit { ...UnitFields } countedIn { name } rule }
      }
    }
  }
`,
  [UnitFields, ApprovalFields],
);

export type DistrictComparison = NonNullable<ResultOf<typeof DISTRICT_COMPARISON_QUERY>['districtComparison']>;
export type DistrictRow = DistrictComparison['rows'][number];
export type Attribution = DistrictRow['attributed'][number];

export const useDistrictComparison = rootFieldHook(DISTRICT_COMPARISON_QUERY, 'districtComparison');
