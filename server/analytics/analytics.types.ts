import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import { FundingSource } from '../budgets/budget.entity.ts';
import { UnitScopeFilter } from '../geo/unit-scope.ts';
import { ApprovalCoverage } from '../approvals/period-approval.types.ts';
import { ProductGroup } from '../products/product.entity.ts';
import { SubjectType } from '../subjects/subject.entity.ts';

export enum AnalyticsMeasure {
  PRODUCTS = 'PRODUCTS',
  CERTIFIED_PRODUCTS = 'CERTIFIED_PRODUCTS',
  CERTIFICATES = 'CERTIFICATES',
  EVALUATIONS = 'EVALUATIONS',
  SUBJECTS = 'SUBJECTS',
  ALLOCATED_VND = 'ALLOCATED_VND',
  DISBURSED_VND = 'DISBURSED_VND',
  TRAINING_CLASSES = 'TRAINING_CLASSES',
  LEARNERS = 'LEARNERS',
  PROMOTION_EVENTS = 'PROMOTION_EVENTS',
  SALES_POINTS = 'SALES_POINTS',
}
registerEnumType(AnalyticsMeasure, {
  name: 'AnalyticsMeasure',
  description:
    'Shorthands for catalogue metrics (the `metrics` query), kept from before `analytics` read the catalogue: each is the metric named below, with its rule and version. Any other metric can be asked for by id (`metric`).',
  valuesConfig: {
    PRODUCTS: { description: 'registered_products: products in the programme on the date (stock).' },
    CERTIFIED_PRODUCTS: { description: 'certified_products: products with a valid certificate on the date (stock); stars from the current certificate.' },
    CERTIFICATES: { description: 'certificates_issued: certificates decided (flow; deleted ones excluded); date: decision.' },
    EVALUATIONS: { description: 'evaluations: evaluations scored (flow); date: evaluation.' },
    SUBJECTS: { description: 'subjects: OCOP subjects registered on the date (stock).' },
    ALLOCATED_VND: { description: 'allocated_vnd: funds allocated (flow, exact VND); date: 1 January of the budget year.' },
    DISBURSED_VND: { description: 'disbursed_vnd: funds disbursed by the paying unit (flow, exact VND); date: payment.' },
    TRAINING_CLASSES: { description: 'training_classes: classes started (flow); date: first day.' },
    LEARNERS: { description: 'learners_trained: learners of classes that started in the range and ended by the as-of date (flow); date: first day.' },
    PROMOTION_EVENTS: { description: 'promotion_events: trade-promotion events started (flow); date: first day.' },
    SALES_POINTS: { description: 'sales_points: sales points opened (flow); date: opening.' },
  },
});

export enum AnalyticsDimension {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  PRODUCT_GROUP = 'PRODUCT_GROUP',
  STARS = 'STARS',
  SUBJECT_TYPE = 'SUBJECT_TYPE',
  FUNDING_SOURCE = 'FUNDING_SOURCE',
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsDimension, {
  name: 'AnalyticsDimension',
  description: 'A dimension to group by. Not every dimension applies to every measure (e.g. FUNDING_SOURCE only to money).',
  valuesConfig: {
    PROVINCE: { description: 'Province of the record’s unit (the unit in force when recorded; with filter.mapOn, the unit of that map it counts in).' },
    DISTRICT: { description: 'District of the record’s unit (none on a map since the 2025 reform).' },
    COMMUNE: { description: 'Commune of the record’s unit (empty where recorded at district level).' },
    PRODUCT_GROUP: { description: 'Product group (Decision 148/QĐ-TTg; a product registered under Decision 1048 by its crosswalked group).' },
    STARS: { description: 'Star rating.' },
    SUBJECT_TYPE: { description: 'Legal form of the subject.' },
    FUNDING_SOURCE: { description: 'Funding source.' },
    YEAR: { description: 'Year ("2024"): of a flow’s record date; for a stock, its value at each year end. Every year of the range is listed.' },
    QUARTER: { description: 'Quarter ("2024-Q3"), as YEAR. Every quarter of the range is listed, empty ones with 0.' },
    MONTH: { description: 'Month ("2024-07"), as YEAR. Every month of the range is listed, empty ones with 0.' },
  },
});

