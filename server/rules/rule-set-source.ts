// The rule sets as data: seeds/rules/rule-sets.json (researched, every fact
// cited) becomes one row of the rule_set table per decision. Loaded by the
// migration that creates the table and again at every start (an upsert by id),
// so the next decision is a new object in that file, not a code change.
import fs from 'node:fs';
import path from 'node:path';
import sql from 'sql-template-tag';
import { ROOT_DIR } from '../config.ts';
import { execute, type Db } from '../db/sql.ts';

export const RULE_SETS_FILE = path.join(ROOT_DIR, 'seeds', 'rules', 'rule-sets.json');
const SOURCES_FILE = path.join(ROOT_DIR, 'seeds', 'rules', 'sources.json');

const LEVELS = ['district', 'province', 'central'] as const;
const PARTS = ['A', 'B', 'C'] as const;

interface Citation {
  source: string;
  locator?: string;
  quoteVi?: string;
}

interface SourceEntry {
  id: string;
  titleVi?: string;
  url?: string;
  officialUrl?: string;
  repository?: string;
  path?: string;
}

interface RuleSetJson {
  id: string;
  decision: { number: string; kind: string; signedOn: string; titleVi: string; titleEn: string };
  amends?: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  legalSource: { primaryUrl?: string; citations?: Citation[] };
  scoring: { totalMaxPoints: number; parts?: { code: string; nameVi: string; nameEn: string; maxPoints: number }[]; citations?: Citation[]; sameAs?: string };
  classification: { bands?: { stars: number; minPoints: number; belowPoints: number | null }[]; citations?: Citation[]; sameAs?: string };
  recognition: { stars: number; level: string; certificate: boolean }[];
  process: { level: string; recognises: number[]; forwardsFromPoints?: number }[];
  processCitations?: Citation[];
  certificate: { issuedForMinStars: number; validityMonths: number; citations?: Citation[]; sameAs?: string };
}

/** One row of rule_set, as loaded. */
export interface RuleSetRow {
  id: string;
  decision_number: string;
  signed_on: string;
  title_vi: string;
  title_en: string;
  amends: string | null;
  effective_from: string;
  effective_to: string | null;
  citation_vi: string;
  citation_en: string;
  legal_source_url: string | null;
  parts: { part: string; nameVi: string; nameEn: string; maxPoints: number }[];
  bands: { stars: number; minPoints: number; belowPoints: number | null }[];
  levels: { level: string; recognises: number[]; forwardsFromPoints: number | null }[];
  certificate_min_stars: number;
  certificate_months: number;
  sources: { facet: string; source: string; locator: string | null; quoteVi: string | null; title: string | null; url: string | null }[];
}

function fail(id: string, what: string): never {
  throw new Error(`${RULE_SETS_FILE}: rule set ${id}: ${what}`);
}

/** "Quyết định 148/QĐ-TTg" and, for an amending decision, the decision it amends with it. */
function citationOf(r: RuleSetJson, all: Map<string, RuleSetJson>): { vi: string; en: string } {
  const own = { vi: `${r.decision.kind} ${r.decision.number}`, en: `Decision ${r.decision.number}` };
  const amended = r.amends ? all.get(r.amends) : undefined;
  if (!amended) return own;
  return {
    vi: `${amended.decision.kind} ${amended.decision.number}, sửa đổi bởi ${own.vi}`,
    en: `Decision ${amended.decision.number} as amended by ${own.en}`,
  };
}

