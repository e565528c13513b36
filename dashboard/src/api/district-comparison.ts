// Every district of a province side by side on one metric, ranked by the server.
import { graphql, UnitFields, type ResultOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const DISTRICT_COMPARISON_QUERY = graphql(
  `
  query DashboardDistrictComparison(
    $provinceCode: String!, $metric: String!, $params: JSONObject, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate
  ) {
    districtComparison(provinceCode: $provinceCode, metric: $metric, params: $params, from: $from, to: $to, asOf: $asOf) {
      province { code name }
      metric { id version labelVi labelEn }
      from to asOf provinceValue
      rows {
        district { ...UnitFields }
        abolished actual target targetMax status shareOfProvince rank previousActual previousRank rankChange
        communes subjects perTenCommunes perSubject
      }
    }
  }
`,
  [UnitFields],
);

export type DistrictComparison = NonNullable<ResultOf<typeof DISTRICT_COMPARISON_QUERY>['districtComparison']>;
export type DistrictRow = DistrictComparison['rows'][number];

export const useDistrictComparison = rootFieldHook(DISTRICT_COMPARISON_QUERY, 'districtComparison');
