import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { Milestone, Target } from '../plans/plan.entity.ts';

export enum AlertKind {
  target_off_track = 'target_off_track',
  target_overdue = 'target_overdue',
  disbursement_lagging = 'disbursement_lagging',
  certificates_expiring = 'certificates_expiring',
  milestone_overdue = 'milestone_overdue',
}
registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: 'What needs attention.',
  valuesConfig: {
    target_off_track: { description: 'A running target is off track or at risk.' },
    target_overdue: { description: 'A target’s due date passed without reaching it.' },
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
    high: { description: 'Act now: overdue or off track.' },
    medium: { description: 'Watch: at risk, lagging, expiring.' },
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
