// A product's life in the OCOP cycle: registration, evaluations by district,
// provincial and central councils, certificates for 3 stars and more, renewal
// when a certificate runs out after 36 months, upgrades, revocation. The status
// follows from the history on DATASET_TODAY.
import { REVOCATION_REASONS } from './catalogue.ts';
import { expiryOf, TODAY, yearOf, type Day } from './dates.ts';
import type { Rng } from './random.ts';
import { partMaxima, type PartMaxima } from './rules.ts';
import { SLOT_COUNT, type Round, type RoundCalendar, type RoundLevel, type SlotRounds } from './rounds.ts';
import type { District } from './units.ts';

export type Stars = 1 | 2 | 3 | 4 | 5;
export type ProductStatus = 'idea' | 'registered' | 'rated' | 'certified' | 'expired' | 'revoked';

export interface EvaluationDraft {
  round: Round;
  /** Scores in points within the maxima of the rule set of the round's date (rules.ts), in half-point steps. */
  a: number;
  b: number;
  c: number;
  stars: Stars;
  evaluatedOn: Day;
  proposedForCentral: boolean;
}

export interface CertificateDraft {
  /** Index of the evaluation it recognises, in the product's evaluation list. */
  evaluation: number;
  level: RoundLevel;
  stars: 3 | 4 | 5;
  decisionNumber: string;
  decided: Day;
  revoked: Day | null;
  revocationReason: string | null;
  /** The slot it was awarded in (for the generator's own bookkeeping). */
  slot: number;
}

export interface History {
  registered: Day | null;
  evaluations: EvaluationDraft[];
  certificates: CertificateDraft[];
  status: ProductStatus;
}

/** Total-score bands in half points: stars_for_score() turns the total back into these stars. */
const BANDS: Record<Stars, readonly [number, number]> = {
  1: [36, 58],
  2: [60, 98],
  3: [100, 138],
  4: [140, 178],
  5: [180, 194],
};

/**
 * A total in the star band, split into parts A, B, C within the rule set's
 * maxima, each part near its share of the maximum (the same draws whatever the
 * maxima, so changing them moves no other figure of the dataset).
 */
export function scoreParts(rng: Rng, stars: Stars, maxima: PartMaxima, bias = 0): { a: number; b: number; c: number } {
  const [lo, hi] = BANDS[stars];
  const [maxA, maxB, maxC] = [maxima.a * 2, maxima.b * 2, maxima.c * 2];
  const mid = (lo + hi) / 2 + (bias * (hi - lo)) / 2;
  const total = Math.round(rng.around(mid, (hi - lo) / 2, lo, hi));
  const c = Math.round(Math.min(maxC, total, Math.max(total - maxA - maxB, rng.around((total * maxC) / (maxA + maxB + maxC), 8))));
  const rest = total - c;
  const a = Math.round(Math.min(maxA, rest, Math.max(rest - maxB, rng.around((rest * maxA) / (maxA + maxB), 6))));
  const b = rest - a;
  return { a: a / 2, b: b / 2, c: c / 2 };
}

export function statusOn(h: Pick<History, 'registered' | 'evaluations' | 'certificates'>, day: Day = TODAY): ProductStatus {
  const live = h.certificates.filter((c) => c.decided <= day);
  if (live.some((c) => expiryOf(c.decided) >= day && (c.revoked === null || c.revoked > day))) return 'certified';
  if (live.length) {
    const latest = live.reduce((x, c) => (c.decided >= x.decided ? c : x));
    return latest.revoked !== null && latest.revoked <= day ? 'revoked' : 'expired';
  }
  if (h.evaluations.some((e) => e.evaluatedOn <= day)) return 'rated';
  return h.registered !== null ? 'registered' : 'idea';
}

/** The round whose decision would recognise `stars` in this slot. */
export function certifyingRound(rounds: SlotRounds, stars: number): Round {
  if (rounds.regime === '148' && stars === 3 && rounds.district) return rounds.district;
  return rounds.province;
}

/** Builds one product's history step by step; every step respects DATASET_TODAY. */
export class HistoryBuilder {
  readonly evaluations: EvaluationDraft[] = [];
  readonly certificates: CertificateDraft[] = [];
  registered: Day | null = null;

