// OCOP sales points of a province.
import { graphql, UnitFields, type ResultOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const SALES_POINTS_QUERY = graphql(
  `
  query DashboardSalesPoints($first: Int!, $filter: SalesPointFilter) {
    salesPoints(first: $first, filter: $filter) {
      totalCount
      edges { node { id name status address openedOn unit { ...UnitFields } } }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof SALES_POINTS_QUERY>;
export type SalesPointRow = Result['salesPoints']['edges'][number]['node'];

export const useSalesPoints = rootFieldHook(SALES_POINTS_QUERY, 'salesPoints');
