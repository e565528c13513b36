// Units a payment can go to: those under an allocation's recipient that
// exist on the payment date (districts of a province, communes of a district).
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

export const ADMIN_UNITS_QUERY = graphql(`
  query DashboardAdminUnits($filter: AdminUnitFilter) {
    adminUnits(first: 500, filter: $filter) { edges { node { id code name type level validFrom validTo } } }
  }
`);

type Result = ResultOf<typeof ADMIN_UNITS_QUERY>;
export type UnitOption = Result['adminUnits']['edges'][number]['node'];
export type AdminUnitsVariables = VariablesOf<typeof ADMIN_UNITS_QUERY>;

const nodes = (d: Result) => d.adminUnits.edges.map((e) => e.node);

export function useAdminUnits(v: AdminUnitsVariables | null) {
  return useApiQuery(ADMIN_UNITS_QUERY, v, nodes);
}
