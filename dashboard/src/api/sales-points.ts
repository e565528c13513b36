// OCOP sales points of a province.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { Connection, SalesPointRow } from './types.ts';
import { useQuery } from './use-query.ts';

export const SALES_POINTS_QUERY = `query DashboardSalesPoints($first: Int!, $after: String, $filter: SalesPointFilter) {
  salesPoints(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name status address openedOn unit { code name type } } }
  }
}`;

export interface SalesPointsVariables {
  first: number;
  after: string | null;
  filter: { provinceCode: string; unitsAsOf: string };
}

export async function fetchSalesPoints(v: SalesPointsVariables, options?: RequestOptions): Promise<Connection<SalesPointRow>> {
  const data = await gqlRequest<{ salesPoints: Connection<SalesPointRow> }>(SALES_POINTS_QUERY, v, options);
  return data.salesPoints;
}

export function useSalesPoints(v: SalesPointsVariables | null) {
  return useQuery('salesPoints', fetchSalesPoints, v);
}
