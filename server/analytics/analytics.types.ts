import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
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
  description: 'What `analytics` aggregates. Each measure has a date that the time dimensions and date filters use.',
  valuesConfig: {
    PRODUCTS: { description: 'Products (count); date: registration.' },
    CERTIFIED_PRODUCTS: { description: 'Products with a valid certificate on `filter.asOf` (count), stars from that certificate; date: its decision.' },
    CERTIFICATES: { description: 'Certificates issued (count, deleted ones excluded); date: decision.' },
    EVALUATIONS: { description: 'Evaluations scored (count); date: evaluation.' },
    SUBJECTS: { description: 'OCOP subjects (count); date: registration.' },
    ALLOCATED_VND: { description: 'Funds allocated (sum, exact VND); date: 1 January of the budget year.' },
    DISBURSED_VND: { description: 'Funds disbursed (sum, exact VND, deleted payments excluded); date: payment.' },
    TRAINING_CLASSES: { description: 'Training classes (count); date: first day.' },
    LEARNERS: { description: 'Learners who attended (sum); date: first day of the class.' },
    PROMOTION_EVENTS: { description: 'Trade-promotion events (count); date: first day.' },
    SALES_POINTS: { description: 'OCOP sales points (count); date: opening.' },
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
    PRODUCT_GROUP: { description: 'Product group (Decision 148/QĐ-TTg).' },
    STARS: { description: 'Star rating.' },
    SUBJECT_TYPE: { description: 'Legal form of the subject.' },
    FUNDING_SOURCE: { description: 'Funding source.' },
    YEAR: { description: 'Year of the measure’s date ("2024").' },
    QUARTER: { description: 'Quarter of the measure’s date ("2024-Q3").' },
    MONTH: { description: 'Month of the measure’s date ("2024-07").' },
  },
});

@InputType({ description: 'Filters applied before grouping; all given conditions must hold.' })
export class AnalyticsFilter extends UnitScopeFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these years of the measure’s date.' })
  years?: number[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Measure’s date on or after this day.' })
  dateFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Measure’s date on or before this day.' })
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

  @Field(() => LocalDate, { nullable: true, description: 'Date on which CERTIFIED_PRODUCTS reads validity (default today).' })
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
  @Field(() => AnalyticsMeasure, { description: 'The measure.' })
  measure: AnalyticsMeasure;

  @Field(() => [AnalyticsDimension], { description: 'The dimensions grouped by.' })
  groupBy: AnalyticsDimension[];

  @Field(() => LocalDate, { description: 'Date of validity for CERTIFIED_PRODUCTS (the as-of date).' })
  asOf: string;

  @Field(() => [AnalyticsRow], { description: 'One row per group, sorted by the keys.' })
  rows: AnalyticsRow[];

  @Field(() => AnalyticsRow, { description: 'The whole filtered set (not the sum of rows for distinct counts).' })
  total: AnalyticsRow;

  @Field(() => ApprovalCoverage, {
    nullable: true,
    description: 'Whether the data behind the total is approved: for a filter with a unit and a date range (dateFrom–dateTo or years); null otherwise.',
  })
  approval: ApprovalCoverage | null;
}
