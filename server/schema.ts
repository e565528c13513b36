// The one list of resolvers, and the SDL the server emits (schema.graphql).
import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ROOT_DIR } from './config.ts';
import { AdminUnitResolver } from './geo/admin-unit.resolver.ts';
import { AnalyticsResolver } from './analytics/analytics.resolver.ts';
import { AuthResolver } from './auth/auth.resolver.ts';
import { assertGuarded, authChecker } from './auth/guard.ts';
import { ProductResolver } from './products/product.resolver.ts';
import { ProgressResolver } from './progress/progress.resolver.ts';
import { ComparisonResolver } from './progress/comparison.resolver.ts';
import { AlertResolver } from './progress/alerts.resolver.ts';
import { SubjectResolver } from './subjects/subject.resolver.ts';
import { CertificateResolver, EvaluationResolver, EvaluationRoundResolver } from './evaluations/evaluation.resolver.ts';
import { MilestoneResolver, PlanResolver, TargetResolver } from './plans/plan.resolver.ts';
import { BudgetAllocationResolver, DisbursementResolver } from './budgets/budget.resolver.ts';
import { TrainingClassResolver } from './training/training-class.resolver.ts';
import { PromotionEventResolver, SalesPointResolver } from './promotion/promotion.resolver.ts';
import { AuditResolver } from './audit/audit.resolver.ts';
import { SubjectMutationResolver } from './subjects/subject-mutation.resolver.ts';
import { ProductMutationResolver } from './products/product-mutation.resolver.ts';
import { CertificateMutationResolver, EvaluationMutationResolver, EvaluationRoundMutationResolver } from './evaluations/evaluation-mutation.resolver.ts';
import { MilestoneMutationResolver, PlanMutationResolver, TargetMutationResolver } from './plans/plan-mutation.resolver.ts';
import { BudgetAllocationMutationResolver, DisbursementMutationResolver } from './budgets/budget-mutation.resolver.ts';
import { TrainingClassMutationResolver } from './training/training-class-mutation.resolver.ts';
import { PromotionEventMutationResolver, SalesPointMutationResolver } from './promotion/promotion-mutation.resolver.ts';
import { ImportResolver } from './imports/import.resolver.ts';
import { RuleSetResolver } from './rules/rule-set.resolver.ts';
import { PeriodApprovalResolver } from './approvals/period-approval.resolver.ts';
import { DossierResolver } from './dossiers/dossier.resolver.ts';
import { PipelineResolver } from './dossiers/pipeline.resolver.ts';
import { ReevaluationResolver } from './dossiers/reevaluation.resolver.ts';
import { PublicCheckResolver } from './public-check/public-check.resolver.ts';
import { InspectionResolver } from './inspections/inspection.resolver.ts';
import { CouncilMemberResolver, CouncilRoundResolver, DossierRoundResolver, RoundDossierResolver, ScoreSheetResolver } from './councils/council.resolver.ts';
import { ReportResolver } from './reports/report.resolver.ts';
import { ReportDraftMutationResolver } from './reports/report-draft-mutation.resolver.ts';

export const SCHEMA_FILE = path.join(ROOT_DIR, 'schema.graphql');

const RESOLVERS = [
  AdminUnitResolver,
  AnalyticsResolver,
  AuthResolver,
  ProductResolver,
  ProgressResolver,
  ComparisonResolver,
  AlertResolver,
  SubjectResolver,
  EvaluationResolver,
  CertificateResolver,
  EvaluationRoundResolver,
  PlanResolver,
  TargetResolver,
  MilestoneResolver,
  BudgetAllocationResolver,
  DisbursementResolver,
  TrainingClassResolver,
  PromotionEventResolver,
  SalesPointResolver,
  AuditResolver,
  SubjectMutationResolver,
  ProductMutationResolver,
  EvaluationRoundMutationResolver,
  EvaluationMutationResolver,
  CertificateMutationResolver,
  PlanMutationResolver,
  TargetMutationResolver,
  MilestoneMutationResolver,
  BudgetAllocationMutationResolver,
  DisbursementMutationResolver,
  TrainingClassMutationResolver,
  PromotionEventMutationResolver,
  SalesPointMutationResolver,
  ImportResolver,
  RuleSetResolver,
  PeriodApprovalResolver,
  DossierResolver,
  PipelineResolver,
  ReevaluationResolver,
  DossierRoundResolver,
  CouncilRoundResolver,
  CouncilMemberResolver,
  RoundDossierResolver,
  ScoreSheetResolver,
  PublicCheckResolver,
  InspectionResolver,
  ReportResolver,
  ReportDraftMutationResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

export function buildHubSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // Mutation inputs opt in to class-validator (server/writes/mutation-args.ts);
    // query arguments are checked by their resolvers.
    validate: false,
    // Root fields carry @Authorized; the build fails if one has neither that nor a place among the public ones.
    authChecker,
  }).then((schema) => assertGuarded(schema, RESOLVERS));
  return cached;
}

/** The SDL, sorted so that the checked-in file changes only when the schema does. */
export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
}
