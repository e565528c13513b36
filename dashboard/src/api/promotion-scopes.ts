// How many promotion events a province held in, outside and beyond its borders
// in a year: the server's counts (totalCount), one alias per scope.
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const PROMOTION_SCOPES_QUERY = graphql(`
  query DashboardPromotionScopes($provinceCode: String!, $unitsAsOf: LocalDate, $mapOn: LocalDate, $year: Int) {
    in_province: promotionEvents(first: 0, filter: { provinceCode: $provinceCode, unitsAsOf: $unitsAsOf, mapOn: $mapOn, year: $year, scopes: [in_province] }) { totalCount }
    out_of_province: promotionEvents(first: 0, filter: { provinceCode: $provinceCode, unitsAsOf: $unitsAsOf, mapOn: $mapOn, year: $year, scopes: [out_of_province] }) { totalCount }
    international: promotionEvents(first: 0, filter: { provinceCode: $provinceCode, unitsAsOf: $unitsAsOf, mapOn: $mapOn, year: $year, scopes: [international] }) { totalCount }
  }
`);

type Result = ResultOf<typeof PROMOTION_SCOPES_QUERY>;
const EVENT_SCOPES = ['in_province', 'out_of_province', 'international'] as const satisfies readonly (keyof Result)[];

const counts = (d: Result) => EVENT_SCOPES.map((scope) => ({ scope, count: d[scope].totalCount }));

export function usePromotionScopes(v: VariablesOf<typeof PROMOTION_SCOPES_QUERY> | null) {
  return useApiQuery(PROMOTION_SCOPES_QUERY, v, counts);
}