  constructor(
    private readonly calendar: RoundCalendar,
    readonly district: District,
    private readonly rng: Rng,
  ) {}

  rounds(slot: number): SlotRounds {
    return this.calendar.slot(this.district, slot);
  }

  /** The day this slot's councils first sit for this product (its district round, else the province's). */
  firstSitting(slot: number): Day {
    const r = this.rounds(slot);
    return (r.district ?? r.province).held;
  }

  private evaluate(round: Round, stars: Stars, proposedForCentral = false, bias = 0): number | null {
    if (round.held > TODAY) return null;
    if (this.evaluations.some((e) => e.round.id === round.id)) throw new Error(`product evaluated twice in round ${round.id}`);
    // Seeded evaluations carry no submission date: the evaluation date selects the rule set (no round sits the day before a change).
    const parts = scoreParts(this.rng, stars, partMaxima(round.held), bias);
    this.evaluations.push({ round, ...parts, stars, evaluatedOn: Math.min(TODAY, round.held + this.rng.int(0, 1)), proposedForCentral });
    return this.evaluations.length - 1;
  }

  private certify(evaluation: number, stars: 3 | 4 | 5, slot: number): CertificateDraft | null {
    const round = this.evaluations[evaluation].round;
    if (round.decided > TODAY) return null;
    const cert: CertificateDraft = {
      evaluation,
      level: round.level,
      stars,
      decisionNumber: round.decisionNumber,
      decided: round.decided,
      revoked: null,
      revocationReason: null,
      slot,
    };
    this.certificates.push(cert);
    return cert;
  }

  /** A failed attempt (1–2 stars); under Decision 1048 a product could pass the district and fail the province. */
  fail(slot: number, stars: 1 | 2): boolean {
    const r = this.rounds(slot);
    if (r.regime === 'old' && r.district && this.rng.chance(0.3)) {
      if (this.evaluate(r.district, 3, false, -0.7) === null) return false;
      this.evaluate(r.province, stars);
      return true;
    }
    return this.evaluate(r.district ?? r.province, stars) !== null;
  }

  /**
   * Evaluates and recognises the product at `stars` in this slot: the district screens
   * and the province recognises (1048), the district recognises 3 stars and the province
   * 4 (148), or the new province recognises (after the reform). Returns the certificate,
   * or null when the rounds have not sat or decided by DATASET_TODAY.
   */
  award(slot: number, stars: 3 | 4, proposedForCentral = false): CertificateDraft | null {
    const r = this.rounds(slot);
    if (r.regime === 'merged') {
      const e = this.evaluate(r.province, stars, proposedForCentral, proposedForCentral ? 0.6 : 0);
      return e === null ? null : this.certify(e, stars, slot);
    }
    const d = this.evaluate(r.district!, stars);
    if (d === null) return null;
    if (r.regime === '148' && stars === 3) return this.certify(d, 3, slot);
    const p = this.evaluate(r.province, stars, proposedForCentral, proposedForCentral ? 0.6 : 0);
    return p === null ? null : this.certify(p, stars, slot);
  }

  /**
   * Recognised at 4 stars by the province and proposed for 5 in this slot, then rated
   * by the next central round. Returns the 5-star certificate, else the 4-star one.
   */
  awardFiveStars(slot: number): CertificateDraft | null {
    const four = this.award(slot, 4, true);
    if (!four) return null;
    const central = this.calendar.centralAfter(this.evaluations[four.evaluation].round.held);
    if (!central || central.held - four.decided > 400) return four;
    const e = this.evaluate(central, 5);
    return (e === null ? null : this.certify(e, 5, slot)) ?? four;
  }

  revoke(cert: CertificateDraft): boolean {
    const latest = Math.min(expiryOf(cert.decided) - 30, TODAY);
    if (latest - cert.decided < 150) return false;
    cert.revoked = cert.decided + this.rng.int(150, latest - cert.decided);
    cert.revocationReason = this.rng.pick(REVOCATION_REASONS);
    return true;
  }

  /** The day a certificate of `stars` awarded in `slot` would be decided. */
  decisionDay(slot: number, stars: number): Day {
    return certifyingRound(this.rounds(slot), stars).decided;
  }

