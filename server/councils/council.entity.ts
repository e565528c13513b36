import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../audit/audit.types.ts';
import { LocalDate } from '../common/scalars.ts';
import { RowVersion } from '../db/columns.ts';
import { DossierOutcome } from '../dossiers/dossier.entity.ts';

export enum CouncilRoundState {
  setup = 'setup',
  scoring = 'scoring',
  closed = 'closed',
  finalised = 'finalised',
  approved = 'approved',
}
registerEnumType(CouncilRoundState, {
  name: 'CouncilRoundState',
  description: 'Where a council’s round stands.',
  valuesConfig: {
    setup: { description: 'Members and dossiers are being set up.' },
    scoring: { description: 'Members score on their own; each sheet is sealed from everyone but its author.' },
    closed: { description: 'The secretary closed scoring: the sheets, averages and flags are open to the council.' },
    finalised: { description: 'The chair finalised the ranked results: they are recorded as evaluations, awaiting the competent level.' },
    approved: { description: 'The competent level approved the list: certificates were issued, the dossiers decided.' },
  },
});

export enum CouncilRole {
  chair = 'chair',
  secretary = 'secretary',
  member = 'member',
}
registerEnumType(CouncilRole, {
  name: 'CouncilRole',
  description: 'A member’s office in the council.',
  valuesConfig: {
    chair: { description: 'Chủ tịch hội đồng: reads the summary with its flags and finalises the results.' },
    secretary: { description: 'Thư ký: opens and closes scoring.' },
    member: { description: 'Thành viên: scores.' },
  },
});

export enum ScoreSheetSource {
  hub = 'hub',
  import = 'import',
}
registerEnumType(ScoreSheetSource, {
  name: 'ScoreSheetSource',
  description: 'Where a score sheet was filled in.',
  valuesConfig: {
    hub: { description: 'By the member, in the hub.' },
    import: { description: 'From the result sheet of a council that scored in other software (import kind council_scores).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A council’s work on an evaluation round: its state and the competent level’s decision.' })
@Entity('council_round')
export class CouncilRound {
  @Field(() => Int, { description: 'Id of the evaluation round it is the council’s work on (EvaluationRound.id).' })
  @PrimaryColumn('int')
  id: number;

  @Field(() => CouncilRoundState, { description: 'Where the round stands.' })
  @Column('varchar', { length: 10 })
  state: CouncilRoundState;

  @Field(() => DateTime, { nullable: true, description: 'When scoring opened.' })
  @Column('timestamptz', { name: 'scoring_opened_at', nullable: true })
  scoringOpenedAt: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the secretary closed scoring (the sheets were unsealed).' })
  @Column('timestamptz', { name: 'scoring_closed_at', nullable: true })
  scoringClosedAt: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the chair finalised the results.' })
  @Column('timestamptz', { name: 'finalised_at', nullable: true })
  finalisedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Number of the decision approving the list (số quyết định).' })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of that decision.' })
  @Column('date', { name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @Column('int', { name: 'approved_by', nullable: true })
  approvedBy: number | null;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'A member of a round’s council.' })
@Entity('council_member')
export class CouncilMember {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'round_id' })
  roundId: number;

  @Column('int', { name: 'user_id', nullable: true })
  userId: number | null;

  @Field(() => String, { description: 'Full name.' })
  @Column('text')
  name: string;

  @Field(() => String, { description: 'Đơn vị công tác: the department or organisation the member sits for.' })
  @Column('text')
  organisation: string;

  @Field(() => CouncilRole, { description: 'Office in the council.' })
  @Column('varchar', { length: 10 })
  role: CouncilRole;

  /** The OCOP subject the member works for, if any. */
  @Column('int', { name: 'subject_id', nullable: true })
  subjectId: number | null;

  @RowVersion()
  version: number;
}

@ObjectType({ simpleResolvers: true, description: 'A dossier assigned to a round, and what came of it.' })
@Entity('round_dossier')
export class RoundDossier {
  @Field(() => Int, { description: 'Id of the round.' })
  @PrimaryColumn('int', { name: 'round_id' })
  roundId: number;

  @Field(() => Int, { description: 'Id of the dossier.' })
  @PrimaryColumn('int', { name: 'dossier_id' })
  dossierId: number;

  @Field(() => String, { description: 'The rule set the dossier is scored under (by its submission date).' })
  @Column('varchar', { name: 'rule_set_id', length: 20 })
  ruleSetId: string;

  @Column('varchar', { name: 'sheet_id', length: 30, nullable: true })
  sheetId: string | null;

  @Column('int', { name: 'evaluation_id', nullable: true })
  evaluationId: number | null;

  @Column('int', { name: 'certificate_id', nullable: true })
  certificateId: number | null;

  @Field(() => DossierOutcome, { nullable: true, description: 'What the competent level decided; null until then.' })
  @Column('varchar', { length: 16, nullable: true })
  outcome: DossierOutcome | null;

  @Field(() => Int, { nullable: true, description: 'Rank in the round by average total (1 = highest), once finalised.' })
  @Column('int', { nullable: true })
  rank: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'One member’s score sheet for one dossier.' })
@Entity('score_sheet')
export class ScoreSheet {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('int', { name: 'round_id' })
  roundId: number;

  @Column('int', { name: 'dossier_id' })
  dossierId: number;

  @Column('int', { name: 'member_id' })
  memberId: number;

  /** Points by criterion id, or by part code. */
  @Column('jsonb')
  scores: Record<string, number>;

  @Field(() => Float, { description: 'Part A of this sheet: the sum of its criteria (or the part as scored, on a sheet without criteria).' })
  @Column('numeric', { name: 'score_a', precision: 5, scale: 2 })
  scoreA: string;

  @Field(() => Float, { description: 'Part B of this sheet: the sum of its criteria (or the part as scored, on a sheet without criteria).' })
  @Column('numeric', { name: 'score_b', precision: 5, scale: 2 })
  scoreB: string;

  @Field(() => Float, { description: 'Part C of this sheet: the sum of its criteria (or the part as scored, on a sheet without criteria).' })
  @Column('numeric', { name: 'score_c', precision: 5, scale: 2 })
  scoreC: string;

  @Field(() => Float, { description: 'Total of this sheet (A + B + C).' })
  @Column({ type: 'numeric', precision: 5, scale: 2, insert: false, update: false })
  total: string;

  @Field(() => DateTime, { nullable: true, description: 'When the member submitted it; null while it is a draft.' })
  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Field(() => ScoreSheetSource, { description: 'Filled in the hub or imported.' })
  @Column('varchar', { length: 10 })
  source: ScoreSheetSource;

  @RowVersion()
  version: number;
}
