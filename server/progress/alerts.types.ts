import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Milestone, Target } from '../plans/plan.entity.ts';

export enum AlertKind {
  target_off_track = 'target_off_track',
  target_not_started = 'target_not_started',
  target_not_achieved = 'target_not_achieved',
  target_no_data = 'target_no_data',
  target_invalid = 'target_invalid',
  disbursement_lagging = 'disbursement_lagging',
  certificates_expiring = 'certificates_expiring',
  milestone_overdue = 'milestone_overdue',
}
registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: 'What needs attention.',
  valuesConfig: {
    target_off_track: { description: 'A running target is behind (off_track, high) or at risk (medium), ratio targets included.' },
    target_not_started: { description: 'A running count or sum has nothing yet since its period started.' },
    target_not_achieved: { description: 'A target’s due date came (within the last year) without reaching it.' },
    target_no_data: { description: 'A target cannot be measured from the data held; the message says why.' },
    target_invalid: { description: 'A target’s definition (metric, parameters) is not valid; the message says what to correct.' },
    disbursement_lagging: { description: 'A unit’s disbursement rate lags the calendar by 20 points or more.' },
    certificates_expiring: { description: 'Certificates expire within the next 6 months.' },
    milestone_overdue: { description: 'A milestone’s deadline passed without it being done.' },
  },
});

export enum AlertSeverity {
  high = 'high',
  medium = 'medium',
  low = 'low',
}
registerEnumType(AlertSeverity, {
  name: 'AlertSeverity',
  description: 'How urgent an alert is.',
  valuesConfig: {
    high: { description: 'Act now: behind, not achieved, overdue, or a definition to correct.' },
    medium: { description: 'Watch: at risk, not started, not measurable, lagging, expiring.' },
    low: { description: 'For information.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Something that needs attention, with the reason in one sentence in Vietnamese and English.' })
export class Alert {
  @Field(() => AlertKind, { description: 'Kind of alert.' })
  kind: AlertKind;

  @Field(() => AlertSeverity, { description: 'Severity.' })
  severity: AlertSeverity;

  @Field(() => String, { description: 'Why, in Vietnamese.' })
  messageVi: string;

  @Field(() => String, { description: 'Why, in English.' })
  messageEn: string;

  @Field(() => AdminUnit, { nullable: true, description: 'The unit concerned.' })
  unit: AdminUnit | null;

  @Field(() => Target, { nullable: true, description: 'The target concerned.' })
  target: Target | null;

  @Field(() => Milestone, { nullable: true, description: 'The milestone concerned.' })
  milestone: Milestone | null;

  @Field(() => Int, { nullable: true, description: 'How many (e.g. certificates expiring).' })
  count: number | null;
}
