// Progress of every target and milestone of a plan on a date, computed by the server.
import { ApprovalFields, graphql, UnitFields, type ResultOf, type VariablesOf } from './graphql.ts';
import { BudgetLineFields, MilestoneFields } from './plan.ts';
import { PlanSummaryFields } from './plans.ts';
import { rootFieldHook } from './query.ts';

/** One target's progress as a card shows it (the overview, a district's drill-down, the training screen). */
export const TargetProgressFields = graphql(
  `
  fragment TargetProgressFields on TargetProgress {
    target { id key wording dueDate params scopeUnit { ...UnitFields } }
    metric { id version labelVi labelEn }
    asOf unit actual targetMin targetMax ratio expectedToDate forecast status sourceRows mapOn approvedOnly
    reason { vi en }
    otherReading { actual ratio metric { labelVi labelEn } }
    approval { ...ApprovalFields }
    series { date actual expected }
    districts {
      target { id scopeUnit { ...UnitFields } }
      unit actual targetMin targetMax ratio status
      approval { ...ApprovalFields }
    }
  }
`,
  [UnitFields, ApprovalFields],
);

export const TARGET_PROGRESS_QUERY = graphql(
  `
  query DashboardTargetProgress($planId: Int!, $asOf: LocalDate, $mapOn: LocalDate, $approvedOnly: Boolean = false) {
    targetProgress(planId: $planId, asOf: $asOf, mapOn: $mapOn, approvedOnly: $approvedOnly) {
      asOf
      plan { ...PlanSummaryFields budgetAllocations { ...BudgetLineFields } }
      targets { ...TargetProgressFields }
      milestones { status doneOn late milestone { ...MilestoneFields } }
    }
  }
`,
  [PlanSummaryFields, BudgetLineFields, TargetProgressFields, MilestoneFields],
);

export type TargetProgress = ResultOf<typeof TargetProgressFields>;
export type Approval = TargetProgress['approval'];
export type PlanProgress = NonNullable<ResultOf<typeof TARGET_PROGRESS_QUERY>['targetProgress']>;
export type MilestoneProgress = PlanProgress['milestones'][number];
export type ProgressStatus = TargetProgress['status'];
export type TargetProgressVariables = VariablesOf<typeof TARGET_PROGRESS_QUERY>;

export const useTargetProgress = rootFieldHook(TARGET_PROGRESS_QUERY, 'targetProgress');
