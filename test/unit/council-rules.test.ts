// The council's arithmetic and the sheets it scores on, from the rule data:
// part maxima per rule set (QĐ 1048/2019: A 35, B 25, C 40; QĐ 148/2023 on:
// A 40, B 25, C 35), criterion maxima of transcribed sheets, averages exact to
// the hundredth, bands, and the outlier flag.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { averageOf, type MemberSheet, outliers, starsFor } from '../../server/councils/council-results.ts';
import { PART_CODES, type RuleParts, scoreOnSheet, sheetFor } from '../../server/rules/scoring-sheets.ts';

interface RuleSetJson {
  id: string;
  scoring: { parts: { code: string; nameVi: string; nameEn: string; maxPoints: number }[] };
  classification: { bands: { stars: number; minPoints: number; belowPoints: number | null }[] };
}
const RULE_SETS = (JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'seeds/rules/rule-sets.json'), 'utf8')) as { ruleSets: RuleSetJson[] }).ruleSets;
const ruleSet = (id: string): RuleParts & { bands: RuleSetJson['classification']['bands'] } => {
  const r = RULE_SETS.find((x) => x.id === id)!;
  return {
    id,
    parts: r.scoring.parts.map((p) => ({ part: p.code, nameVi: p.nameVi, nameEn: p.nameEn, maxPoints: p.maxPoints })),
    bands: r.classification.bands,
  };
};
const sheet = (m: MemberSheet['parts'], memberId = 1): MemberSheet => ({ memberId, parts: m, scores: {} });
const pts = (a: number, b: number, c: number, memberId = 1) => sheet({ A: a * 100, B: b * 100, C: c * 100 }, memberId);

describe('score sheets from the rule data', () => {
  it('takes part maxima from the rule set in force: A 35 under QĐ 1048/2019, 40 from QĐ 148/2023', () => {
    const old = sheetFor(ruleSet('qd1048-2019'), 'ps01');
    expect(old.status).toBe('parts_only');
    expect(old.parts.map((p) => [p.code, p.maxPoints])).toEqual([
      ['A', 35],
      ['B', 25],
      ['C', 40],
    ]);
    const scored = scoreOnSheet(
      old,
      new Map([
        ['A', 36],
        ['B', 25],
        ['C', 40],
      ]),
    );
    expect(scored.problems.map((p) => p.key)).toEqual(['A']);
    expect(scored.problems[0].message.en).toBe('0 to 35 points, at most 2 decimals');
    expect(scoreOnSheet(sheetFor(ruleSet('qd26-2026'), 'ps02'), new Map([['A', 36]])).problems).toEqual([]);
  });

  it('scores a transcribed sheet criterion by criterion within each criterion’s maximum, adding up to the part maxima', () => {
    const s = sheetFor(ruleSet('qd148-2023'), 'ps01');
    expect(s.status).toBe('criteria');
    for (const part of s.parts) {
      const max = ruleSet('qd148-2023').parts.find((p) => p.part === part.code)!.maxPoints;
      expect(part.maxPoints).toBe(max);
      expect(part.groups.reduce((n, g) => n + g.maxPoints, 0)).toBeLessThanOrEqual(max);
    }
    const criterion = s.parts[0].groups[0].criteria[0];
    const over = scoreOnSheet(s, new Map([[criterion.id, criterion.maxPoints + 1]]));
    expect(over.problems.map((p) => p.key)).toEqual([criterion.id]);
    expect(scoreOnSheet(s, new Map([['not-a-criterion', 1]])).problems.length).toBeGreaterThan(0);
  });
});

describe('a council’s results', () => {
  const bands = ruleSet('qd26-2026').bands;

  it('averages the members’ totals exactly to the hundredth, the parts adding up to the total', () => {
    const avg = averageOf([pts(30, 20, 20.01, 1), pts(30, 20, 20, 2), pts(30, 20, 20, 3)])!;
    // (70.01 + 70 + 70) / 3 = 70.0033…: rounded down to 70.00.
    expect(avg.total).toBe(7000);
    expect(PART_CODES.reduce((n, p) => n + avg.parts[p], 0)).toBe(avg.total);
    expect(averageOf([])).toBeNull();
  });

  it('classes by the bands in force: a band starts on its minimum, and an average just under it stays below', () => {
    expect(starsFor(7000, bands)).toBe(4);
    expect(starsFor(6999, bands)).toBe(3);
    expect(starsFor(9000, bands)).toBe(5);
    expect(starsFor(2999, bands)).toBe(1);
    // 49.995 is never rounded up into 3★.
    expect(starsFor(averageOf([pts(20, 10, 19.99, 1), pts(20, 10, 20, 2)])!.total, bands)).toBe(2);
  });

  it('flags a member more than ten points from the others’ median, and nobody with fewer than three sheets', () => {
    const flagged = outliers([pts(32, 20, 28, 1), pts(31, 20, 27, 2), pts(33, 21, 28, 3), pts(24, 15, 21, 4)]);
    expect(flagged).toEqual([{ memberId: 4, total: 6000, othersMedian: 8000, deviation: -2000 }]);
    expect(outliers([pts(32, 20, 28, 1), pts(31, 20, 27, 2), pts(33, 21, 28, 3), pts(28, 17, 25, 4)])).toEqual([]);
    expect(outliers([pts(40, 25, 35, 1), pts(0, 0, 0, 2)])).toEqual([]);
  });
});
