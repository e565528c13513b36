// The evaluation calendar: each district holds two rounds a year and each
// province two (deadlines from the plans where a plan sets them), a few central
// rounds rate 5-star candidates. Districts were abolished on 1 July 2025, so the
// second half of 2025 and 2026 have provincial rounds of the new provinces only.
// Certificates of a round share its decision (number and date).
import { readPlanFiles } from '../plan-files.ts';
import { dayOf, FIRST_YEAR, LAST_YEAR, REFORM_DAY, TODAY, ymd, yearOf, type Day } from './dates.ts';
import { Rng } from './random.ts';
import type { District, Province, UnitIndex } from './units.ts';

export type RoundLevel = 'district' | 'province' | 'central';

export interface Round {
  id: number;
  level: RoundLevel;
  year: number;
  sequence: number;
  unitId: number | null;
  deadline: Day;
  held: Day;
  /** Date of the recognition decision; after DATASET_TODAY means "not decided yet" (no certificates). */
  decided: Day;
  decisionNumber: string;
}

/** Years with a central (5-star) round, and when it sat. */
export const CENTRAL_ROUNDS: Readonly<Record<number, string>> = {
  2021: '2021-12-08',
  2023: '2023-10-24',
  2024: '2024-11-20',
  2025: '2025-10-22',
};

/**
 * Rounds the plans schedule, by milestone key: the plan's deadline replaces the
 * default one for that round of every district (or the province) in its scope.
 */
const PLAN_ROUNDS: Readonly<Record<string, { level: 'district' | 'province'; sequence: number }>> = {
  'bg2022-district-round-1': { level: 'district', sequence: 1 },
  'bg2022-district-round-2': { level: 'district', sequence: 2 },
  'bg2022-province-round-1': { level: 'province', sequence: 1 },
  'bg2022-province-round-2': { level: 'province', sequence: 2 },
  'bg2024-district-round-1': { level: 'district', sequence: 1 },
  'bg2024-district-round-2': { level: 'district', sequence: 2 },
  'bg2024-province-round-1': { level: 'province', sequence: 1 },
  'bg2024-province-round-2': { level: 'province', sequence: 2 },
  'bt2024-district-round': { level: 'district', sequence: 1 },
  'bt2024-province-round': { level: 'province', sequence: 2 },
  'bb2021-district-round': { level: 'district', sequence: 2 },
};

/**
 * Default deadlines (month, day) by level and sequence; 2025 rounds ran early,
 * before the reform. The first 2019 rounds sit after Decision 1048/QĐ-TTg
 * (21/8/2019), the first rule set: no council sits before it (a district
 * council sits at most 24 days before its deadline).
 */
function defaultDeadline(level: 'district' | 'province', year: number, sequence: number): Day {
  if (year === 2025) return level === 'district' ? ymd(2025, 5, 15) : ymd(2025, 6, 20);
  if (year === FIRST_YEAR && sequence === 1) return level === 'district' ? ymd(year, 9, 16) : ymd(year, 10, 5);
  if (level === 'district') return sequence === 1 ? ymd(year, 6, 15) : ymd(year, 10, 15);
  return sequence === 1 ? ymd(year, 7, 20) : ymd(year, 11, 15);
}

/** Rounds of the new (2025) provinces: the second half of 2025 and the two rounds of 2026. */
const NEW_PROVINCE_ROUNDS: readonly { year: number; sequence: number; deadline: string }[] = [
  { year: 2025, sequence: 1, deadline: '2025-11-30' },
  { year: 2026, sequence: 1, deadline: '2026-07-31' },
  { year: 2026, sequence: 2, deadline: '2026-11-25' },
];

/** One evaluation opportunity: (year, half). Slot 0 is 2019 round 1, slot 15 is 2026 round 2. */
export const SLOT_COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 2;
export function slotOf(year: number, half: 1 | 2): number {
  return (year - FIRST_YEAR) * 2 + (half - 1);
}
export function slotYear(slot: number): number {
  return FIRST_YEAR + Math.floor(slot / 2);
}

/**
 * How a slot's rounds certify: 'old' (Decision 1048: districts screen, the province
 * recognises 3–4 stars), '148' (districts recognise 3 stars, the province 4), 'merged'
 * (after the 2025 reform: the new province recognises 3–4 stars).
 */
export type Regime = 'old' | '148' | 'merged';
export function regimeOf(slot: number): Regime {
  const year = slotYear(slot);
  if (year < 2023) return 'old';
  if (year < 2025 || slot === slotOf(2025, 1)) return '148';
  return 'merged';
}

export interface SlotRounds {
  regime: Regime;
  district: Round | null;
  province: Round;
}

function decisionNumber(rng: Rng, level: RoundLevel, decided: Day): string {
  const month = new Date(decided * 86_400_000).getUTCMonth() + 1;
  if (level === 'central') return `${rng.int(100, 4999)}/QĐ-${yearOf(decided) >= 2025 ? 'BNNMT' : 'BNN-VPĐP'}`;
  const n = level === 'province' ? month * 230 + rng.int(0, 220) : month * 90 + rng.int(0, 85);
  return `${n}/QĐ-UBND`;
}

export class RoundCalendar {
  readonly rounds: Round[] = [];
  private readonly byKey = new Map<string, Round>();
  private readonly central: Round[] = [];

