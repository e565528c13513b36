import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { MetricInfo } from './progress.types.ts';
import { ProgressStatus } from './status.ts';
import { ApprovalCoverage } from '../approvals/period-approval.types.ts';
import { UnitAttribution } from '../geo/unit-map.types.ts';

@ObjectType({ simpleResolvers: true, description: 'One district in a league table.' })
export class DistrictRow {
  @Field(() => AdminUnit, { description: 'The district (as it was in the period); on a map, the unit of the map (a commune on a map since the 2025 reform).' })
  district: AdminUnit;

  @Field(() => Boolean, { description: 'The district was abolished (1 July 2025 reorganisation or earlier).' })
  abolished: boolean;

  @Field(() => Float, { nullable: true, description: 'The metric for the district.' })
  actual: number | null;

  @Field(() => Float, { nullable: true, description: 'The district’s own target, where a plan sets one for this metric and period.' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the district’s target range.' })
  targetMax: number | null;

  @Field(() => ProgressStatus, { nullable: true, description: 'Status against the district’s own target.' })
  status: ProgressStatus | null;

  @Field(() => Float, { nullable: true, description: 'Percent of the province’s value (counts and sums only).' })
  shareOfProvince: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank in the province, 1 = highest (ties share a rank); null without a value.' })
  rank: number | null;

  @Field(() => Float, { nullable: true, description: 'The metric over the previous period of the same length.' })
  previousActual: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank over the previous period.' })
  previousRank: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive means the district climbed.' })
  rankChange: number | null;

  @Field(() => Int, { description: 'Communes in the district on the as-of date (at least 1: a district without communes counts itself).' })
  communes: number;

  @Field(() => Int, { description: 'OCOP subjects registered in the district by the as-of date.' })
  subjects: number;

  @Field(() => Float, { nullable: true, description: 'actual per 10 communes, so small districts compare fairly.' })
  perTenCommunes: number | null;

  @Field(() => Float, { nullable: true, description: 'actual per subject.' })
  perSubject: number | null;

  @Field(() => ApprovalCoverage, { description: 'Whether the data behind the row is approved (the months of the period up to asOf).' })
  approval: ApprovalCoverage;

  @Field(() => [UnitAttribution], {
    description: 'On a map (mapOn): the units whose records the row counts by a documented rule (a split commune, a later unit on an earlier map), flagged.',
  })
  attributed: UnitAttribution[];
}

@ObjectType({ simpleResolvers: true, description: 'Every district of a province side by side on one metric.' })
export class DistrictComparison {
  @Field(() => AdminUnit, { description: 'The province.' })
  province: AdminUnit;

  @Field(() => MetricInfo, { description: 'The metric and its version.' })
  metric: MetricInfo;

  @Field(() => LocalDate, { description: 'Period start.' })
  from: string;

  @Field(() => LocalDate, { description: 'Period end.' })
  to: string;

  @Field(() => LocalDate, { description: 'Date the figures are read at (the period end, or earlier when asOf is earlier).' })
  asOf: string;

  @Field(() => Float, { nullable: true, description: 'The metric for the whole province (rolled up from rows, not from the districts).' })
  provinceValue: number | null;

  @Field(() => [DistrictRow], { description: 'One row per district (on a map: per unit just below the province), by rank.' })
  rows: DistrictRow[];

  @Field(() => ApprovalCoverage, { description: 'Whether the data behind the province’s value is approved.' })
  approval: ApprovalCoverage;

  @Field(() => Boolean, { description: 'The figures count records of approved periods only.' })
  approvedOnly: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The rows are the units of the map in force on this day (null: the districts of the period, as recorded).',
  })
  mapOn: string | null;
}
