// One plan with its targets (the plan's own wording), budget lines and milestones.
import { graphql, UnitFields, type ResultOf } from './graphql.ts';
import { PlanSummaryFields } from './plans.ts';
import { rootFieldHook } from './query.ts';

/** A budget line of a plan: exact đồng, or null when the plan names the source without an amount. */
export const BudgetLineFields = graphql(
  `
  fragment BudgetLineFields on BudgetAllocation {
    id source amount year activity note
    recipientUnit { ...UnitFields }
  }
`,
  [UnitFields],
);

export const MilestoneFields = graphql(
  `
  fragment MilestoneFields on Milestone {
    id key kind title wording deadline doneOn
    scopeUnit { ...UnitFields }
  }
`,
  [UnitFields],
);

export const PLAN_QUERY = graphql(
  `
  query DashboardPlan($id: Int!) {
    plan(id: $id) {
      ...PlanSummaryFields
      issuerName documentNumber issuedOn source productGroupsDecision
      targets {
        id key metric params wording dueDate targetMin targetMax unit
        scopeUnit { ...UnitFields }
        children { id targetMin targetMax scopeUnit { ...UnitFields } }
      }
      milestones { ...MilestoneFields }
      budgetAllocations { ...BudgetLineFields }
    }
  }
`,
  [PlanSummaryFields, UnitFields, MilestoneFields, BudgetLineFields],
);

export type PlanDetail = NonNullable<ResultOf<typeof PLAN_QUERY>['plan']>;
export type TargetInfo = PlanDetail['targets'][number];
export type BudgetLine = ResultOf<typeof BudgetLineFields>;
export type Milestone = ResultOf<typeof MilestoneFields>;

export const usePlan = rootFieldHook(PLAN_QUERY, 'plan');
