import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { Milestone, Plan, Target, TargetUnit } from '../plans/plan.entity.ts';
import { ProgressStatus } from './status.ts';
import { ApprovalCoverage } from '../approvals/period-approval.types.ts';

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'Where a target stands on the as-of date (rules in docs/targets.md).',
  valuesConfig: {
    achieved: { description: 'Actual has reached the target (its lower bound for a range).' },
    on_track: { description: 'At or above the expected-to-date path, or the run-rate forecast reaches the target by the due date.' },
    at_risk: { description: 'Forecast at the due date falls short, but by less than 15%.' },
    off_track: { description: 'Forecast at the due date falls short by 15% or more.' },
    not_started: { description: 'No progress yet since the period start (or the period has not begun).' },
    overdue: { description: 'The due date has passed without reaching the target.' },
  },
});

export enum MilestoneStatus {
  done = 'done',
  pending = 'pending',
  overdue = 'overdue',
}
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'State of a milestone on the as-of date.',
  valuesConfig: {
    done: { description: 'Done on or before the as-of date (see `late`).' },
    pending: { description: 'Not done, deadline not yet passed.' },
    overdue: { description: 'Not done and the deadline has passed.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A metric of the catalogue: how a figure is computed.' })
export class MetricInfo {
  @Field(() => String, { description: 'Metric id, e.g. certified_products.' })
  id: string;

  @Field(() => Int, { description: 'Version of the rule; bumped whenever the rule changes.' })
  version: number;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  labelVi: string;

  @Field(() => String, { description: 'Name in English.' })
  labelEn: string;

  @Field(() => String, { description: 'The rule, in English.' })
  rule: string;

  @Field(() => String, { description: 'stock (a value on a date) or flow (what happened since the period start).' })
  kind: string;

  @Field(() => String, { description: 'How values roll up: distinct_count, sum, ratio_of_sums, distinct_share.' })
  rollup: string;
}

@ObjectType({ simpleResolvers: true, description: 'One point of a target’s monthly series.' })
export class ProgressPoint {
  @Field(() => LocalDate, { description: 'Month end (or the as-of date).' })
  date: string;

  @Field(() => Float, { nullable: true, description: 'Actual value on that date; null where there is no basis (a ratio over nothing).' })
  actual: number | null;

  @Field(() => Float, { description: 'Expected value on that date on the straight path from the baseline to the target.' })
  expected: number;
}

@ObjectType({ simpleResolvers: true, description: 'Progress of one target on a date, computed from the live data, with its provenance.' })
export class TargetProgress {
  @Field(() => Target, { description: 'The target.' })
  target: Target;

  @Field(() => MetricInfo, { description: 'The metric definition (id and version) that produced the figures.' })
  metric: MetricInfo;

  @Field(() => LocalDate, { description: 'The as-of date of the figures.' })
  asOf: string;

  @Field(() => LocalDate, {
    description: 'The date the actual was read at: the as-of date, but never after the due date nor after the last day of an abolished scope unit.',
  })
  measuredOn: string;

  @Field(() => TargetUnit, { description: 'Unit of actual and target values.' })
  unit: TargetUnit;

  @Field(() => Float, { nullable: true, description: 'Actual value on the as-of date.' })
  actual: number | null;

  @Field(() => Float, { description: 'Target value, or the lower bound of a range.' })
  targetMin: number;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a range.' })
  targetMax: number | null;

  @Field(() => Float, { nullable: true, description: 'actual ÷ targetMin.' })
  ratio: number | null;

  @Field(() => Float, { description: 'Value at the period start (0 for flow metrics): where the path starts.' })
  baseline: number;

  @Field(() => Float, { nullable: true, description: 'Expected value on the as-of date on the straight path from baseline to target.' })
  expectedToDate: number | null;

  @Field(() => Float, { nullable: true, description: 'targetMin − actual (positive: still short).' })
  gap: number | null;

  @Field(() => Float, { nullable: true, description: 'Forecast on the due date from the run rate since the period start.' })
  forecast: number | null;

  @Field(() => ProgressStatus, { description: 'Status by the rules in docs/targets.md.' })
  status: ProgressStatus;

  @Field(() => Int, { description: 'Number of source rows behind the actual value (provenance).' })
  sourceRows: number;

  @Field(() => [ProgressPoint], { description: 'Monthly series from the period start to the as-of date (or the due date), for charts.' })
  series: ProgressPoint[];

  @Field(() => [TargetProgress], { description: 'For a target set for every district, each district’s own progress.' })
  districts: TargetProgress[];

  @Field(() => ApprovalCoverage, { description: 'Whether the data behind the actual is approved: the months of the target’s period up to measuredOn.' })
  approval: ApprovalCoverage;

  @Field(() => Boolean, { description: 'The figures count records of approved periods only.' })
  approvedOnly: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'The figures count records by the units in force on this day (null: as recorded).' })
  mapOn: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A milestone and whether it was met.' })
export class MilestoneProgress {
  @Field(() => Milestone, { description: 'The milestone.' })
  milestone: Milestone;

  @Field(() => MilestoneStatus, { description: 'Done, pending or overdue on the as-of date.' })
  status: MilestoneStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When it was done: recorded, or for evaluation rounds the date the round was held.' })
  doneOn: string | null;

  @Field(() => Boolean, { description: 'Done after its deadline.' })
  late: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A whole plan’s progress on a date.' })
export class PlanProgress {
  @Field(() => Plan, { description: 'The plan.' })
  plan: Plan;

  @Field(() => LocalDate, { description: 'The as-of date.' })
  asOf: string;

  @Field(() => [TargetProgress], { description: 'Every top-level target of the plan.' })
  targets: TargetProgress[];

  @Field(() => [MilestoneProgress], { description: 'Every milestone of the plan, by deadline.' })
  milestones: MilestoneProgress[];
}
