import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { RowVersion } from '../db/columns.ts';

export enum InspectionMethod {
  random = 'random',
  risk = 'risk',
  complaint = 'complaint',
}
registerEnumType(InspectionMethod, {
  name: 'InspectionMethod',
  description: 'How a product came to be checked.',
  valuesConfig: {
    random: { description: 'Drawn at random (reproducibly, from the plan’s seed).' },
    risk: { description: 'Drawn by risk score (docs/ocop-cycle.md), ties broken by the plan’s seed.' },
    complaint: { description: 'Checked after a complaint or a report (đột xuất).' },
  },
});

export enum InspectionState {
  planned = 'planned',
  awaiting_fix = 'awaiting_fix',
  closed = 'closed',
}
registerEnumType(InspectionState, {
  name: 'InspectionState',
  description: 'Where a check stands.',
  valuesConfig: {
    planned: { description: 'Planned, not yet carried out.' },
    awaiting_fix: { description: 'Carried out; the subject must fix its findings by a deadline.' },
    closed: { description: 'Carried out and settled.' },
  },
});

export enum InspectionConsequence {
  none = 'none',
  warning = 'warning',
  fix_deadline = 'fix_deadline',
  downgrade = 'downgrade',
  revocation = 'revocation',
}
registerEnumType(InspectionConsequence, {
  name: 'InspectionConsequence',
  description: 'What follows a check’s findings.',
  valuesConfig: {
    none: { description: 'Nothing: the product keeps meeting its criteria.' },
    warning: { description: 'A written warning; the certificate stands.' },
    fix_deadline: { description: 'The findings must be fixed by a deadline; the certificate stands meanwhile.' },
    downgrade: { description: 'Fewer stars: the certificate is revoked and one resting on the lower re-evaluation is issued.' },
    revocation: { description: 'The certificate is revoked (QĐ 26/2026 Điều 8).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A check of a certified product after recognition (hậu kiểm), its findings and consequence.' })
@Entity('inspection')
export class Inspection {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'product_id' })
  productId: number;

  @Column('int', { name: 'certificate_id' })
  certificateId: number;

  @Field(() => Int, { description: 'Year of the inspection plan.' })
  @Column('smallint')
  year: number;

  @Field(() => InspectionMethod, { description: 'How the product was chosen.' })
  @Column('varchar', { length: 10 })
  method: InspectionMethod;

  @Field(() => String, { nullable: true, description: 'The seed the sample was drawn with: the same seed on the same data draws the same products.' })
  @Column('text', { name: 'sample_seed', nullable: true })
  sampleSeed: string | null;

  @Field(() => Int, { nullable: true, description: 'Risk score when drawn by risk (docs/ocop-cycle.md).' })
  @Column('smallint', { name: 'risk_score', nullable: true })
  riskScore: number | null;

  @Field(() => LocalDate, { description: 'Day the check was planned.' })
  @Column('date', { name: 'planned_on' })
  plannedOn: string;

  @Field(() => InspectionState, { description: 'Where the check stands.' })
  @Column('varchar', { length: 12 })
  state: InspectionState;

  @Field(() => LocalDate, { nullable: true, description: 'Day it was carried out.' })
  @Column('date', { name: 'inspected_on', nullable: true })
  inspectedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the inspectors found.' })
  @Column('text', { nullable: true })
  findings: string | null;

  @Field(() => InspectionConsequence, { nullable: true, description: 'What follows; null until carried out.' })
  @Column('varchar', { length: 12, nullable: true })
  consequence: InspectionConsequence | null;

  @Field(() => LocalDate, { nullable: true, description: 'Deadline to fix the findings (fix_deadline).' })
  @Column('date', { name: 'fix_by', nullable: true })
  fixBy: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day the subject fixed them.' })
  @Column('date', { name: 'fixed_on', nullable: true })
  fixedOn: string | null;

  @Field(() => String, { nullable: true, description: 'How the deadline was settled.' })
  @Column('text', { nullable: true })
  resolution: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the decision revoking or downgrading the certificate.' })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Column('int', { name: 'new_certificate_id', nullable: true })
  newCertificateId: number | null;

  @RowVersion()
  version: number;
}
