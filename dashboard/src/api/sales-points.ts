// OCOP sales points of a province.
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const SALES_POINTS_QUERY = graphql(
  `
  query DashboardSalesPoints($first: Int!, $after: String, $filter: SalesPointFilter) {
    salesPoints(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name status address openedOn unit { ...UnitFields } } }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof SALES_POINTS_QUERY>;
export type SalesPointRow = Result['salesPoints']['edges'][number]['node'];

const points = (d: Result) => d.salesPoints;

export function useSalesPoints(v: VariablesOf<typeof SALES_POINTS_QUERY> | null) {
  return useApiQuery(SALES_POINTS_QUERY, v, points);
}