  build(): History {
    return {
      registered: this.registered,
      evaluations: this.evaluations,
      certificates: this.certificates,
      status: statusOn(this),
    };
  }
}

/** What the generator decided about a product before its history is drawn. */
export interface ProductFate {
  kind: 'certified' | 'rated' | 'registered' | 'idea';
  /** certified: slot of the first certificate; rated: slot of the last (failed) attempt. */
  slot: number;
  /** Slot of the first evaluation: earlier than `slot` after a failed attempt. */
  firstSlot: number;
  /** Stars of the first certificate. */
  stars: 3 | 4;
  /** Slot in which the province proposes it for 5 stars. */
  fiveStarSlot?: number;
  registered: Day | null;
  /** Forces the product's kind (the 5-star stories name their product). */
  core?: string;
}

export interface LifecycleRates {
  /** Chance a certificate is renewed when it runs out, by the year it expires. */
  renew(expiryYear: number): number;
  /** Chance a 3-star product is re-rated at 4 stars while its certificate is valid. */
  upgrade: number;
  /** Chance a certificate is revoked. */
  revoke: number;
  /** Chance a certified product failed a first attempt. */
  failedFirst: number;
  /** Chance a rated product tried (and failed) twice. */
  failedTwice: number;
}

/** Draws the whole history for a fate. */
export function drawHistory(builder: HistoryBuilder, fate: ProductFate, rates: LifecycleRates, rng: Rng): History {
  builder.registered = fate.registered;
  if (fate.kind === 'rated') {
    builder.fail(fate.firstSlot, rng.chance(0.75) ? 2 : 1);
    if (fate.firstSlot !== fate.slot) builder.fail(fate.slot, 2);
  }
  if (fate.kind !== 'certified') return builder.build();

  if (fate.firstSlot !== fate.slot) builder.fail(fate.firstSlot, 2);
  let slot = fate.slot;
  let stars: 3 | 4 | 5 = fate.stars;
  let cert = builder.award(slot, fate.stars);
  for (let guard = 0; cert && guard < 8; guard++) {
    const expires = expiryOf(cert.decided);
    if (fate.fiveStarSlot === undefined && rng.chance(rates.revoke) && builder.revoke(cert)) break;
    // 5 stars: proposed by the province while the 4-star certificate is valid.
    if (fate.fiveStarSlot !== undefined && stars === 4 && fate.fiveStarSlot > slot && builder.decisionDay(fate.fiveStarSlot, 4) < expires) {
      cert = builder.awardFiveStars(fate.fiveStarSlot);
      slot = fate.fiveStarSlot;
      stars = cert?.stars ?? 4;
      continue;
    }
    // Upgrade: a 3-star product re-rated at 4 stars a year or so later.
    if (stars === 3 && rng.chance(rates.upgrade)) {
      const up = slot + rng.int(2, 3);
      if (up < SLOT_COUNT && builder.decisionDay(up, 4) < expires - 60) {
        cert = builder.award(up, 4);
        slot = up;
        stars = 4;
        continue;
      }
    }
    // 5-star products are always re-rated; others by the province's renewal rate.
    if (!rng.chance(fate.fiveStarSlot !== undefined ? 1 : rates.renew(yearOf(expires)))) break;
    // Renew in the last slot decided before expiry, or the first one after it (a gap).
    let renewal = -1;
    for (let s = slot + 1; s < SLOT_COUNT; s++) {
      const decided = builder.decisionDay(s, stars === 5 ? 4 : stars);
      if (decided < expires - 10 && decided >= expires - 260) renewal = s;
      if (decided >= expires - 10) {
        if (renewal < 0 || rng.chance(0.4)) renewal = s;
        break;
      }
    }
    if (renewal < 0 || builder.firstSitting(renewal) > TODAY) break;
    slot = renewal;
    if (stars === 5) {
      // A 5-star product is re-rated by the province and the central council again.
      cert = builder.awardFiveStars(renewal);
      stars = cert?.stars ?? 4;
      continue;
    }
    const next: 3 | 4 = stars === 3 ? (rng.chance(0.1) ? 4 : 3) : rng.chance(0.08) ? 3 : 4;
    cert = builder.award(renewal, next);
    stars = next;
  }
  return builder.build();
}
