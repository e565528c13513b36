// What a council's sheets add up to, in exact arithmetic (hundredths of a
// point): the product's total is the average of the members' totals (the
// decisions class on "tổng điểm trung bình"), its class the star band that
// average falls in, and the flags the chair reads before finalising.
import { PART_CODES, type PartCode, type ScoringSheetData } from '../rules/scoring-sheets.ts';

export interface Band {
  stars: number;
  minPoints: number;
  belowPoints: number | null;
}

export interface MemberSheet {
  memberId: number;
  /** Part totals in hundredths of a point. */
  parts: Record<PartCode, number>;
  /** Points by criterion id (or part code). */
  scores: Record<string, number>;
}

export interface Average {
  /** Part averages in hundredths, adding up to `total` exactly. */
  parts: Record<PartCode, number>;
  /** The average total in hundredths, rounded down: its band is the band of the exact average. */
  total: number;
}

const totalOf = (s: MemberSheet) => PART_CODES.reduce((n, p) => n + s.parts[p], 0);

/**
 * The average of the members' sheets. The exact average total Σ/n is rounded
 * down to a hundredth — bands start on whole points, so it stays in the band
 * of the exact value (49,995 never becomes 50) — and split into parts by
 * largest remainder, so the three parts add up to it to the hundredth.
 */
export function averageOf(sheets: readonly MemberSheet[]): Average | null {
  const n = sheets.length;
  if (!n) return null;
  const sums = Object.fromEntries(PART_CODES.map((p) => [p, sheets.reduce((s, x) => s + x.parts[p], 0)])) as Record<PartCode, number>;
  const total = Math.floor(PART_CODES.reduce((s, p) => s + sums[p], 0) / n);
  const parts = Object.fromEntries(PART_CODES.map((p) => [p, Math.floor(sums[p] / n)])) as Record<PartCode, number>;
  let left = total - PART_CODES.reduce((s, p) => s + parts[p], 0);
  const byRemainder = [...PART_CODES].sort((a, b) => (sums[b] % n) - (sums[a] % n) || PART_CODES.indexOf(a) - PART_CODES.indexOf(b));
  for (const p of byRemainder) {
    if (left <= 0) break;
    parts[p] += 1;
    left -= 1;
  }
  return { parts, total };
}

/** The stars a total (in hundredths) gets under the bands: minPoints ≤ total < belowPoints. */
export function starsFor(total: number, bands: readonly Band[]): number {
  const band = bands.find((b) => total >= b.minPoints * 100 && (b.belowPoints === null || total < b.belowPoints * 100));
  return band?.stars ?? 0;
}

/**
 * A member's total this far from the median of the other members' totals is
 * flagged for the chair. Ten points is half a star band (bands are 20 points
 * wide from 30 up), more than two or three criteria scored at opposite ends
 * (most criteria are worth 2–5 points): a gap that size means the member read
 * the dossier differently, not that members weigh a criterion differently.
 * The others' median (leave one out) is not pulled by the member being
 * judged, nor by one other outlier. Needs three sheets: with two, each is the
 * other's "median" and a gap says nothing about which one is off.
 */
export const OUTLIER_POINTS = 10;

export interface Outlier {
  memberId: number;
  /** Hundredths of a point. */
  total: number;
  othersMedian: number;
  deviation: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function outliers(sheets: readonly MemberSheet[]): Outlier[] {
  if (sheets.length < 3) return [];
  return sheets.flatMap((s) => {
    const total = totalOf(s);
    const othersMedian = median(sheets.filter((o) => o !== s).map(totalOf));
    const deviation = total - othersMedian;
    return Math.abs(deviation) > OUTLIER_POINTS * 100 ? [{ memberId: s.memberId, total, othersMedian, deviation }] : [];
  });
}

export interface StarMarkShortfall {
  criterionId: string;
  stars: number;
  /** Least points the class needs on the criterion. */
  atPoints: number;
  /** The members' average on it, in hundredths. */
  average: number;
}

/**
 * The star marks ("dấu sao": the least a criterion must score for a class,
 * QĐ 26/2026 Phụ lục II) the average sheet misses for the banded class or
 * any class below it, and the highest class the marks allow. Marks without
 * points (148 transcription gaps) cannot be checked and are left out.
 */
export function starMarkCheck(
  sheet: ScoringSheetData,
  sheets: readonly MemberSheet[],
  bandedStars: number,
): { shortfalls: StarMarkShortfall[]; allowedStars: number } {
  const shortfalls: StarMarkShortfall[] = [];
  if (!sheets.length) return { shortfalls, allowedStars: bandedStars };
  let allowedStars = bandedStars;
  for (const part of sheet.parts) {
    for (const group of part.groups) {
      for (const c of group.criteria) {
        const sum = sheets.reduce((n, s) => n + Math.round((s.scores[c.id] ?? 0) * 100), 0);
        for (const mark of c.starMarks) {
          if (mark.atPoints === null || mark.stars > bandedStars || sum >= mark.atPoints * 100 * sheets.length) continue;
          shortfalls.push({ criterionId: c.id, stars: mark.stars, atPoints: mark.atPoints, average: Math.floor(sum / sheets.length) });
          allowedStars = Math.min(allowedStars, mark.stars - 1);
        }
      }
    }
  }
  return { shortfalls, allowedStars };
}

/** Hundredths as the decimal text numeric columns take ("87.50"). */
export const pointsText = (hundredths: number) => (hundredths / 100).toFixed(2);