@InputType({ description: 'Filters applied before grouping; all given conditions must hold.' })
export class AnalyticsFilter extends UnitScopeFilter {
  @Field(() => [Int], {
    nullable: true,
    description: 'The range is these years (from 1 January of the first to 31 December of the last); a flow counts only records dated in one of them.',
  })
  years?: number[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day of the range: a flow counts records dated on or after it; a stock grouped by time starts its axis there.',
  })
  dateFrom?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the range (never after `asOf`): a flow counts records dated up to it; a stock is read on it.',
  })
  dateTo?: string | null;

  @Field(() => [ProductGroup], { nullable: true, description: 'Only these product groups (product measures).' })
  groups?: ProductGroup[] | null;

  @Field(() => [SubjectType], { nullable: true, description: 'Only these subject types (product and subject measures).' })
  subjectTypes?: SubjectType[] | null;

  @Field(() => [FundingSource], { nullable: true, description: 'Only these funding sources (money measures).' })
  sources?: FundingSource[] | null;

  @Field(() => Int, { nullable: true, description: 'At least this many stars (rating measures).' })
  minStars?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many stars (rating measures).' })
  maxStars?: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The date figures are read at: a stock on this date (or, grouped by time, at each period end up to it), a flow up to it; records dated later never count, so lists and figures of one screen can share one date. Without it the range ends at `dateTo`, the last of `years`, or today.',
  })
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Count only records of approved periods (see AnalyticsResult.approval).' })
  approvedOnly?: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: 'The value of one dimension in a row.' })
export class DimensionValue {
  @Field(() => AnalyticsDimension, { description: 'The dimension.' })
  dimension: AnalyticsDimension;

  @Field(() => String, { nullable: true, description: 'Its key: a GSO code, an enum value, a year, "2024-Q3", "2024-07"; null where the record has none.' })
  key: string | null;

  @Field(() => String, { nullable: true, description: 'Human label (unit names with diacritics).' })
  label: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One group of an aggregate.' })
export class AnalyticsRow {
  @Field(() => [DimensionValue], { description: 'The group’s dimension values, in `groupBy` order.' })
  keys: DimensionValue[];

  @Field(() => String, { description: 'Exact value as a decimal string (exact VND for money).' })
  exact: string;

  @Field(() => Float, { description: 'The value as a number, for charts.' })
  value: number;
}

@ObjectType({ simpleResolvers: true, description: 'A grouped aggregate, computed in one SQL statement.' })
export class AnalyticsResult {
  @Field(() => AnalyticsMeasure, { nullable: true, description: 'The measure asked for; null when the metric was asked for by id.' })
  measure: AnalyticsMeasure | null;

  @Field(() => MetricInfo, { description: 'The catalogue metric (id, version, unit, kind) that produced the figures.' })
  metric: MetricInfo;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the range counted (flows) or of the time axis (stocks); null: from the first record.' })
  from: string | null;

  @Field(() => [AnalyticsDimension], { description: 'The dimensions grouped by.' })
  groupBy: AnalyticsDimension[];

  @Field(() => LocalDate, { description: 'The date the figures are read at: the end of the range, never after the as-of date.' })
  asOf: string;

  @Field(() => [AnalyticsRow], {
    description: 'One row per group, sorted by the keys. Grouped by time, every period of the range is there, empty ones with 0.',
  })
  rows: AnalyticsRow[];

  @Field(() => AnalyticsRow, {
    description: 'The whole filtered set (not the sum of rows for distinct counts); for a stock grouped by time, its value on the as-of date.',
  })
  total: AnalyticsRow;

  @Field(() => ApprovalCoverage, {
    nullable: true,
    description:
      'Whether the data behind the total is approved: for a filter with a unit and a range with a first day (dateFrom or years), up to the as-of date; null otherwise.',
  })
  approval: ApprovalCoverage | null;
}