  constructor(units: UnitIndex, seed: string) {
    const overrides = planDeadlines(units);
    const draft: Omit<Round, 'id'>[] = [];
    const push = (r: Omit<Round, 'id'>, key: string) => {
      draft.push(r);
      this.byKey.set(key, r as Round);
    };
    for (const province of units.provinces) {
      for (let year = FIRST_YEAR; year <= Math.min(LAST_YEAR, 2025); year++) {
        for (const sequence of year === 2025 ? [1] : [1, 2]) {
          let latestDistrict = 0;
          for (const district of province.districts) {
            const rng = new Rng(`${seed}/round/${district.key}/${year}/${sequence}`);
            const deadline = overrides.get(`district/${district.id}/${year}/${sequence}`) ?? defaultDeadline('district', year, sequence);
            // A few councils sit late.
            const held = rng.chance(0.07) ? deadline + rng.int(1, 12) : deadline - rng.int(2, 24);
            latestDistrict = Math.max(latestDistrict, held);
            const decided = held + rng.int(5, 14);
            push(
              { level: 'district', year, sequence, unitId: district.id, deadline, held, decided, decisionNumber: decisionNumber(rng, 'district', decided) },
              `district/${district.id}/${year}/${sequence}`,
            );
          }
          const rng = new Rng(`${seed}/round/${province.key}/${year}/${sequence}`);
          const deadline = overrides.get(`province/${province.id}/${year}/${sequence}`) ?? defaultDeadline('province', year, sequence);
          let held = Math.max(deadline - rng.int(2, 14), latestDistrict + rng.int(5, 10));
          if (year === 2025) held = Math.min(held, REFORM_DAY - 5);
          const decided = Math.min(held + rng.int(9, 22), year === 2025 ? REFORM_DAY - 1 : Infinity);
          push(
            { level: 'province', year, sequence, unitId: province.id, deadline, held, decided, decisionNumber: decisionNumber(rng, 'province', decided) },
            `province/${province.id}/${year}/${sequence}`,
          );
        }
      }
    }
    for (const np of units.newProvinces) {
      for (const r of NEW_PROVINCE_ROUNDS) {
        const rng = new Rng(`${seed}/round/${np.key}/${r.year}/${r.sequence}`);
        const deadline = dayOf(r.deadline);
        const held = deadline - rng.int(8, 18);
        const decided = held + rng.int(9, 22);
        push(
          {
            level: 'province',
            year: r.year,
            sequence: r.sequence,
            unitId: np.id,
            deadline,
            held,
            decided,
            decisionNumber: decisionNumber(rng, 'province', decided),
          },
          `province/${np.id}/${r.year}/${r.sequence}`,
        );
      }
    }
    for (const [year, date] of Object.entries(CENTRAL_ROUNDS)) {
      const rng = new Rng(`${seed}/round/central/${year}`);
      const held = dayOf(date);
      const decided = held + rng.int(20, 35);
      const round = {
        level: 'central',
        year: Number(year),
        sequence: 1,
        unitId: null,
        deadline: held + 7,
        held,
        decided,
        decisionNumber: decisionNumber(rng, 'central', decided),
      } as const;
      push(round, `central/${year}`);
    }
    // Ids in calendar order.
    const rank: Record<RoundLevel, number> = { district: 0, province: 1, central: 2 };
    draft.sort((a, b) => a.held - b.held || rank[a.level] - rank[b.level] || (a.unitId ?? 0) - (b.unitId ?? 0) || a.sequence - b.sequence);
    draft.forEach((r, i) => ((r as Round).id = i + 1));
    this.rounds = draft as Round[];
    this.central = this.rounds.filter((r) => r.level === 'central');
  }

  /** The rounds a product of `district` can be evaluated in during `slot`. */
  slot(district: District, slot: number): SlotRounds {
    const year = slotYear(slot);
    const sequence = (slot % 2) + 1;
    const regime = regimeOf(slot);
    if (regime === 'merged') {
      const newProvince = this.newProvinceOf(district.province);
      const seq = year === 2025 ? 1 : sequence;
      return { regime, district: null, province: this.need(`province/${newProvince}/${year}/${seq}`) };
    }
    return {
      regime,
      district: this.need(`district/${district.id}/${year}/${sequence}`),
      province: this.need(`province/${district.province.id}/${year}/${sequence}`),
    };
  }

  /** The first central round sitting after `day`, if one has sat by DATASET_TODAY. */
  centralAfter(day: Day): Round | undefined {
    return this.central.find((r) => r.held > day && r.held <= TODAY);
  }

  /** Whether a slot exists (2025 has only its first half under the old units, then the merged round). */
  hasSlot(slot: number): boolean {
    return slot >= 0 && slot < SLOT_COUNT;
  }

  private newProvinceOf(province: Province): number {
    return province.successor.id;
  }

  private need(key: string): Round {
    const r = this.byKey.get(key);
    if (!r) throw new Error(`evaluation calendar: no round ${key}`);
    return r;
  }
}

/** Deadlines the plans set, keyed like the calendar's rounds. */
function planDeadlines(units: UnitIndex): Map<string, Day> {
  const out = new Map<string, Day>();
  for (const plan of readPlanFiles()) {
    for (const m of plan.milestones) {
      const spec = PLAN_ROUNDS[m.key];
      if (!spec) continue;
      const scope = units.byKey.get(m.scopeUnitCode);
      if (!scope) continue;
      const deadline = dayOf(m.deadline);
      const year = yearOf(deadline);
      if (spec.level === 'province') {
        out.set(`province/${scope.id}/${year}/${spec.sequence}`, deadline);
        continue;
      }
      const province = units.provinces.find((p) => p.id === scope.id);
      const districts = province ? province.districts : units.provinces.flatMap((p) => p.districts).filter((d) => d.id === scope.id);
      for (const d of districts) out.set(`district/${d.id}/${year}/${spec.sequence}`, deadline);
    }
  }
  return out;
}
