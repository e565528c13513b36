// The plans of a province (its own and its districts'), newest first.
import { graphql, UnitFields, type ResultOf } from './graphql.ts';
import { useApiQuery } from './query.ts';

/** A plan as lists and pickers show it. */
export const PlanSummaryFields = graphql(
  `
  fragment PlanSummaryFields on Plan {
    id key year title periodStart periodEnd
    issuer { ...UnitFields province { code } }
  }
`,
  [UnitFields],
);

export const PLANS_QUERY = graphql(
  `
  query DashboardPlans($filter: PlanFilter) {
    plans(first: 100, filter: $filter, orderBy: [{ field: YEAR, direction: DESC }, { field: KEY }]) {
      edges { node { ...PlanSummaryFields } }
    }
  }
`,
  [PlanSummaryFields],
);

export type PlanSummary = ResultOf<typeof PlanSummaryFields>;

/** A province's plans (its own and its districts'), or every plan when empty. */
export interface PlansVariables {
  provinceCode?: string;
  unitsAsOf?: string;
}

/** The plans of an answer, newest first. */
export const planList = (d: ResultOf<typeof PLANS_QUERY>) => d.plans.edges.map((e) => e.node);

export function usePlans(v: PlansVariables | null) {
  return useApiQuery(PLANS_QUERY, v && { filter: v }, planList);
}
