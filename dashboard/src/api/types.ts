// Shapes of what the dashboard asks the GraphQL API for (schema.graphql).
// Only the fields the queries select; enums as string unions.

export type ProgressStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'not_started' | 'overdue';
export type TargetUnit = 'count' | 'people' | 'percent' | 'vnd';
export type FundingSource = 'central' | 'provincial' | 'district' | 'commune' | 'other';
export type MilestoneStatus = 'done' | 'pending' | 'overdue';
export type AlertSeverity = 'high' | 'medium' | 'low';
export type AlertKind = 'target_off_track' | 'target_overdue' | 'disbursement_lagging' | 'certificates_expiring' | 'milestone_overdue';
export type AnalyticsMeasure =
  | 'PRODUCTS'
  | 'CERTIFIED_PRODUCTS'
  | 'CERTIFICATES'
  | 'EVALUATIONS'
  | 'SUBJECTS'
  | 'ALLOCATED_VND'
  | 'DISBURSED_VND'
  | 'TRAINING_CLASSES'
  | 'LEARNERS'
  | 'PROMOTION_EVENTS'
  | 'SALES_POINTS';
export type AnalyticsDimension =
  | 'PROVINCE'
  | 'DISTRICT'
  | 'COMMUNE'
  | 'PRODUCT_GROUP'
  | 'STARS'
  | 'SUBJECT_TYPE'
  | 'FUNDING_SOURCE'
  | 'YEAR'
  | 'QUARTER'
  | 'MONTH';

export interface UnitRef {
  code: string;
  name: string;
  type?: string;
  validTo?: string | null;
}

export interface MetricInfo {
  id: string;
  version: number;
  labelVi: string;
  labelEn: string;
  kind?: string;
  rollup?: string;
  rule?: string;
}

export interface BudgetLine {
  id: number;
  source: FundingSource;
  amount: string | null;
  year: number;
  activity: string;
  note: string | null;
  recipientUnit: UnitRef;
}

export interface Milestone {
  id: number;
  key: string;
  kind: string;
  title: string;
  wording: string | null;
  deadline: string;
  doneOn: string | null;
  scopeUnit: UnitRef;
}

export interface PlanSummary {
  id: number;
  key: string;
  year: number;
  title: string;
  periodStart: string;
  periodEnd: string;
  issuer: UnitRef & { province?: { code: string } | null };
}

export interface TargetInfo {
  id: number;
  key: string;
  metric: string;
  params: Record<string, unknown>;
  wording: string;
  dueDate: string;
  targetMin: number;
  targetMax: number | null;
  unit: TargetUnit;
  scopeUnit: UnitRef;
  children: { id: number; scopeUnit: UnitRef; targetMin: number; targetMax: number | null }[];
}

export interface PlanDetail extends PlanSummary {
  issuerName: string;
  documentNumber: string | null;
  issuedOn: string | null;
  source: string | null;
  productGroupsDecision: string | null;
  targets: TargetInfo[];
  milestones: Milestone[];
  budgetAllocations: BudgetLine[];
}

export interface ProgressPoint {
  date: string;
  actual: number | null;
  expected: number;
}

export interface TargetProgress {
  target: { id: number; key: string; wording: string; dueDate: string; params: Record<string, unknown>; scopeUnit: UnitRef };
  metric: MetricInfo;
  asOf: string;
  unit: TargetUnit;
  actual: number | null;
  targetMin: number;
  targetMax: number | null;
  ratio: number | null;
  expectedToDate: number | null;
  forecast: number | null;
  status: ProgressStatus;
  sourceRows: number;
  series: ProgressPoint[];
  districts: {
    target: { id: number; scopeUnit: UnitRef };
    actual: number | null;
    targetMin: number;
    targetMax: number | null;
    ratio: number | null;
    status: ProgressStatus;
  }[];
}

export interface MilestoneProgress {
  milestone: Milestone;
  status: MilestoneStatus;
  doneOn: string | null;
  late: boolean;
}

export interface PlanProgress {
  asOf: string;
  plan: PlanSummary & { budgetAllocations: BudgetLine[] };
  targets: TargetProgress[];
  milestones: MilestoneProgress[];
}

export interface Alert {
  kind: AlertKind;
  severity: AlertSeverity;
  messageVi: string;
  messageEn: string;
  unit: UnitRef | null;
  target: { id: number; key: string } | null;
  milestone: { id: number; key: string; title: string; deadline: string } | null;
  count: number | null;
}

export interface DistrictRow {
  district: UnitRef;
  abolished: boolean;
  actual: number | null;
  target: number | null;
  targetMax: number | null;
  status: ProgressStatus | null;
  shareOfProvince: number | null;
  rank: number | null;
  previousActual: number | null;
  previousRank: number | null;
  rankChange: number | null;
  communes: number;
  subjects: number;
  perTenCommunes: number | null;
  perSubject: number | null;
}

export interface DistrictComparison {
  province: UnitRef;
  metric: MetricInfo;
  from: string;
  to: string;
  asOf: string;
  provinceValue: number | null;
  rows: DistrictRow[];
}

export interface DimensionValue {
  dimension: AnalyticsDimension;
  key: string | null;
  label: string | null;
}

export interface AnalyticsRow {
  keys: DimensionValue[];
  value: number;
  exact: string;
}

export interface AnalyticsResult {
  measure: AnalyticsMeasure;
  asOf: string;
  rows: AnalyticsRow[];
  total: { value: number; exact: string };
}

export interface AnalyticsFilter {
  provinceCode?: string;
  districtCode?: string;
  unitsAsOf?: string;
  asOf?: string;
  years?: number[];
  dateFrom?: string;
  dateTo?: string;
  minStars?: number;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

export interface Certificate {
  id: number;
  decisionNumber: string;
  decidedOn: string;
  expiresOn: string;
  stars: number;
  level: string;
  revokedOn: string | null;
  revocationReason?: string | null;
}

export interface Evaluation {
  id: number;
  evaluatedOn: string;
  scoreA: number;
  scoreB: number;
  scoreC: number;
  totalScore: number;
  stars: number;
  round: { level: string; year: number };
}

export interface ProductRow {
  id: number;
  code: string;
  name: string;
  group: string;
  status: string;
  unit: UnitRef & { district: UnitRef | null };
  subject: { name: string; type: string };
  currentCertificate: { stars: number; expiresOn: string; decidedOn: string } | null;
}

export interface ProductDetail extends ProductRow {
  subGroup: string | null;
  registeredOn: string | null;
  illustrative: boolean;
  certificates: Certificate[];
  evaluations: Evaluation[];
}

export interface TrainingClassRow {
  id: number;
  topic: string;
  organiser: string;
  audience: string;
  startsOn: string;
  endsOn: string;
  plannedLearners: number;
  actualLearners: number | null;
  unit: UnitRef;
}

export interface PromotionEventRow {
  id: number;
  name: string;
  kind: string;
  scope: string;
  startsOn: string;
  endsOn: string;
  location: string | null;
  revenue: string | null;
  unit: UnitRef;
}

export interface SalesPointRow {
  id: number;
  name: string;
  status: string;
  address: string | null;
  openedOn: string | null;
  unit: UnitRef;
}
