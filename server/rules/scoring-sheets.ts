// The scoring sheets as data (seeds/rules/scoring-sheets/*.json), read once and
// checked as they are read: each file names the rule sets it serves, each sheet
// its product set and its criteria with their maxima. A product is scored on
// the sheet of its rule set and product set to the depth the published text
// supports: criterion by criterion where a sheet was transcribed (148/1489 all
// 26 sheets, 26/2026 sheet 1), else part by part within the rule set's maxima
// (1048, and 26/2026 sheets 2–26), which the sheet then says.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import type { Label } from '../labels/language.ts';

const SHEETS_DIR = path.join(ROOT_DIR, 'seeds', 'rules', 'scoring-sheets');

export type PartCode = 'A' | 'B' | 'C';
export const PART_CODES: readonly PartCode[] = ['A', 'B', 'C'];

export interface StarMark {
  stars: number;
  /** Least points on the criterion for that class; null where the source marks it without saying. */
  atPoints: number | null;
}

export interface CriterionOption {
  points: number;
  labelVi: string;
}

export interface SheetCriterion {
  /** `<ruleSetId>/<sheet>:<part>.<group>.<criterion>`, or a part code (A, B, C) on a sheet scored by part. */
  id: string;
  code: string;
  nameVi: string;
  maxPoints: number;
  starMarks: StarMark[];
  /** The answers the decision lists, when it lists them: the points must be one of these. */
  options: CriterionOption[];
}

export interface SheetGroup {
  code: string;
  nameVi: string;
  maxPoints: number;
  /** sum: the group's points add up its criteria; oneOf: alternatives, exactly one is scored. */
  selection: 'sum' | 'oneOf';
  criteria: SheetCriterion[];
}

export interface SheetPart {
  code: PartCode;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  groups: SheetGroup[];
}

export type SheetStatus = 'full' | 'criteria' | 'criteria_incomplete' | 'parts_only';

export interface ScoringSheetData {
  /** `<ruleSetId>/<NN>`; for a sheet scored by part, `<ruleSetId>/parts`. */
  id: string;
  ruleSetId: string;
  productSetCode: string | null;
  nameVi: string;
  status: SheetStatus;
  provenance: { kind: string; source: string | null; note: Label };
  parts: SheetPart[];
  /** Where the transcription does not add up to the part's maximum (148 sheets 11–13, Part C), as found. */
  gaps: string[];
}

interface CriterionJson {
  id: string;
  code: string;
  nameVi: string;
  maxPoints: number;
  starMarks?: StarMark[];
  options?: CriterionOption[];
}
interface SheetJson {
  id: string;
  productSetCode: string;
  nameVi: string;
  status: string;
  parts: {
    code: PartCode;
    nameVi: string;
    maxPoints: number;
    groups: { code: string; nameVi: string; maxPoints: number; selection: 'sum' | 'oneOf'; criteria: CriterionJson[] }[];
  }[];
  sumCheck?: { ok: boolean; issues: string[] };
}
interface SheetsFile {
  ruleSetIds: string[];
  provenance: { kind: string; source?: string; noteVi: string; noteEn?: string };
  parts: { code: PartCode; nameVi: string; nameEn: string; maxPoints: number }[];
  sheets: SheetJson[];
}

/** A rule set's part maxima, as the rule_set table holds them. */
export interface RuleParts {
  id: string;
  parts: { part: string; nameVi: string; nameEn: string; maxPoints: number }[];
}

function fail(file: string, what: string): never {
  throw new Error(`${file}: ${what}`);
}

/** Every transcribed sheet, by rule set and product set, checked: criteria within their group, groups within their part. */
function load(): Map<string, ScoringSheetData> {
  const sheets = new Map<string, ScoringSheetData>();
  for (const name of fs.readdirSync(SHEETS_DIR).filter((f) => f.endsWith('.json'))) {
    const file = path.join(SHEETS_DIR, name);
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as SheetsFile;
    const provenance = {
      kind: data.provenance.kind,
      source: data.provenance.source ?? null,
      note: { vi: data.provenance.noteVi, en: data.provenance.noteEn ?? data.provenance.noteVi },
    };
    for (const sheet of data.sheets) {
      if (sheet.status === 'not-transcribed' || !sheet.parts.length) continue;
      const parts = sheet.parts.map((p): SheetPart => {
        const partInfo = data.parts.find((x) => x.code === p.code) ?? fail(file, `${sheet.id}: unknown part ${p.code}`);
        for (const g of p.groups) {
          for (const c of g.criteria) {
            if (!(c.maxPoints > 0) || c.maxPoints > g.maxPoints) fail(file, `${c.id}: maxPoints ${c.maxPoints} outside its group's ${g.maxPoints}`);
            if (c.options?.some((o) => o.points < 0 || o.points > c.maxPoints)) fail(file, `${c.id}: an option outside 0–${c.maxPoints}`);
          }
        }
        if (p.groups.reduce((n, g) => n + g.maxPoints, 0) > p.maxPoints) fail(file, `${sheet.id}: part ${p.code} groups exceed ${p.maxPoints}`);
        return {
          code: p.code,
          nameVi: partInfo.nameVi,
          nameEn: partInfo.nameEn,
          maxPoints: p.maxPoints,
          groups: p.groups.map((g) => ({
            code: g.code,
            nameVi: g.nameVi,
            maxPoints: g.maxPoints,
            selection: g.selection,
            criteria: g.criteria.map((c) => ({
              id: c.id,
              code: c.code,
              nameVi: c.nameVi,
              maxPoints: c.maxPoints,
              starMarks: c.starMarks ?? [],
              options: c.options?.map((o) => ({ points: o.points, labelVi: o.labelVi })) ?? [],
            })),
          })),
        };
      });
      for (const ruleSetId of data.ruleSetIds) {
        sheets.set(`${ruleSetId}|${sheet.productSetCode}`, {
          id: sheet.id,
          ruleSetId,
          productSetCode: sheet.productSetCode,
          nameVi: sheet.nameVi,
          status: sheet.status.replace('-', '_') as SheetStatus,
          provenance,
          parts,
          gaps: sheet.sumCheck?.issues ?? [],
        });
      }
    }
  }
  return sheets;
}

