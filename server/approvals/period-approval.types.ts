import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, Max, MaxLength, Min } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { NotBlank } from '../writes/validation.ts';
import { PeriodApproval, PeriodKind } from './period-approval.entity.ts';

@InputType({ description: 'A unit’s month or quarter, submitted for approval.' })
export class PeriodSubmissionInput {
  @Field(() => Int, { description: 'Id of the reporting unit: a district (periods before 1 July 2025) or a commune of today.' })
  @IsInt()
  @Min(1, { message: 'must be a unit id' })
  unitId: number;

  @Field(() => PeriodKind, { description: 'Month or quarter.' })
  kind: PeriodKind;

  @Field(() => Int, { description: 'Year of the period.' })
  @IsInt()
  @Min(2018, { message: 'must be a programme year, 2018 to 2100' })
  @Max(2100, { message: 'must be a programme year, 2018 to 2100' })
  year: number;

  @Field(() => Int, { description: 'Month (1–12) or quarter (1–4).' })
  @IsInt()
  @Min(1, { message: 'must be a month 1–12 or a quarter 1–4' })
  @Max(12, { message: 'must be a month 1–12 or a quarter 1–4' })
  number: number;
}

@InputType({ description: 'Why the province returns or reopens a period.' })
export class PeriodReasonInput {
  @Field(() => String, { description: 'The reason, shown to the unit.' })
  @NotBlank()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  reason: string;
}

export enum ReportingStage {
  in_progress = 'in_progress',
  awaiting_submission = 'awaiting_submission',
  awaiting_approval = 'awaiting_approval',
  returned = 'returned',
  approved = 'approved',
}
registerEnumType(ReportingStage, {
  name: 'ReportingStage',
  description: 'What a reporting period waits for.',
  valuesConfig: {
    in_progress: { description: 'The period has not ended: nothing to submit yet.' },
    awaiting_submission: { description: 'Ended, not submitted (or reopened by the province): the unit is to submit it.' },
    awaiting_approval: { description: 'Submitted: the province is to approve or return it.' },
    returned: { description: 'Returned by the province with a reason: the unit is to correct and submit it again.' },
    approved: { description: 'Approved: its records are locked.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One unit’s month or quarter and where it stands in approval.' })
export class ReportingPeriod {
  @Field(() => AdminUnit, { description: 'The reporting unit.' })
  unit: AdminUnit;

  @Field(() => PeriodKind, { description: 'Month or quarter.' })
  kind: PeriodKind;

  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => Int, { description: 'Month (1–12) or quarter (1–4).' })
  number: number;

  @Field(() => LocalDate, { description: 'First day.' })
  periodStart: string;

  @Field(() => LocalDate, { description: 'Last day.' })
  periodEnd: string;

  @Field(() => LocalDate, {
    description: 'Day by which it is to be submitted: day 14 of the month after the period, the monthly cut-off of Decree 09/2019/NĐ-CP Điều 12.',
  })
  dueOn: string;

  @Field(() => ReportingStage, { description: 'What the period waits for.' })
  stage: ReportingStage;

  @Field(() => Boolean, { description: 'Still to be submitted (or resubmitted) after its due day.' })
  overdue: boolean;

  @Field(() => PeriodApproval, { nullable: true, description: 'Its approval record, once submitted.' })
  approval: PeriodApproval | null;
}

@ObjectType({ simpleResolvers: true, description: 'How many periods are at each stage.' })
export class ReportingSummary {
  @Field(() => Int, { description: 'Periods not yet ended.' })
  inProgress: number;

  @Field(() => Int, { description: 'Ended periods awaiting submission.' })
  awaitingSubmission: number;

  @Field(() => Int, { description: 'Submitted periods awaiting approval.' })
  awaitingApproval: number;

  @Field(() => Int, { description: 'Periods returned to their unit.' })
  returned: number;

  @Field(() => Int, { description: 'Approved periods.' })
  approved: number;

  @Field(() => Int, { description: 'Periods to be submitted after their due day.' })
  overdue: number;
}

@ObjectType({ simpleResolvers: true, description: 'The reporting periods of the units within a unit, and how many are at each stage.' })
export class ReportingPeriods {
  @Field(() => AdminUnit, { description: 'The unit asked about.' })
  scope: AdminUnit;

  @Field(() => ReportingSummary, { description: 'Counts over every period listed (before the stage filter).' })
  summary: ReportingSummary;

  @Field(() => [ReportingPeriod], { description: 'The periods, by start then unit code.' })
  periods: ReportingPeriod[];
}

@ArgsType()
export class ReportingPeriodsArgs {
  @Field(() => String, {
    description:
      'GSO code of a province, district or commune: its reporting units are listed (a province of today includes the old districts it took over, for their periods).',
  })
  unitCode: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date on which the code is read (default today).' })
  unitsAsOf?: string | null;

  @Field(() => PeriodKind, { description: 'Months or quarters.' })
  kind: PeriodKind;

  @Field(() => LocalDate, { description: 'Periods overlapping this day and later.' })
  from: string;

  @Field(() => LocalDate, { description: 'Periods starting on or before this day (at most three years after `from`).' })
  to: string;

  @Field(() => [ReportingStage], { nullable: true, description: 'Only periods at these stages.' })
  stages?: ReportingStage[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only overdue periods.' })
  overdueOnly: boolean;
}

export enum ApprovalState {
  approved = 'approved',
  partly_approved = 'partly_approved',
  not_approved = 'not_approved',
  no_periods = 'no_periods',
}
registerEnumType(ApprovalState, {
  name: 'ApprovalState',
  description: 'Whether the data behind a figure is approved.',
  valuesConfig: {
    approved: { description: 'Every reporting period behind the figure is approved.' },
    partly_approved: { description: 'Some of them are approved.' },
    not_approved: { description: 'None of them is approved.' },
    no_periods: { description: 'No unit reports a period behind the figure (no reporting unit within its scope on those dates).' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'Whether the data behind a figure is approved: the months of its period (to the date it is read at) of every reporting unit within its scope — a district before 1 July 2025, a commune since — by their approval.',
})
export class ApprovalCoverage {
  @Field(() => ApprovalState, { description: 'Approved, partly, not at all, or nothing to approve.' })
  state: ApprovalState;

  @Field(() => Int, { description: 'Unit-months behind the figure.' })
  periods: number;

  @Field(() => Int, { description: 'Of them, approved (by a month or a quarter).' })
  approved: number;

  @Field(() => Int, { description: 'Of them, submitted and awaiting approval.' })
  submitted: number;

  @Field(() => Int, { description: 'Of them, returned to their unit.' })
  returned: number;

  @Field(() => Float, { nullable: true, description: 'approved ÷ periods, in percent; null without periods.' })
  approvedShare: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the months counted.' })
  from: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day counted (the date the figure is read at).' })
  to: string | null;
}
