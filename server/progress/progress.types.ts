import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { Milestone, Plan, Target, TargetUnit } from '../plans/plan.entity.ts';
import { MetricInfo } from '../metrics/metric.types.ts';
import type { Label } from '../labels/language.ts';
import { LabelText } from '../labels/label.types.ts';
import { ProgressStatus } from './status.ts';
import { ApprovalCoverage } from '../approvals/period-approval.types.ts';
import { PipelineForecast } from '../dossiers/pipeline.types.ts';

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description:
    'Where a target stands on the as-of date (rules in docs/targets.md). Before the due date: on_track, at_risk or off_track, with a forecast (or not_started). On and after it: achieved or not_achieved, final, with no forecast.',
  valuesConfig: {
    achieved: { description: 'Final (on or after the due date): the actual reached the target (its lower bound for a range).' },
    not_achieved: { description: 'Final (on or after the due date): the actual fell short of the target.' },
    on_track: { description: 'Before the due date: at or above the expected-to-date path, or the forecast reaches the target.' },
    at_risk: { description: 'Before the due date: the forecast falls short, by less than 15%.' },
    off_track: { description: 'Before the due date: behind, the forecast falls short by 15% or more.' },
    not_started: { description: 'The period has not begun, or a count or sum (not a level or a ratio) has nothing yet.' },
    no_data: { description: 'The metric cannot be measured from the data held (a ratio over nothing); `reason` says why.' },
    invalid_definition: { description: 'The target’s metric or parameters are not valid (stored before the rule); `reason` says what is wrong.' },
  },
});

export enum MilestoneStatus {
  done = 'done',
  done_late = 'done_late',
  due = 'due',
  pending = 'pending',
  overdue = 'overdue',
}
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'State of a milestone on the as-of date.',
  valuesConfig: {
    done: { description: 'Done on or before its deadline (and by the as-of date).' },
    done_late: { description: 'Done by the as-of date, but after its deadline.' },
    due: { description: 'Not done, and the deadline is the as-of date itself.' },
    pending: { description: 'Not done, deadline still ahead.' },
    overdue: { description: 'Not done and the deadline has passed.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'The same figure read by the other metric of a pair (a cumulative count "recognised to date" or "valid on the date").',
})
export class OtherReading {
  @Field(() => MetricInfo, { description: 'The other metric, with the same parameters.' })
  metric: MetricInfo;

  @Field(() => Float, { nullable: true, description: 'Its value on the date the target is measured on.' })
  actual: number | null;

  @Field(() => Float, { nullable: true, description: 'actual ÷ the target’s targetMin.' })
  ratio: number | null;
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

  @Field(() => MetricInfo, { description: 'The metric definition (id and version) that produced the figures; version 0 for an id not in the catalogue.' })
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

  @Field(() => Float, {
    nullable: true,
    description:
      'Before the due date: the value expected on it (the run rate since the period start; a ratio, its current level). Null once the verdict is final.',
  })
  forecast: number | null;

  @Field(() => ProgressStatus, { description: 'Status by the rules in docs/targets.md.' })
  status: ProgressStatus;

  @Field(() => Boolean, { description: 'The status is a final verdict: the due date has come (achieved or not_achieved).' })
  final: boolean;

  @Field(() => LabelText, { nullable: true, description: 'Why there is no figure: for no_data and invalid_definition, in Vietnamese and English.' })
  reason: Label | null;

  @Field(() => OtherReading, {
    nullable: true,
    description: 'For a cumulative count, the other reading (the target states which it uses: its `metric`); null for other metrics.',
  })
  otherReading: OtherReading | null;

  @Field(() => PipelineForecast, {
    nullable: true,
    description:
      'For a target on new 3★+ products over the current year, read today: the dossier pipeline’s forecast (products recognised so far plus council results of 3★ or more awaiting approval; docs/ocop-cycle.md), beside the run-rate `forecast`. Null for other targets.',
  })
  pipelineForecast: PipelineForecast | null;

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

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When it was done: recorded, or for an evaluation-round milestone the day the last council of the rounds held for its deadline met.',
  })
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
