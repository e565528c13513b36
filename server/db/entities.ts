// Every TypeORM entity, in one list for the DataSource.
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { Product } from '../products/product.entity.ts';
import { Certificate, Evaluation, EvaluationRound } from '../evaluations/evaluation.entity.ts';
import { Milestone, Plan, Target } from '../plans/plan.entity.ts';
import { BudgetAllocation, Disbursement } from '../budgets/budget.entity.ts';
import { TrainingClass } from '../training/training-class.entity.ts';
import { PromotionEvent, SalesPoint } from '../promotion/promotion.entity.ts';
import { AppUser } from '../auth/user.entity.ts';
import { PeriodApproval } from '../approvals/period-approval.entity.ts';
import { ReportDraft } from '../reports/report-draft.entity.ts';

export const ENTITIES = [
  AdminUnit,
  Subject,
  Product,
  EvaluationRound,
  Evaluation,
  Certificate,
  Plan,
  Target,
  Milestone,
  BudgetAllocation,
  Disbursement,
  TrainingClass,
  PromotionEvent,
  SalesPoint,
  AppUser,
  PeriodApproval,
  ReportDraft,
];
