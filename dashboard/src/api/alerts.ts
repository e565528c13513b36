// The attention list of a unit on a date: what is off track, overdue, lagging or expiring.
import { graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const ALERTS_QUERY = graphql(
  `
  query DashboardAlerts($unitCode: String!, $asOf: LocalDate) {
    alerts(unitCode: $unitCode, asOf: $asOf) {
      kind severity messageVi messageEn count
      unit { ...UnitFields }
      target { id key }
      milestone { id key title deadline }
    }
  }
`,
  [UnitFields],
);

type Result = ResultOf<typeof ALERTS_QUERY>;
export type Alert = Result['alerts'][number];
export type AlertsVariables = VariablesOf<typeof ALERTS_QUERY>;

export const useAlerts = rootFieldHook(ALERTS_QUERY, 'alerts');
