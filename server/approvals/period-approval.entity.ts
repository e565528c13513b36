import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../audit/audit.types.ts';
import { LocalDate } from '../common/scalars.ts';
import { RowVersion } from '../db/columns.ts';

export enum PeriodKind {
  month = 'month',
  quarter = 'quarter',
}
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'A reporting period: a calendar month or quarter.',
  valuesConfig: { month: { description: 'A calendar month.' }, quarter: { description: 'A calendar quarter (January–March, …).' } },
});

export enum ApprovalStatus {
  open = 'open',
  submitted = 'submitted',
  approved = 'approved',
  returned = 'returned',
}
registerEnumType(ApprovalStatus, {
  name: 'ApprovalStatus',
  description: 'Where a period’s figures stand in approval.',
  valuesConfig: {
    open: { description: 'Not submitted yet, or reopened by the province: the unit may still change its figures and submit them.' },
    submitted: { description: 'Submitted by the unit, awaiting the province’s approval.' },
    approved: { description: 'Approved by the province: the period’s records are locked until the province reopens it.' },
    returned: { description: 'Returned by the province with a reason: to be corrected and submitted again.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'The approval of one unit’s figures for a month or quarter: submitted by the unit, approved or returned by the province.',
})
@Entity('period_approval')
export class PeriodApproval {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => PeriodKind, { description: 'Month or quarter.' })
  @Column('varchar', { name: 'period_kind', length: 10 })
  periodKind: PeriodKind;

  @Field(() => LocalDate, { description: 'First day of the period.' })
  @Column('date', { name: 'period_start' })
  periodStart: string;

  @Field(() => LocalDate, { description: 'Last day of the period.' })
  @Column('date', { name: 'period_end' })
  periodEnd: string;

  @Field(() => ApprovalStatus, { description: 'Where the period stands.' })
  @Column('varchar', { length: 10 })
  status: ApprovalStatus;

  @Field(() => DateTime, { nullable: true, description: 'When the unit last submitted the period.' })
  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Column('int', { name: 'submitted_by', nullable: true })
  submittedById: number | null;

  @Field(() => DateTime, { nullable: true, description: 'When the province last approved, returned or reopened the period.' })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column('int', { name: 'decided_by', nullable: true })
  decidedById: number | null;

  @Field(() => String, { nullable: true, description: 'Why the province returned or reopened the period.' })
  @Column('text', { nullable: true })
  reason: string | null;

  @RowVersion()
  version: number;
}