/** The rule sets of the file as rows, each checked: parts adding up to the total, bands covering 0–100, a level for every recognised star. */
export function ruleSetRows(file = RULE_SETS_FILE): RuleSetRow[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { ruleSets: RuleSetJson[] };
  const sources = new Map((JSON.parse(fs.readFileSync(SOURCES_FILE, 'utf8')) as { sources: SourceEntry[] }).sources.map((s) => [s.id, s] as const));
  const all = new Map(data.ruleSets.map((r) => [r.id, r]));
  const same = <K extends 'scoring' | 'classification' | 'certificate'>(r: RuleSetJson, key: K): RuleSetJson[K] => {
    const sameAs = r[key].sameAs;
    return sameAs ? { ...(all.get(sameAs)?.[key] ?? fail(r.id, `${key}.sameAs names unknown ${sameAs}`)), ...r[key] } : r[key];
  };
  return data.ruleSets.map((r) => {
    const scoring = same(r, 'scoring');
    const classification = same(r, 'classification');
    const certificate = same(r, 'certificate');
    const parts = (scoring.parts ?? fail(r.id, 'no score parts')).map((p) => ({ part: p.code, nameVi: p.nameVi, nameEn: p.nameEn, maxPoints: p.maxPoints }));
    if (parts.map((p) => p.part).join('') !== PARTS.join('')) fail(r.id, 'score parts must be A, B, C');
    if (parts.reduce((n, p) => n + p.maxPoints, 0) !== scoring.totalMaxPoints) fail(r.id, `parts do not add up to ${scoring.totalMaxPoints}`);
    const bands = (classification.bands ?? fail(r.id, 'no star bands')).map((b) => ({ stars: b.stars, minPoints: b.minPoints, belowPoints: b.belowPoints }));
    bands.forEach((b, i) => {
      const next = bands[i + 1];
      if (b.stars !== i + 1 || (i === 0 && b.minPoints !== 0) || (next ? b.belowPoints !== next.minPoints : b.belowPoints !== null))
        fail(r.id, 'star bands must run 1★ to 5★ from 0 without gaps');
    });
    const levels = LEVELS.flatMap((level) => {
      const step = r.process.find((s) => s.level === level);
      if (!step) return [];
      const recognises = r.recognition.filter((x) => x.level === level && x.certificate).map((x) => x.stars);
      return [{ level, recognises, forwardsFromPoints: step.forwardsFromPoints ?? null }];
    });
    for (const x of r.recognition)
      if (!levels.some((l) => l.level === x.level)) fail(r.id, `${x.level} recognises ${x.stars}★ but takes no part in the process`);
    const cite = (facet: string, list: Citation[] | undefined) =>
      (list ?? []).map((c) => {
        const s = sources.get(c.source);
        const url = s?.url ?? s?.officialUrl ?? (s?.repository && s.path ? `https://github.com/${s.repository}/blob/HEAD/${s.path}` : null);
        return { facet, source: c.source, locator: c.locator ?? null, quoteVi: c.quoteVi ?? null, title: s?.titleVi ?? null, url };
      });
    const citation = citationOf(r, all);
    return {
      id: r.id,
      decision_number: r.decision.number,
      signed_on: r.decision.signedOn,
      title_vi: r.decision.titleVi,
      title_en: r.decision.titleEn,
      amends: r.amends ?? null,
      effective_from: r.effectiveFrom,
      effective_to: r.effectiveTo,
      citation_vi: citation.vi,
      citation_en: citation.en,
      legal_source_url: r.legalSource.primaryUrl ?? null,
      parts,
      bands,
      levels,
      certificate_min_stars: certificate.issuedForMinStars,
      certificate_months: certificate.validityMonths,
      sources: [
        ...cite('decision', r.legalSource.citations),
        ...cite('scoring', scoring.citations),
        ...cite('bands', classification.citations),
        ...cite('recognition', r.processCitations),
        ...cite('certificate', certificate.citations),
      ],
    };
  });
}

/**
 * Inserts or updates every rule set of the file (rule sets are never deleted:
 * evaluations name theirs), then gives evaluations without one the set in
 * force on their date, where there is one.
 */
export async function syncRuleSets(db: Db, rows: RuleSetRow[] = ruleSetRows()): Promise<void> {
  await execute(
    db,
    sql`INSERT INTO rule_set AS t (id, decision_number, signed_on, title_vi, title_en, amends, effective_from, effective_to, citation_vi, citation_en,
                                    legal_source_url, parts, bands, levels, certificate_min_stars, certificate_months, sources)
        SELECT id, decision_number, signed_on, title_vi, title_en, amends, effective_from, effective_to, citation_vi, citation_en,
               legal_source_url, parts, bands, levels, certificate_min_stars, certificate_months, sources
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
          id text, decision_number text, signed_on date, title_vi text, title_en text, amends text, effective_from date, effective_to date,
          citation_vi text, citation_en text, legal_source_url text, parts jsonb, bands jsonb, levels jsonb,
          certificate_min_stars smallint, certificate_months smallint, sources jsonb)
        ON CONFLICT (id) DO UPDATE SET
          decision_number = EXCLUDED.decision_number, signed_on = EXCLUDED.signed_on, title_vi = EXCLUDED.title_vi, title_en = EXCLUDED.title_en,
          amends = EXCLUDED.amends, effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
          citation_vi = EXCLUDED.citation_vi, citation_en = EXCLUDED.citation_en, legal_source_url = EXCLUDED.legal_source_url,
          parts = EXCLUDED.parts, bands = EXCLUDED.bands, levels = EXCLUDED.levels, certificate_min_stars = EXCLUDED.certificate_min_stars,
          certificate_months = EXCLUDED.certificate_months, sources = EXCLUDED.sources
        WHERE (t.*) IS DISTINCT FROM (EXCLUDED.*)`,
  );
  await execute(
    db,
    sql`UPDATE evaluation SET rule_set_id = rule_set_on(COALESCE(submitted_on, evaluated_on))
        WHERE rule_set_id IS NULL AND rule_set_on(COALESCE(submitted_on, evaluated_on)) IS NOT NULL`,
  );
}
