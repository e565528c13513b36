// Units a payment can go to: those under an allocation's recipient that
// exist on the payment date (districts of a province, communes of a district).
import { gqlRequest, type RequestOptions } from './client.ts';
import { useQuery } from './use-query.ts';

export const ADMIN_UNITS_QUERY = `query DashboardAdminUnits($filter: AdminUnitFilter) {
  adminUnits(first: 500, filter: $filter) { edges { node { id code name type level } } }
}`;

export interface UnitOption {
  id: number;
  code: string;
  name: string;
  type: string;
  level: 'province' | 'district' | 'commune';
}

export interface AdminUnitsVariables {
  filter: { provinceCode?: string; districtCode?: string; level?: 'district' | 'commune'; unitsAsOf?: string; validOn?: string };
}

export async function fetchAdminUnits(v: AdminUnitsVariables, options?: RequestOptions): Promise<UnitOption[]> {
  const data = await gqlRequest<{ adminUnits: { edges: { node: UnitOption }[] } }>(ADMIN_UNITS_QUERY, v, options);
  return data.adminUnits.edges.map((e) => e.node);
}

export function useAdminUnits(v: AdminUnitsVariables | null) {
  return useQuery('adminUnits', fetchAdminUnits, v);
}
