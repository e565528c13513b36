// Checks after recognition (docs/ocop-cycle.md): the inspections of a unit and
// year, and the steps (plan one, draw a random sample, record, settle).
import { graphql, type ResultOf } from './graphql.ts';
import { rootFieldHook } from './query.ts';

export const INSPECTIONS_QUERY = graphql(`
  query DashboardInspections($unitCode: String, $year: Int) {
    inspections(unitCode: $unitCode, year: $year) {
      id version state method plannedOn inspectedOn findings consequence decisionNumber fixBy fixedOn resolution riskScore
      product { name code status publicCode evaluations { id evaluatedOn stars } }
      certificate { stars decisionNumber expiresOn revokedOn }
    }
  }
`);
export type InspectionRow = ResultOf<typeof INSPECTIONS_QUERY>['inspections'][number];
export const useInspections = rootFieldHook(INSPECTIONS_QUERY, 'inspections');

/** Certified products of the unit that a check may be planned on. */
export const CERTIFIED_QUERY = graphql(`
  query DashboardCertifiedProducts($filter: ProductFilter) {
    products(first: 200, filter: $filter) { edges { node { id name code } } }
  }
`);
export const useCertifiedProducts = rootFieldHook(CERTIFIED_QUERY, 'products');

export const PLAN = graphql(`mutation DashboardPlanInspection($input: PlanInspectionInput!) { planInspection(input: $input) { id } }`);
export const DRAW = graphql(`mutation DashboardDrawSample($input: InspectionSampleInput!) { drawInspectionSample(input: $input) { id } }`);
export const RECORD = graphql(`
  mutation DashboardRecordInspection($id: Int!, $version: Int!, $input: InspectionFindingInput!) { recordInspection(id: $id, version: $version, input: $input) { id } }
`);
export const SETTLE = graphql(`
  mutation DashboardSettleInspection($id: Int!, $version: Int!, $input: SettleInspectionInput!) { settleInspection(id: $id, version: $version, input: $input) { id } }
`);
