import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsNumber, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDate } from '../common/scalars.ts';
import { LabelText } from '../labels/label.types.ts';
import { NotBlank } from '../writes/validation.ts';
import { CouncilRole, CouncilRoundState, RoundDossier } from './council.entity.ts';

export enum SheetStatus {
  full = 'full',
  criteria = 'criteria',
  criteria_incomplete = 'criteria_incomplete',
  parts_only = 'parts_only',
}
registerEnumType(SheetStatus, {
  name: 'SheetStatus',
  description: 'How deep a scoring sheet goes, as far as the published text was transcribed (seeds/rules/scoring-sheets).',
  valuesConfig: {
    full: { description: 'Criteria with the decision’s answers and their points (QĐ 26/2026 sheet 1).' },
    criteria: { description: 'Criteria with their maxima and star marks, no answers (the 148 sheets, a third-party transcription).' },
    criteria_incomplete: { description: 'Criteria as transcribed, not adding up to the part’s maximum (148 sheets 11–13, Part C): kept as found.' },
    parts_only: { description: 'No criterion-level sheet in the rule data: members score parts A, B, C within the rule set’s maxima.' },
  },
});

export enum ResultFlagKind {
  outlier = 'outlier',
  star_mark_shortfall = 'star_mark_shortfall',
  missing_sheets = 'missing_sheets',
  conflict_excluded = 'conflict_excluded',
  sheet_gaps = 'sheet_gaps',
  parts_only = 'parts_only',
}
registerEnumType(ResultFlagKind, {
  name: 'ResultFlagKind',
  description: 'What the chair is told to look at before finalising a result (docs/ocop-cycle.md).',
  valuesConfig: {
    outlier: { description: 'A member’s total is more than 10 points from the median of the other members’ totals.' },
    star_mark_shortfall: { description: 'The members’ average misses a criterion’s star mark (its least points) for the banded class.' },
    missing_sheets: { description: 'Members who could score it submitted no sheet: the average rests on fewer sheets.' },
    conflict_excluded: { description: 'A member did not score it: tied to its subject (declared, or working for it).' },
    sheet_gaps: { description: 'Its sheet, as transcribed, does not add up to a part’s maximum.' },
    parts_only: { description: 'Scored by part only: no criterion-level sheet exists in the rule data for it.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A star mark: the least a criterion must score for a class.' })
export class StarMarkInfo {
  @Field(() => Int, { description: 'The class (3–5★).' })
  stars: number;

  @Field(() => Float, { nullable: true, description: 'Least points on the criterion; null where the source marks it without saying.' })
  atPoints: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'An answer the decision lists for a criterion.' })
export class CriterionOptionInfo {
  @Field(() => Float, { description: 'Points.' })
  points: number;

  @Field(() => String, { description: 'The answer, in Vietnamese.' })
  labelVi: string;
}

@ObjectType({ simpleResolvers: true, description: 'A criterion of a scoring sheet (or, on a sheet scored by part, the part itself).' })
export class SheetCriterionInfo {
  @Field(() => String, { description: 'Its key in a score sheet: `<ruleSetId>/<sheet>:<part>.<group>.<criterion>`, or A, B, C.' })
  id: string;

  @Field(() => String, { description: 'Its number on the sheet (1.a, 2.3.1, …).' })
  code: string;

  @Field(() => String, { description: 'Its wording, in Vietnamese.' })
  nameVi: string;

  @Field(() => Float, { description: 'Most points.' })
  maxPoints: number;

  @Field(() => [StarMarkInfo], { description: 'Its star marks.' })
  starMarks: StarMarkInfo[];

  @Field(() => [CriterionOptionInfo], { description: 'The answers the decision lists (empty where it lists none, or where they were not transcribed).' })
  options: CriterionOptionInfo[];
}

@ObjectType({ simpleResolvers: true, description: 'A group (mục) of criteria.' })
export class SheetGroupInfo {
  @Field(() => String, { description: 'Its number.' })
  code: string;

  @Field(() => String, { description: 'Its heading, in Vietnamese.' })
  nameVi: string;

  @Field(() => Float, { description: 'Most points.' })
  maxPoints: number;

  @Field(() => Boolean, { description: 'True when its criteria are alternatives and exactly one of them is scored.' })
  oneOf: boolean;

  @Field(() => [SheetCriterionInfo], { description: 'Its criteria.' })
  criteria: SheetCriterionInfo[];
}

@ObjectType({ simpleResolvers: true, description: 'A part (A, B, C) of a scoring sheet.' })
export class SheetPartInfo {
  @Field(() => String, { description: 'A, B or C.' })
  code: string;

  @Field(() => LabelText, { description: 'Its name.' })
  name: LabelText;

  @Field(() => Float, { description: 'Most points.' })
  maxPoints: number;

  @Field(() => [SheetGroupInfo], { description: 'Its groups.' })
  groups: SheetGroupInfo[];
}

@ObjectType({ simpleResolvers: true, description: 'The sheet a dossier is scored on, from the rule data, with its source.' })
export class ScoringSheet {
  @Field(() => String, { description: 'Id in the rule data (qd148-2023/07), or `<ruleSetId>/parts` for scoring by part.' })
  id: string;

  @Field(() => String, { description: 'The rule set.' })
  ruleSetId: string;

  @Field(() => String, { nullable: true, description: 'The product set.' })
  productSetCode: string | null;

  @Field(() => String, { description: 'Its name, in Vietnamese.' })
  nameVi: string;

  @Field(() => SheetStatus, { description: 'How deep it goes.' })
  status: SheetStatus;

  @Field(() => String, { description: 'Where it was taken from: official-text-copy, third-party-transcription, not-available.' })
  provenanceKind: string;

  @Field(() => String, { nullable: true, description: 'Id of the source in seeds/rules/sources.json.' })
  provenanceSource: string | null;

  @Field(() => LabelText, { description: 'What the rule data says of its source.' })
  provenanceNote: LabelText;

  @Field(() => [String], { description: 'Where the transcription does not add up (as found).' })
  gaps: string[];

  @Field(() => [SheetPartInfo], { description: 'Its parts.' })
  parts: SheetPartInfo[];
}

@ObjectType({ simpleResolvers: true, description: 'Points given on one criterion (or part).' })
export class CriterionScore {
  @Field(() => String, { description: 'The criterion id (or A, B, C).' })
  key: string;

  @Field(() => Float, { description: 'Points.' })
  points: number;
}

@ObjectType({ simpleResolvers: true, description: 'How far the members are with one dossier: counts only, whatever the seal.' })
export class SheetProgress {
  @Field(() => Int, { description: 'Members who may score it (conflicted members excluded).' })
  expected: number;

  @Field(() => Int, { description: 'Sheets submitted.' })
  submitted: number;

  @Field(() => Int, { description: 'Sheets saved as drafts, not submitted.' })
  drafts: number;

  @Field(() => Int, { description: 'Members excluded for a conflict of interest.' })
  excluded: number;
}

@ObjectType({ simpleResolvers: true, description: 'Something the chair should look at in a result.' })
export class ResultFlag {
  @Field(() => ResultFlagKind, { description: 'What kind.' })
  kind: ResultFlagKind;

  @Field(() => LabelText, { description: 'What it is, in words.' })
  message: LabelText;

  @Field(() => Int, { nullable: true, description: 'The member concerned (outliers, exclusions).' })
  memberId: number | null;

  @Field(() => String, { nullable: true, description: 'The criterion concerned (star marks).' })
  criterionId: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A dossier’s result in its round, once scoring is closed: the average of the members’ sheets, its class and its flags.',
})
export class DossierResult {
  @Field(() => RoundDossier, { description: 'The dossier in the round.' })
  roundDossier: RoundDossier;

