import { Field, InputType, Int } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { ReportPeriodCode } from './report-period.ts';

@InputType({ description: 'The officer’s part of a periodic report. On update, replaces every field.' })
export class ReportDraftInput {
  @Field(() => Int, { description: 'Id of the unit that reports; must lie in your write scope and exist during the period.' })
  unitId: number;

  @Field(() => ReportPeriodCode, { description: 'Type of period.' })
  period: ReportPeriodCode;

  @Field(() => Int, { description: 'Year of the period.' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Month the period ends in; may be left out for yearly and nine-month reports.' })
  endMonth?: number | null;

  @Field(() => String, { nullable: true, description: 'Document number, at most 20 characters.' })
  documentNumber?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of issue; on or after the period’s cut-off.' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Signer’s capacity and title, one line each, at most 200 characters.' })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Signer’s full name, at most 100 characters.' })
  signerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Recipients, one per line, at most 2,000 characters.' })
  recipients?: string | null;

  @Field(() => String, { nullable: true, description: 'Difficulties, at most 20,000 characters.' })
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: 'Proposals, at most 20,000 characters.' })
  proposals?: string | null;
}
