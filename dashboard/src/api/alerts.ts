// The attention list of a unit on a date: what is off track, overdue, lagging or expiring.
import { gqlRequest, type RequestOptions } from './client.ts';
import type { Alert } from './types.ts';
import { useQuery } from './use-query.ts';

export const ALERTS_QUERY = `query DashboardAlerts($unitCode: String!, $asOf: LocalDate) {
  alerts(unitCode: $unitCode, asOf: $asOf) {
    kind severity messageVi messageEn count
    unit { code name type }
    target { id key }
    milestone { id key title deadline }
  }
}`;

export interface AlertsVariables {
  unitCode: string;
  asOf: string;
}

export async function fetchAlerts(v: AlertsVariables, options?: RequestOptions): Promise<Alert[]> {
  const data = await gqlRequest<{ alerts: Alert[] }>(ALERTS_QUERY, v, options);
  return data.alerts;
}

export function useAlerts(v: AlertsVariables | null) {
  return useQuery('alerts', fetchAlerts, v);
}
