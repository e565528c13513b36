import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { DeletedAt, RowVersion } from '../db/columns.ts';

export enum EvaluationLevel {
  district = 'district',
  province = 'province',
  central = 'central',
}
registerEnumType(EvaluationLevel, {
  name: 'EvaluationLevel',
  valuesConfig: {
    district: { description: 'Cấp huyện (1★–3★).' },
    province: { description: 'Cấp tỉnh (3★–4★, proposes 5★).' },
    central: { description: 'Cấp trung ương (5★, national).' },
  },
  description: 'Level of the evaluation council: huyện, tỉnh or trung ương (5★).',
});

@ObjectType({ simpleResolvers: true, description: 'An evaluation round (đợt đánh giá) of a council at one level.' })
@Entity('evaluation_round')
export class EvaluationRound {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => EvaluationLevel, { description: 'Council level.' })
  @Column('varchar', { length: 10 })
  level: EvaluationLevel;

  @Field(() => Int, { description: 'Programme year of the round.' })
  @Column('smallint')
  year: number;

  @Field(() => Int, { description: 'Sequence of the round within the year at that unit (1, 2, …).' })
  @Column('smallint')
  sequence: number;

  @Column('int', { name: 'unit_id', nullable: true })
  unitId: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Deadline set by the plan for this round.' })
  @Column('date', { nullable: true })
  deadline: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the council met.' })
  @Column('date', { name: 'held_on', nullable: true })
  heldOn: string | null;

  @RowVersion()
  version: number;
}

// Scores are numeric(5,2), read exactly as text ("87.50"); GraphQL serialises them as Float.
@ObjectType({ simpleResolvers: true, description: 'One product scored by a council: parts A, B, C on the 100-point scale, and the stars they give.' })
@Entity('evaluation')
export class Evaluation {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'round_id' })
  roundId: number;

  @Column('int', { name: 'product_id' })
  productId: number;

  @Field(() => Float, {
    description: 'Part A, product and community strength (max 35 under Decision 1048/QĐ-TTg, 40 under 148/QĐ-TTg and later: see ruleSet).',
  })
  @Column('numeric', { name: 'score_a', precision: 5, scale: 2 })
  scoreA: string;

  @Field(() => Float, { description: 'Part B, marketing ability (max 25 under every rule set so far: see ruleSet).' })
  @Column('numeric', { name: 'score_b', precision: 5, scale: 2 })
  scoreB: string;

  @Field(() => Float, { description: 'Part C, product quality (max 40 under Decision 1048/QĐ-TTg, 35 under 148/QĐ-TTg and later: see ruleSet).' })
  @Column('numeric', { name: 'score_c', precision: 5, scale: 2 })
  scoreC: string;

  @Field(() => Float, { description: 'Total score out of 100 (A + B + C), computed by the database.' })
  @Column({ type: 'numeric', name: 'total_score', precision: 5, scale: 2, insert: false, update: false })
  totalScore: string;

  @Field(() => Int, {
    description: 'Stars from the total by the bands of the rule set (so far always 1★ <30, 2★ 30–<50, 3★ 50–<70, 4★ 70–<90, 5★ 90–100), set by the database.',
  })
  @Column({ type: 'smallint', insert: false, update: false })
  stars: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date the subject submitted the dossier: it selects the rule set (seeds/rules selection); when unknown, the evaluation date does.',
  })
  @Column('date', { name: 'submitted_on', nullable: true })
  submittedOn: string | null;

  /** The rule set of the submission (else evaluation) date, set by the database; null only for rows older than the first rule set. */
  @Column({ type: 'varchar', name: 'rule_set_id', length: 20, nullable: true, insert: false, update: false })
  ruleSetId: string | null;

  @Field(() => LocalDate, { description: 'Date of scoring.' })
  @Column('date', { name: 'evaluated_on' })
  evaluatedOn: string;

  @Field(() => Boolean, { description: 'Proposed by the province for national 5★ evaluation.' })
  @Column('boolean', { name: 'proposed_for_central', default: false })
  proposedForCentral: boolean;

  @Field(() => Boolean, { description: 'True for records invented for illustration by the seed generator, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'An OCOP certificate: the decision recognising a product at 3★ or more, valid 36 months unless revoked.' })
@Entity('certificate')
export class Certificate {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'evaluation_id', unique: true })
  evaluationId: number;

  @Column('int', { name: 'product_id' })
  productId: number;

  @Field(() => EvaluationLevel, { description: 'Level that issued the decision.' })
  @Column('varchar', { length: 10 })
  level: EvaluationLevel;

  @Field(() => Int, { description: 'Stars recognised (3–5).' })
  @Column('smallint')
  stars: number;

  @Field(() => String, { description: 'Decision number (số quyết định).' })
  @Column('text', { name: 'decision_number' })
  decisionNumber: string;

  @Field(() => LocalDate, { description: 'Decision date.' })
  @Column('date', { name: 'decided_on' })
  decidedOn: string;

  @Field(() => LocalDate, { description: 'Expiry: 36 months after the decision, computed by the database.' })
  @Column({ type: 'date', name: 'expires_on', insert: false, update: false })
  expiresOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of revocation, if revoked.' })
  @Column('date', { name: 'revoked_on', nullable: true })
  revokedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why the certificate was revoked.' })
  @Column('text', { name: 'revocation_reason', nullable: true })
  revocationReason: string | null;

  @Field(() => Boolean, { description: 'True for records invented for illustration by the seed generator, not official data.' })
  @Column('boolean', { default: false })
  illustrative: boolean;

  @DeletedAt()
  deletedAt: Date | null;

  @RowVersion()
  version: number;
}
