// Every district of a province side by side on one metric, ranked by the server.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { DistrictComparison } from './types.ts';
import { useQuery } from './use-query.ts';

export const DISTRICT_COMPARISON_QUERY = `query DashboardDistrictComparison(
  $provinceCode: String!, $metric: String!, $params: JSONObject, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate
) {
  districtComparison(provinceCode: $provinceCode, metric: $metric, params: $params, from: $from, to: $to, asOf: $asOf) {
    province { code name }
    metric { id version labelVi labelEn }
    from to asOf provinceValue
    rows {
      district { code name type validTo }
      abolished actual target targetMax status shareOfProvince rank previousActual previousRank rankChange
      communes subjects perTenCommunes perSubject
    }
  }
}`;

export interface DistrictComparisonVariables {
  provinceCode: string;
  metric: string;
  params: Record<string, unknown>;
  from: string;
  to: string;
  asOf: string;
}

export async function fetchDistrictComparison(v: DistrictComparisonVariables, options?: RequestOptions): Promise<DistrictComparison | null> {
  const data = await gqlRequest<{ districtComparison: DistrictComparison | null }>(DISTRICT_COMPARISON_QUERY, v, options);
  return data.districtComparison;
}

export function useDistrictComparison(v: DistrictComparisonVariables | null) {
  return useQuery('districtComparison', fetchDistrictComparison, v);
}
