import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate, Vnd } from '../common/scalars.ts';
import { DeletedAt, ImportKey, RowVersion } from '../db/columns.ts';

export enum FundingSource {
  central = 'central',
  provincial = 'provincial',
  district = 'district',
  commune = 'commune',
  other = 'other',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  valuesConfig: {
    central: { description: 'Ngân sách trung ương (national target programme).' },
    provincial: { description: 'Ngân sách tỉnh.' },
    district: { description: 'Ngân sách huyện.' },
    commune: { description: 'Ngân sách xã.' },
    other: { description: 'Other sources: socialised, credit, subjects’ own funds.' },
  },

  description: 'Where money comes from: ngân sách trung ương, tỉnh, huyện, xã, or other (socialised, credit, subjects).',
});

@ObjectType({ simpleResolvers: true, description: 'Money allocated to the programme for a year from one source to one unit.' })
@Entity('budget_allocation')
export class BudgetAllocation {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'plan_id', nullable: true })
  planId: number | null;

  @Field(() => Int, { description: 'Budget year.' })
  @Column('smallint')
  year: number;

  @Field(() => FundingSource, { description: 'Funding source.' })
  @Column('varchar', { length: 12 })
  source: FundingSource;

  @Field(() => Vnd, { nullable: true, description: 'Amount allocated, exact VND; null where the plan names the source without an amount.' })
  @Column('numeric', { precision: 18, scale: 0, nullable: true })
  amount: string | null;

  @Column('int', { name: 'recipient_unit_id' })
  recipientUnitId: number;

  @Field(() => String, { description: 'Activity funded, in Vietnamese.' })
  @Column('text')
  activity: string;

  @Field(() => String, { nullable: true, description: "The plan's own wording of the budget line." })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @RowVersion('Row version for optimistic concurrency.')
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'A payment made from an allocation (giải ngân).' })
@Entity('disbursement')
export class Disbursement {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'allocation_id' })
  allocationId: number;

  @Field(() => LocalDate, { description: 'Payment date.' })
  @Column('date', { name: 'disbursed_on' })
  disbursedOn: string;

  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => Vnd, { description: 'Amount paid, exact VND.' })
  @Column('numeric', { precision: 18, scale: 0 })
  amount: string;

  @Field(() => String, { description: 'Activity paid for.' })
  @Column('text')
  activity: string;

  @Column('int', { name: 'subject_id', nullable: true })
  subjectId: number | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @DeletedAt()
  deletedAt: Date | null;

  @ImportKey()
  importKey: string | null;

  @RowVersion()
  version: number;
}
