import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.ts';
import { EvaluationLevel } from '../evaluations/evaluation.entity.ts';

@ObjectType({ simpleResolvers: true, description: 'One part of the 100-point score under a rule set.' })
export class RulePart {
  @Field(() => String, { description: 'A (product and community strength), B (marketing ability) or C (product quality).' })
  part: string;

  @Field(() => String, { description: 'Name of the part in the decision (Vietnamese).' })
  nameVi: string;

  @Field(() => String, { description: 'Name of the part in English.' })
  nameEn: string;

  @Field(() => Float, { description: 'Most points the part can give.' })
  maxPoints: number;
}

@ObjectType({ simpleResolvers: true, description: 'A star band: an average total from minPoints up to (not including) belowPoints gives these stars.' })
export class StarBand {
  @Field(() => Int, { description: 'Stars (1–5).' })
  stars: number;

  @Field(() => Float, { description: 'Lowest total of the band (included).' })
  minPoints: number;

  @Field(() => Float, { nullable: true, description: 'First total above the band (excluded); null for the top band, which runs to 100.' })
  belowPoints: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A council level that takes part in evaluation under a rule set, and the stars it recognises.' })
export class CouncilLevel {
  @Field(() => EvaluationLevel, { description: 'The level.' })
  level: EvaluationLevel;

  @Field(() => [Int], { description: 'Stars this level recognises with a certificate (empty: it evaluates or screens and forwards only).' })
  recognises: number[];

  @Field(() => Float, { nullable: true, description: 'Totals from which this level forwards a dossier to the level above.' })
  forwardsFromPoints: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Where a fact of a rule set comes from (seeds/rules/sources.json).' })
export class RuleCitation {
  @Field(() => String, { description: 'Which facts it backs: decision, scoring, bands, recognition or certificate.' })
  facet: string;

  @Field(() => String, { description: 'Id of the source in seeds/rules/sources.json.' })
  source: string;

  @Field(() => String, { nullable: true, description: 'Where in the source (Điều/khoản, annex, section).' })
  locator: string | null;

  @Field(() => String, { nullable: true, description: 'A short quote, in Vietnamese.' })
  quoteVi: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the source, in Vietnamese.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the source.' })
  url: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The evaluation and certificate rules of one decision (Quyết định 1048/2019, 148/2023, 1489/2025, 26/2026), with the dates they apply and their sources. Loaded from seeds/rules/rule-sets.json.',
})
export class RuleSet {
  @Field(() => String, { description: 'Stable id, e.g. qd148-2023.' })
  id: string;

  @Field(() => String, { description: 'Number of the decision, e.g. 148/QĐ-TTg.' })
  decisionNumber: string;

  @Field(() => LocalDate, { description: 'Date the decision was signed.' })
  signedOn: string;

  @Field(() => String, { description: 'Title of the decision (Vietnamese).' })
  titleVi: string;

  @Field(() => String, { description: 'Title of the decision in English.' })
  titleEn: string;

  @Field(() => String, { nullable: true, description: 'Id of the rule set this decision amends (1489/2025 amends 148/2023).' })
  amends: string | null;

  @Field(() => LocalDate, { description: 'First day the set applies (to dossiers submitted that day).' })
  effectiveFrom: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day the set applies; null while in force.' })
  effectiveTo: string | null;

  @Field(() => String, { description: 'How messages cite the set in Vietnamese ("Quyết định 148/QĐ-TTg").' })
  citationVi: string;

  @Field(() => String, { description: 'How messages cite the set in English ("Decision 148/QĐ-TTg").' })
  citationEn: string;

  @Field(() => String, { nullable: true, description: 'Address of the decision’s text.' })
  legalSourceUrl: string | null;

  @Field(() => [RulePart], { description: 'The score parts A, B, C and their maxima.' })
  parts: RulePart[];

  @Field(() => [StarBand], { description: 'Star bands of the average total, 1★ to 5★.' })
  bands: StarBand[];

  @Field(() => [CouncilLevel], { description: 'Council levels that take part in evaluation, lowest first, with the stars each recognises.' })
  levels: CouncilLevel[];

  @Field(() => Int, { description: 'Fewest stars a certificate is issued for.' })
  certificateMinStars: number;

  @Field(() => Int, { description: 'Months a certificate is valid from its decision.' })
  certificateMonths: number;

  @Field(() => [RuleCitation], { description: 'The sources each fact was read from.' })
  sources: RuleCitation[];
}