let cache: Map<string, ScoringSheetData> | undefined;

/** The transcribed sheets (read on first use; a broken file fails loudly). */
function transcribed(): Map<string, ScoringSheetData> {
  cache ??= load();
  return cache;
}

/**
 * The sheet a dossier of `productSetCode` is scored on under `ruleSet`: the
 * transcribed sheet, else one criterion per part at the rule set's maxima.
 */
export function sheetFor(ruleSet: RuleParts, productSetCode: string | null): ScoringSheetData {
  const found = productSetCode ? transcribed().get(`${ruleSet.id}|${productSetCode}`) : undefined;
  if (found) return found;
  return {
    id: `${ruleSet.id}/parts`,
    ruleSetId: ruleSet.id,
    productSetCode,
    nameVi: 'Chấm theo phần A, B, C',
    status: 'parts_only',
    provenance: {
      kind: 'not-available',
      source: null,
      note: {
        vi: 'Phiếu chấm đến mức tiêu chí của bộ sản phẩm này chưa có trong dữ liệu quy tắc: thành viên chấm tổng điểm từng phần trong mức tối đa của bộ tiêu chí.',
        en: 'No criterion-level sheet of this product set is in the rule data: members score each part within the rule set’s maxima.',
      },
    },
    parts: ruleSet.parts.map((p) => ({
      code: p.part as PartCode,
      nameVi: p.nameVi,
      nameEn: p.nameEn,
      maxPoints: p.maxPoints,
      groups: [
        {
          code: p.part,
          nameVi: p.nameVi,
          maxPoints: p.maxPoints,
          selection: 'sum',
          criteria: [{ id: p.part, code: p.part, nameVi: p.nameVi, maxPoints: p.maxPoints, starMarks: [], options: [] }],
        },
      ],
    })),
    gaps: [],
  };
}

/** Points as whole hundredths: sheets allow two decimals, and sums of hundredths are exact. */
export const cents = (points: number) => Math.round(points * 100);

export interface SheetProblem {
  key: string;
  message: Label;
}

export interface SheetScore {
  /** Part totals in hundredths of a point. */
  parts: Record<PartCode, number>;
  problems: SheetProblem[];
  /** Criteria still to be scored before the sheet can be submitted. */
  unscored: string[];
}

/**
 * A member's points on a sheet: each within its criterion's maximum (and one
 * of its listed answers, where the decision lists them), one alternative per
 * "oneOf" group; part totals add up the groups. Unknown keys are problems.
 */
export function scoreOnSheet(sheet: ScoringSheetData, scores: ReadonlyMap<string, number>): SheetScore {
  const problems: SheetProblem[] = [];
  const unscored: string[] = [];
  const known = new Set<string>();
  const parts = { A: 0, B: 0, C: 0 } as Record<PartCode, number>;
  for (const part of sheet.parts) {
    for (const group of part.groups) {
      const given = group.criteria.filter((c) => scores.has(c.id));
      for (const c of group.criteria) {
        known.add(c.id);
        const points = scores.get(c.id);
        if (points === undefined) continue;
        const max = String(c.maxPoints).replace('.', ',');
        if (!Number.isFinite(points) || points < 0 || points > c.maxPoints || Math.abs(cents(points) - points * 100) > 1e-6) {
          problems.push({
            key: c.id,
            message: { vi: `từ 0 đến ${max} điểm, tối đa 2 chữ số thập phân`, en: `0 to ${c.maxPoints} points, at most 2 decimals` },
          });
        } else if (c.options.length && !c.options.some((o) => o.points === points)) {
          const list = c.options.map((o) => o.points).join('; ');
          problems.push({ key: c.id, message: { vi: `phải là một mức của phiếu chấm: ${list}`, en: `must be one of the sheet’s answers: ${list}` } });
        }
      }
      if (group.selection === 'oneOf') {
        if (given.length > 1) {
          problems.push({
            key: given[1].id,
            message: { vi: `mục ${group.code} chỉ chấm một trong các tiêu chí thay thế nhau`, en: `group ${group.code} scores one of its alternatives only` },
          });
        }
        if (!given.length) unscored.push(group.criteria[0].id);
        parts[part.code] += Math.min(cents(group.maxPoints), Math.max(0, ...given.map((c) => cents(scores.get(c.id)!))));
      } else {
        for (const c of group.criteria) if (!scores.has(c.id)) unscored.push(c.id);
        parts[part.code] += given.reduce((n, c) => n + cents(scores.get(c.id)!), 0);
      }
    }
  }
  for (const key of scores.keys()) {
    if (!known.has(key)) problems.push({ key, message: { vi: `không có tiêu chí này trên phiếu ${sheet.id}`, en: `no such criterion on sheet ${sheet.id}` } });
  }
  return { parts, problems, unscored };
}
