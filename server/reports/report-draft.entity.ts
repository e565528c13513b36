import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { RowVersion } from '../db/columns.ts';
import { ReportPeriodCode } from './report-period.ts';

@ObjectType({
  simpleResolvers: true,
  description:
    'What the officer writes into a periodic report that the data cannot: difficulties, proposals, and the document number, date, signer and ' +
    'recipients. One per unit and period; versioned and audited like every write.',
})
@Entity('report_draft')
export class ReportDraft {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => Int, { description: 'Id of the unit that reports.' })
  @Column('int', { name: 'unit_id' })
  unitId: number;

  @Field(() => ReportPeriodCode, { description: 'Type of period.' })
  @Column('varchar', { length: 12 })
  period: ReportPeriodCode;

  @Field(() => Int, { description: 'Year of the period (the year its cut-off falls in).' })
  @Column('smallint')
  year: number;

  @Field(() => Int, { description: 'Month the period ends in (1–12).' })
  @Column('smallint', { name: 'end_month' })
  endMonth: number;

  @Field(() => String, { nullable: true, description: 'Number of the document ("125"), filled in by the office at issue; blank until then.' })
  @Column('text', { name: 'document_number', nullable: true })
  documentNumber: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of issue written on the report; blank (left to the office) until set.' })
  @Column('date', { name: 'issued_on', nullable: true })
  issuedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Signer’s capacity and title, one line each ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"); the default when blank.' })
  @Column('text', { name: 'signer_title', nullable: true })
  signerTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Signer’s full name.' })
  @Column('text', { name: 'signer_name', nullable: true })
  signerName: string | null;

  @Field(() => String, { nullable: true, description: 'Recipients ("Nơi nhận"), one per line; the default list when blank.' })
  @Column('text', { nullable: true })
  recipients: string | null;

  @Field(() => String, { nullable: true, description: 'Section "Khó khăn, vướng mắc", as typed: paragraphs separated by line breaks.' })
  @Column('text', { nullable: true })
  difficulties: string | null;

  @Field(() => String, { nullable: true, description: 'Section "Đề xuất, kiến nghị", as typed: paragraphs separated by line breaks.' })
  @Column('text', { nullable: true })
  proposals: string | null;

  @RowVersion()
  version: number;
}