  @Field(() => Int, { description: 'Submitted sheets averaged.' })
  sheets: number;

  @Field(() => Int, { description: 'Of those, the sheets imported from a council’s result sheet (source import, import kind council_scores).' })
  importedSheets: number;

  @Field(() => Float, { nullable: true, description: 'Average part A (parts add up to the total to the hundredth).' })
  scoreA: number | null;

  @Field(() => Float, { nullable: true, description: 'Average part B.' })
  scoreB: number | null;

  @Field(() => Float, { nullable: true, description: 'Average part C.' })
  scoreC: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average of the members’ totals, rounded down to the hundredth (so it keeps the band of the exact average).',
  })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'Stars by the bands of its rule set.' })
  stars: number | null;

  @Field(() => Int, { nullable: true, description: 'The highest class its star marks allow (may be below `stars`: see the flags).' })
  starsByMarks: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank in the round by total (1 = highest; ties share a rank).' })
  rank: number | null;

  @Field(() => [ResultFlag], { description: 'What the chair should look at.' })
  flags: ResultFlag[];
}

@ObjectType({ simpleResolvers: true, description: 'A conflict of interest a member declared.' })
export class MemberConflict {
  @Field(() => Int, { description: 'Id of the subject.' })
  subjectId: number;

  @Field(() => String, { description: 'Why.' })
  reason: string;
}

