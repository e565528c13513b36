// All SQL reading the rule sets. Which set a date falls under is decided in one
// place, the database function rule_set_on (migration 1765100000000).
import DataLoader from 'dataloader';
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { queryOne, queryRows, type Db } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';
import { CouncilLevel, RuleCitation, RulePart, RuleSet, StarBand } from './rule-set.types.ts';

const RULE_SET_ROW = rowShape({
  id: 'text',
  decisionNumber: 'text',
  signedOn: 'date',
  titleVi: 'text',
  titleEn: 'text',
  amends: 'text?',
  effectiveFrom: 'date',
  effectiveTo: 'date?',
  citationVi: 'text',
  citationEn: 'text',
  legalSourceUrl: 'text?',
  parts: 'json',
  bands: 'json',
  levels: 'json',
  certificateMinStars: 'int',
  certificateMonths: 'int',
  sources: 'json',
});

const SELECT = sql`SELECT r.id, r.decision_number AS "decisionNumber", r.signed_on AS "signedOn", r.title_vi AS "titleVi", r.title_en AS "titleEn",
                          r.amends, r.effective_from AS "effectiveFrom", r.effective_to AS "effectiveTo", r.citation_vi AS "citationVi",
                          r.citation_en AS "citationEn", r.legal_source_url AS "legalSourceUrl", r.parts, r.bands, r.levels,
                          r.certificate_min_stars AS "certificateMinStars", r.certificate_months AS "certificateMonths", r.sources
                   FROM rule_set r`;

/** The jsonb lists as their GraphQL objects (the loader wrote them in these shapes: rule-set-source.ts). */
function toRuleSet(row: RowType<typeof RULE_SET_ROW>): RuleSet {
  const list = <T extends object>(value: unknown, type: new () => T): T[] => (value as object[]).map((v) => Object.assign(new type(), v));
  return Object.assign(new RuleSet(), row, {
    parts: list(row.parts, RulePart),
    bands: list(row.bands, StarBand),
    levels: list(row.levels, CouncilLevel),
    sources: list(row.sources, RuleCitation),
  });
}

async function select(db: Db, where: Sql): Promise<RuleSet[]> {
  return (await queryRows(db, RULE_SET_ROW, sql`${SELECT} ${where} ORDER BY r.effective_from, r.id`)).map(toRuleSet);
}

export function listRuleSets(db: Db): Promise<RuleSet[]> {
  return select(db, sql``);
}

/** The set a dossier submitted (or, without a submission date, evaluated) on `day` falls under; undefined before the first. */
export async function ruleSetOn(db: Db, day: string): Promise<RuleSet | undefined> {
  return (await select(db, sql`WHERE r.id = rule_set_on(${day}::date)`))[0];
}

export async function ruleSetById(db: Db, id: string): Promise<RuleSet | undefined> {
  return (await select(db, sql`WHERE r.id = ${id}`))[0];
}

/** The first day any rule set applies. */
export async function firstRuleDay(db: Db): Promise<string | null> {
  return (await queryOne(db, rowShape({ day: 'date?' }), sql`SELECT min(effective_from) AS day FROM rule_set`))?.day ?? null;
}

export function createRuleSetLoaders(db: Db) {
  return {
    ruleSetById: new DataLoader<string, RuleSet | null>(async (ids) => {
      const found = new Map((await select(db, sql`WHERE r.id = ANY(${[...ids]}::text[])`)).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
