// Progress of every target set for a unit's year (a district's drill-down, the training screen).
import { gqlRequest, type RequestOptions } from './client.ts';
import type { TargetProgress } from './types.ts';
import { useQuery } from './use-query.ts';

const UNIT = 'code name type validTo';

export const KPIS_QUERY = `query DashboardKpis($unitCode: String!, $year: Int!, $asOf: LocalDate) {
  kpis(unitCode: $unitCode, year: $year, asOf: $asOf) {
    target { id key wording dueDate params scopeUnit { ${UNIT} } }
    metric { id version labelVi labelEn }
    asOf unit actual targetMin targetMax ratio expectedToDate forecast status sourceRows
    series { date actual expected }
    districts { target { id scopeUnit { ${UNIT} } } actual targetMin targetMax ratio status }
  }
}`;

export interface KpisVariables {
  unitCode: string;
  year: number;
  asOf: string;
}

export async function fetchKpis(v: KpisVariables, options?: RequestOptions): Promise<TargetProgress[]> {
  const data = await gqlRequest<{ kpis: TargetProgress[] }>(KPIS_QUERY, v, options);
  return data.kpis;
}

export function useKpis(v: KpisVariables | null) {
  return useQuery('kpis', fetchKpis, v);
}