@ArgsType()
export class CouncilRoundsArgs {
  @Field(() => String, { nullable: true, description: 'GSO code of the council’s unit (today’s map).' })
  @IsOptional()
  @MaxLength(10)
  unitCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the rounds.' })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => [CouncilRoundState], { nullable: true, description: 'Only in these states.' })
  @IsOptional()
  states?: CouncilRoundState[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only the rounds the viewer sits on (the member’s screen).' })
  mine: boolean;
}

@InputType({ description: 'A member of a round’s council.' })
export class CouncilMemberInput {
  @Field(() => Int, { nullable: true, description: 'The member’s account, to score in the hub; none for a member only named on an imported result sheet.' })
  @IsOptional()
  @IsInt()
  userId?: number | null;

  @Field(() => String, { description: 'Full name.' })
  @NotBlank()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @Field(() => String, { description: 'Đơn vị công tác (Sở Công Thương, …).' })
  @NotBlank()
  @MaxLength(300, { message: 'must be at most 300 characters' })
  organisation: string;

  @Field(() => CouncilRole, { description: 'Office in the council: one chair, one secretary, members.' })
  role: CouncilRole;

  @Field(() => Int, { nullable: true, description: 'The OCOP subject the member works for, if any: the member never scores its products.' })
  @IsOptional()
  @IsInt()
  subjectId?: number | null;
}

@InputType({ description: 'A conflict of interest: the member scores none of the subject’s products.' })
export class ConflictInput {
  @Field(() => Int, { description: 'Id of the council member.' })
  @IsInt()
  memberId: number;

  @Field(() => Int, { description: 'Id of the subject.' })
  @IsInt()
  subjectId: number;

  @Field(() => String, { description: 'Why (kinship, employment, shares…).' })
  @NotBlank()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  reason: string;
}

@InputType({ description: 'Points on one criterion (or part).' })
export class CriterionScoreInput {
  @Field(() => String, { description: 'The criterion id from the sheet (SheetCriterionInfo.id), or A, B, C on a sheet scored by part.' })
  @NotBlank()
  @MaxLength(80)
  key: string;

  @Field(() => Float, { description: 'Points: 0 to the criterion’s maximum, at most 2 decimals; one of its answers where the sheet lists them.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must be 0 or more' })
  @Max(100, { message: 'must be at most 100' })
  points: number;
}

@InputType({ description: 'A member’s sheet for one dossier: the points given so far, and whether it is submitted.' })
export class ScoreSheetInput {
  @Field(() => [CriterionScoreInput], { description: 'Points by criterion; replaces the sheet’s points.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  scores: CriterionScoreInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Submit: every criterion must be scored. A submitted sheet can still be corrected until scoring closes.',
  })
  @IsBoolean()
  submit: boolean;
}

@InputType({ description: 'The competent level’s decision approving a round’s list.' })
export class ApproveRoundInput {
  @Field(() => String, { description: 'Decision number (số quyết định): each certificate issued carries it.' })
  @NotBlank()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  decisionNumber: string;

  @Field(() => LocalDate, { description: 'Decision date: the certificates’ date; they are valid 36 months from it.' })
  decidedOn: string;
}
