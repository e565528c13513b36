// The illustrative-data generator. Given administrative units and a profile per
// province, it yields rows table by table: subjects, products and their
// evaluation histories, budgets and disbursements, training classes, promotion
// events and sales points. Rows carry explicit ids (from the given bases), so
// each table can be produced by its own pass and still reference the others:
// a pass regenerates whatever it needs province by province, deterministically.
// The dataset loader collects the (small) four-province output; the national
// loader streams the country's output into COPY.
import { Faker, base, vi } from '@faker-js/faker';
import {
  BUDGET_ACTIVITY,
  GENERIC_ITEMS,
  GROUP_WEIGHTS,
  INTERNATIONAL_EVENTS,
  LOCAL_SPECIALITIES,
  OUT_OF_PROVINCE_CITIES,
  SPENDING_ACTIVITIES,
  SUB_GROUPS,
  SUBJECT_SUPPORT,
  TRAINING_TOPICS,
  VILLAGES,
  type Item,
  type ProductGroup,
} from './catalogue.ts';
import { expiryOf, iso, REFORM_DAY, TODAY, ymd, yearOf, type Day } from './dates.ts';
import { drawHistory, HistoryBuilder, type History, type ProductFate } from './history.ts';
import { brand, mobilePhone, personName, placeWord, productName, subjectName, type NameContext } from './names.ts';
import { YEARS, type ProvinceProfile, type Scope, type SubjectType, type TrainingOverride } from './profiles.ts';
import { apportion, FractionalCounter, hash32, Rng } from './random.ts';
import { CENTRAL_ROUNDS, RoundCalendar, slotOf } from './rounds.ts';
import type { IdBases, RowOf, TableName } from './tables.ts';
import type { District, Province, UnitIndex, UnitRow } from './units.ts';

export type Source = 'central' | 'provincial' | 'district' | 'commune' | 'other';
type EventKind = 'fair' | 'exhibition' | 'conference' | 'online';

/** A budget line a plan states (already in budget_allocation): disbursements draw on it. */
export interface PlanBudget {
  id: number;
  year: number;
  source: Source;
  amount: number;
  recipientUnitId: number;
}

export interface PlanRef {
  id: number;
  key: string;
  issuerUnitId: number;
  periodStart: Day;
  periodEnd: Day;
}

/** A product already in the database (the plans' named products) whose history the generator draws. */
export interface NamedProduct {
  productId: number;
  subjectId: number;
  name: string;
  districtId: number;
  history(builder: HistoryBuilder): void;
}

export interface WorldInput {
  seed: string;
  units: UnitIndex;
  provinces: readonly { province: Province; profile: ProvinceProfile }[];
  plans?: readonly PlanRef[];
  planBudgets?: readonly PlanBudget[];
  named?: readonly NamedProduct[];
}

export type Tagged = { [T in TableName]: { table: T; row: RowOf<T> } }[TableName];

interface SubjectDraft {
  id: number;
  code: string;
  name: string;
  type: SubjectType;
  size: 'micro' | 'small' | 'medium' | null;
  /** The (pre-2025) commune it sits in, or the district where there are no communes. */
  home: UnitRow;
  unitId: number;
  registered: Day;
  valueChain: boolean;
  representative: string;
  phone: string;
  line: Item;
  brand: string;
  commune: string | undefined;
}

interface ProductDraft {
  id: number;
  code: string;
  fate: ProductFate;
  subject: SubjectDraft;
  name?: string;
  item?: Item;
  unitId?: number;
  history?: History;
  evaluationIds?: number[];
  certificateIds?: number[];
}

interface DistrictState {
  district: District;
  subjects: SubjectDraft[];
  products: ProductDraft[];
}

interface NamedState {
  named: NamedProduct;
  history: History;
  evaluationIds: number[];
  certificateIds: number[];
}

interface ProvinceState {
  province: Province;
  profile: ProvinceProfile;
  districts: DistrictState[];
  named: NamedState[];
}

const GENERIC_BY_GROUP = new Map<ProductGroup, Item[]>();
for (const item of GENERIC_ITEMS) {
  const group = SUB_GROUPS[item.sub][0];
  GENERIC_BY_GROUP.set(group, [...(GENERIC_BY_GROUP.get(group) ?? []), item]);
}

/** Default amounts (VND) per district, year and source, before the year and size factors. */
const BASE_AMOUNT: Record<Source, number> = { central: 450e6, provincial: 350e6, district: 300e6, commune: 60e6, other: 150e6 };
const YEAR_FACTOR: Record<number, number> = { 2019: 0.55, 2020: 0.7, 2021: 0.85, 2022: 1, 2023: 1.1, 2024: 1.2, 2025: 1.1, 2026: 1 };
/** Fewer events in the COVID-19 years, and 2026 is not over. */
const EVENT_FACTOR: Record<number, number> = { 2020: 0.5, 2021: 0.55, 2026: 0.9 };

function label(u: UnitRow): string {
  return `${u.type.toLocaleLowerCase('vi')} ${u.name}`;
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

export class DatasetGenerator {
  readonly calendar: RoundCalendar;
  private readonly faker = new Faker({ locale: [vi, base] });
  private readonly units: UnitIndex;
  private readonly seed: string;

  constructor(
    private readonly world: WorldInput,
    private readonly bases: IdBases,
  ) {
    this.units = world.units;
    this.seed = world.seed;
    this.calendar = new RoundCalendar(world.units, world.seed);
  }

  // ---------------------------------------------------------------- rows

  *rounds(): Generator<RowOf<'evaluation_round'>> {
    for (const r of this.calendar.rounds) {
      yield {
        id: this.bases.evaluation_round + r.id,
        level: r.level,
        year: r.year,
        sequence: r.sequence,
        unit_id: r.unitId,
        deadline: iso(r.deadline),
        held_on: iso(r.held),
      };
    }
  }

  *subjects(): Generator<RowOf<'subject'>> {
    for (const state of this.walk(false)) {
      for (const d of state.districts) {
        for (const s of d.subjects) {
          yield {
            id: s.id,
            code: s.code,
            name: s.name,
            type: s.type,
            enterprise_size: s.size,
            unit_id: s.unitId,
            registered_on: iso(s.registered),
            value_chain_linked: s.valueChain,
            representative: s.representative,
            phone: s.phone,
            illustrative: true,
          };
        }
      }
    }
  }

  *products(): Generator<RowOf<'product'>> {
    for (const state of this.walk(true)) {
      for (const d of state.districts) {
        for (const p of d.products) {
          const [group, sub] = SUB_GROUPS[p.item!.sub];
          yield {
            id: p.id,
            code: p.code,
            name: p.name!,
            product_group: group,
            sub_group: sub,
            subject_id: p.subject.id,
            unit_id: p.unitId!,
            status: p.history!.status,
            registered_on: p.fate.registered === null ? null : iso(p.fate.registered),
            illustrative: true,
          };
        }
      }
    }
  }

  *evaluations(): Generator<RowOf<'evaluation'>> {
    for (const { history, productId, evaluationIds } of this.histories()) {
      for (const [i, e] of history.evaluations.entries()) {
        yield {
          id: evaluationIds[i],
          round_id: this.bases.evaluation_round + e.round.id,
          product_id: productId,
          score_a: e.a,
          score_b: e.b,
          score_c: e.c,
          evaluated_on: iso(e.evaluatedOn),
          proposed_for_central: e.proposedForCentral,
          illustrative: true,
        };
      }
    }
  }

  *certificates(): Generator<RowOf<'certificate'>> {
    for (const { history, productId, evaluationIds, certificateIds } of this.histories()) {
      for (const [i, c] of history.certificates.entries()) {
        yield {
          id: certificateIds[i],
          evaluation_id: evaluationIds[c.evaluation],
          product_id: productId,
          level: c.level,
          stars: c.stars,
          decision_number: c.decisionNumber,
          decided_on: iso(c.decided),
          revoked_on: c.revoked === null ? null : iso(c.revoked),
          revocation_reason: c.revocationReason,
          illustrative: true,
        };
      }
    }
  }

  /** Status and registration date of the named products, from their drawn histories. */
  namedOutcomes(): { id: number; status: string; registered_on: string | null }[] {
    return (this.world.named ?? []).flatMap((named) => {
      const district = this.world.provinces.flatMap((p) => p.province.districts).find((d) => d.id === named.districtId);
      if (!district) return [];
      const { status, registered } = this.drawNamed(named, district);
      return [{ id: named.productId, status, registered_on: registered === null ? null : iso(registered) }];
    });
  }

  private drawNamed(named: NamedProduct, district: District): History {
    const builder = new HistoryBuilder(this.calendar, district, new Rng(`${this.seed}/named/${named.productId}`));
    named.history(builder);
    return builder.build();
  }

  /**
   * Budget allocations, or their disbursements. Each allocation's disbursements come
   * from its own random stream, so either table can be produced without the other.
   */
  *budget<T extends 'budget_allocation' | 'disbursement'>(table: T): Generator<RowOf<T>> {
    const ids = { allocation: this.bases.budget_allocation, disbursement: this.bases.disbursement };
    for (const state of this.walk(false)) {
      for (const item of this.provinceBudget(state, ids, table === 'disbursement')) if (item.table === table) yield item.row as RowOf<T>;
    }
  }

  *trainingClasses(): Generator<RowOf<'training_class'>> {
    const ids = { training: this.bases.training_class };
    for (const { province, profile } of this.world.provinces) yield* this.provinceTraining(province, profile, ids);
  }

  /**
   * Promotion events, or their product or subject links. Links are drawn from each
   * event's own random stream (and need the products' histories); events alone do not.
   */
  *promotion<T extends 'promotion_event' | 'promotion_event_product' | 'promotion_event_subject'>(table: T): Generator<RowOf<T>> {
    const ids = { event: this.bases.promotion_event };
    const links = table !== 'promotion_event';
    for (const state of this.walk(links)) {
      for (const item of this.provinceEvents(state, ids, links)) if (item.table === table) yield item.row as RowOf<T>;
    }
  }

  *salesPoints(): Generator<RowOf<'sales_point'>> {
    const ids = { salesPoint: this.bases.sales_point };
    for (const state of this.walk(false)) yield* this.provinceSalesPoints(state, ids);
  }

  // ---------------------------------------------------------------- products

  private *histories(): Generator<{ productId: number; history: History; evaluationIds: number[]; certificateIds: number[]; named: boolean }> {
    for (const state of this.walk(true)) {
      for (const n of state.named)
        yield { productId: n.named.productId, history: n.history, evaluationIds: n.evaluationIds, certificateIds: n.certificateIds, named: true };
      for (const d of state.districts) {
        for (const p of d.products) {
          yield { productId: p.id, history: p.history!, evaluationIds: p.evaluationIds!, certificateIds: p.certificateIds!, named: false };
        }
      }
    }
  }

  /** Province by province: fates, subjects and product ids; with `histories`, names and evaluation histories too. */
  private *walk(histories: boolean): Generator<ProvinceState> {
    const ids = { subject: this.bases.subject, product: this.bases.product, evaluation: this.bases.evaluation, certificate: this.bases.certificate };
    const namesByNewUnit = new Map<number, Set<string>>();
    for (const entry of this.world.provinces) {
      const state = this.planProvince(entry.province, entry.profile, ids);
      if (histories) {
        for (const named of this.world.named ?? []) {
          const district = entry.province.districts.find((d) => d.id === named.districtId);
          if (!district) continue;
          const history = this.drawNamed(named, district);
          state.named.push({
            named,
            history,
            evaluationIds: history.evaluations.map(() => ++ids.evaluation),
            certificateIds: history.certificates.map(() => ++ids.certificate),
          });
        }
        for (const d of state.districts) this.drawDistrict(state, d, ids, namesByNewUnit);
      }
      yield state;
    }
  }

  private planProvince(province: Province, profile: ProvinceProfile, ids: { subject: number; product: number }): ProvinceState {
    const rng = new Rng(`${this.seed}/plan/${province.key}`);
    const districts = province.districts;
    const weights = districts.map((d) => profile.districtWeights?.[d.code] ?? Math.max(3, d.communes.length));
    const fates: ProductFate[][] = districts.map(() => []);
    const counter = new FractionalCounter(rng.next());
    // Expected (possibly fractional) province total → integer counts per district.
    const spread = (expected: number, fixed?: Readonly<Record<string, number>>): number[] => {
      const fixedCounts = districts.map((d) => fixed?.[d.code]);
      const total = counter.take(expected);
      const fixedSum = fixedCounts.reduce<number>((s, n) => s + (n ?? 0), 0);
      const jittered = weights.map((w, i) => (fixedCounts[i] === undefined ? w * (0.75 + 0.5 * rng.next()) : 0));
      const rest = apportion(Math.max(0, total - fixedSum), jittered);
      return rest.map((n, i) => fixedCounts[i] ?? n);
    };
    const firstSitting = (d: District, slot: number) => {
      const r = this.calendar.slot(d, slot);
      return (r.district ?? r.province).held;
    };
    const randomDayIn = (year: number) => Math.min(TODAY - 3, ymd(year, 1, 1) + rng.int(0, 364));

    for (const [i, year] of YEARS.entries()) {
      const certified = spread(profile.newCertified[i], profile.districtNew?.[year]);
      const half = new FractionalCounter(rng.next());
      certified.forEach((n, d) => {
        const inFirst = half.take(n * profile.firstHalf[i]);
        for (let k = 0; k < n; k++) {
          const slot = slotOf(year, k < inFirst ? 1 : 2);
          const firstSlot = slot >= 2 && rng.chance(profile.rates.failedFirst) ? slot - rng.int(1, 2) : slot;
          const stars = rng.chance(profile.fourStar) ? 4 : 3;
          const fate: ProductFate = { kind: 'certified', slot, firstSlot, stars, registered: firstSitting(districts[d], firstSlot) - rng.int(40, 200) };
          if (profile.fiveStarShare && stars === 4 && rng.chance(profile.fiveStarShare)) {
            const central = Object.keys(CENTRAL_ROUNDS)
              .map(Number)
              .find((y) => y > year);
            if (central !== undefined) fate.fiveStarSlot = slotOf(central, 1);
          }
          fates[d].push(fate);
        }
      });
      spread(profile.rated[i]).forEach((n, d) => {
        for (let k = 0; k < n; k++) {
          const slot = slotOf(year, rng.chance(0.5) ? 1 : 2);
          const firstSlot = slot >= 2 && rng.chance(profile.rates.failedTwice) ? slot - 2 : slot;
          fates[d].push({ kind: 'rated', slot, firstSlot, stars: 3, registered: firstSitting(districts[d], firstSlot) - rng.int(40, 200) });
        }
      });
      spread(profile.registered[i]).forEach((n, d) => {
        for (let k = 0; k < n; k++) fates[d].push({ kind: 'registered', slot: 0, firstSlot: 0, stars: 3, registered: randomDayIn(year) });
      });
    }
    spread(profile.ideas).forEach((n, d) => {
      for (let k = 0; k < n; k++) fates[d].push({ kind: 'idea', slot: 0, firstSlot: 0, stars: 3, registered: null });
    });
    for (const five of profile.fiveStars ?? []) {
      const d = districts.findIndex((x) => x.code === five.district);
      if (d < 0) continue;
      const slot = slotOf(five.fourYear, 1);
      fates[d].push({
        kind: 'certified',
        slot,
        firstSlot: slot,
        stars: 4,
        fiveStarSlot: slotOf(five.fiveYear, 1),
        core: five.core,
        registered: firstSitting(districts[d], slot) - rng.int(60, 200),
      });
    }

    let subjectSeq = 0;
    const state: ProvinceState = { province, profile, districts: [], named: [] };
    districts.forEach((district, d) => {
      const list = rng.shuffle(fates[d]);
      const subjects: SubjectDraft[] = [];
      const products: ProductDraft[] = [];
      const srng = new Rng(`${this.seed}/subjects/${district.key}`);
      this.faker.seed(hash32(`${this.seed}/subjects/${district.key}`));
      for (let i = 0; i < list.length; ) {
        const group = list.slice(i, i + srng.weighted(profile.productsPerSubject));
        i += group.length;
        const subject = this.describeSubject(srng, province, district, profile, group, ids, ++subjectSeq);
        subjects.push(subject);
        for (const fate of group) {
          products.push({ id: ++ids.product, code: `SP-${district.code}-${String(products.length + 1).padStart(4, '0')}`, fate, subject });
        }
      }
      state.districts.push({ district, subjects, products });
    });
    return state;
  }

  private pickItem(rng: Rng, district: District, type: SubjectType): Item {
    const local = LOCAL_SPECIALITIES[district.code] ?? [];
    if (local.length && rng.chance(0.6)) {
      const item = rng.pick(local);
      if (!(type === 'household' && item.sub === 'tour')) return item;
    }
    let group = rng.weighted(GROUP_WEIGHTS);
    if (type === 'household' && group === 'tourism') group = 'food';
    return rng.pick(GENERIC_BY_GROUP.get(group)!);
  }

  private describeSubject(
    rng: Rng,
    province: Province,
    district: District,
    profile: ProvinceProfile,
    fates: ProductFate[],
    ids: { subject: number },
    seq: number,
  ): SubjectDraft {
    const type = rng.weighted(profile.subjectMix);
    const home = district.communes.length ? rng.pick(district.communes) : district;
    const forced = fates.find((f) => f.core)?.core;
    const line = (forced && (LOCAL_SPECIALITIES[district.code] ?? []).find((i) => i.core === forced)) || this.pickItem(rng, district, type);
    const registeredDays = fates.map((f) => f.registered).filter((d): d is Day => d !== null);
    const registered = registeredDays.length ? Math.max(ymd(1995, 1, 1), Math.min(...registeredDays) - rng.int(60, 2500)) : TODAY - rng.int(20, 600);
    const commune = home.level === 'commune' ? placeWord(home.name) : undefined;
    const ctx: NameContext = { district: placeWord(district.name) ?? province.name, commune, brand: brand(rng) };
    const person = personName(this.faker);
    return {
      id: ++ids.subject,
      code: `CT-${province.code}-${String(seq).padStart(5, '0')}`,
      name: subjectName(type, line, ctx, person, rng),
      type,
      size:
        type === 'enterprise'
          ? rng.weighted<'micro' | 'small' | 'medium'>([
              ['micro', 55],
              ['small', 35],
              ['medium', 10],
            ])
          : null,
      home,
      unitId: this.units.unitAt(home.id, registered),
      registered,
      valueChain: rng.chance(type === 'cooperative' || type === 'enterprise' ? 0.22 : 0.05),
      representative: person,
      phone: mobilePhone(rng),
      line,
      brand: ctx.brand,
      commune,
    };
  }

  private drawDistrict(
    state: ProvinceState,
    d: DistrictState,
    ids: { evaluation: number; certificate: number },
    namesByNewUnit: Map<number, Set<string>>,
  ): void {
    const { district } = d;
    const local = new Set(LOCAL_SPECIALITIES[district.code] ?? []);
    const taken = new Set((this.world.named ?? []).filter((n) => n.districtId === district.id).map((n) => nameKey(n.name)));
    const rng = new Rng(`${this.seed}/names/${district.key}`);
    const districtWord = placeWord(district.name) ?? state.province.name;
    const seen = new Set<SubjectDraft>();
    for (const p of d.products) {
      const s = p.subject;
      const first = !seen.has(s);
      seen.add(s);
      const item = p.fate.core || first || rng.chance(0.6) ? s.line : this.pickItem(rng, district, s.type);
      const unitId = this.units.unitAt(s.home.id, p.fate.registered ?? TODAY);
      let newUnitNames: Set<string> | undefined;
      if (this.units.get(unitId).isNew) {
        newUnitNames = namesByNewUnit.get(unitId);
        if (!newUnitNames) namesByNewUnit.set(unitId, (newUnitNames = new Set()));
      }
      const name = productName(item, { district: districtWord, commune: s.commune, brand: s.brand }, local.has(item), rng, (n) => {
        const k = nameKey(n);
        return taken.has(k) || (newUnitNames?.has(k) ?? false);
      });
      taken.add(nameKey(name));
      newUnitNames?.add(nameKey(name));
      const hrng = new Rng(`${this.seed}/history/${p.code}`);
      const history = drawHistory(new HistoryBuilder(this.calendar, district, hrng), p.fate, state.profile.rates, hrng);
      Object.assign(p, {
        item,
        name,
        unitId,
        history,
        evaluationIds: history.evaluations.map(() => ++ids.evaluation),
        certificateIds: history.certificates.map(() => ++ids.certificate),
      });
    }
  }

  // ---------------------------------------------------------------- budgets

  private *provinceBudget(state: ProvinceState, ids: { allocation: number; disbursement: number }, withDisbursements: boolean): Generator<Tagged> {
    const { province, profile } = state;
    const rng = new Rng(`${this.seed}/budget/${province.key}`);
    const counter = new FractionalCounter(rng.next());
    const weights = state.districts.map((d) => profile.districtWeights?.[d.district.code] ?? Math.max(3, d.district.communes.length));
    const meanWeight = weights.reduce((s, w) => s + w, 0) / Math.max(1, weights.length);
    const planLines = (this.world.planBudgets ?? []).filter((b) => b.recipientUnitId === province.id && b.amount > 0);
    const allSubjects = state.districts.flatMap((d) => d.subjects);

    const allocation = (
      row: Omit<RowOf<'budget_allocation'>, 'id' | 'illustrative' | 'plan_id'>,
    ): { table: 'budget_allocation'; row: RowOf<'budget_allocation'> } => ({
      table: 'budget_allocation',
      row: { id: ++ids.allocation, plan_id: null, ...row, illustrative: true },
    });
    const disburse = function* (
      this: DatasetGenerator,
      allocationId: number,
      amount: number,
      year: number,
      unitId: number,
      lagging: boolean,
      subjects: readonly SubjectDraft[],
    ): Generator<Tagged> {
      if (!withDisbursements) return;
      const rng = new Rng(`${this.seed}/disbursements/${allocationId}/${unitId}`);
      const [lo, hi] = profile.budget.disbursementsPerAllocation;
      const n = rng.int(lo, hi);
      let share = lagging ? rng.around(0.48, 0.12, 0.3, 0.6) : rng.around(0.93, 0.07, 0.8, 1);
      if (year === 2026) share *= 0.78;
      const start = ymd(year, 3, 1);
      const end = Math.min(ymd(year, 12, 28), TODAY);
      const parts = Array.from({ length: n }, () => ({ weight: 0.5 + rng.next(), day: start + rng.int(0, end - start) }));
      parts.sort((a, b) => a.day - b.day);
      const totalWeight = parts.reduce((s, p) => s + p.weight, 0);
      for (const part of parts) {
        const value = Math.floor((amount * share * part.weight) / totalWeight / 1000) * 1000;
        if (value <= 0) continue;
        const subject = subjects.length && rng.chance(0.3) ? rng.pick(subjects) : null;
        yield {
          table: 'disbursement',
          row: {
            id: ++ids.disbursement,
            allocation_id: allocationId,
            disbursed_on: iso(part.day),
            unit_id: this.units.unitAt(unitId, part.day),
            amount: value,
            activity: subject ? rng.pick(SUBJECT_SUPPORT) : rng.pick(SPENDING_ACTIVITIES),
            subject_id: subject?.id ?? null,
            illustrative: true,
          },
        };
      }
    }.bind(this);

    for (const year of YEARS) {
      const factor = YEAR_FACTOR[year] * profile.budget.amountScale;
      const note = () => (rng.chance(0.5) ? `Phân bổ theo Quyết định số ${rng.int(100, 3500)}/QĐ-UBND` : null);
      if (year <= 2025) {
        const covered = new Set(planLines.filter((b) => b.year === year).map((b) => b.source));
        const lagging = state.districts.map((d) => (profile.budget.laggards?.[year]?.includes(d.district.code) ?? false) || rng.chance(profile.budget.lagging));
        for (const [i, d] of state.districts.entries()) {
          for (const source of ['central', 'provincial', 'district', 'commune', 'other'] as const) {
            if (source === 'commune' && !rng.chance(0.3)) continue;
            if (source === 'other' && !rng.chance(0.2)) continue;
            if (covered.has(source)) continue;
            for (let k = counter.take(profile.budget.allocationsPerSlot); k > 0; k--) {
              const amount = roundTo(BASE_AMOUNT[source] * factor * (weights[i] / meanWeight) * rng.around(1, 0.3, 0.5, 1.6), 1e6);
              const a = allocation({ year, source, amount, recipient_unit_id: d.district.id, activity: BUDGET_ACTIVITY[source](year), note: note() });
              yield a;
              yield* disburse(a.row.id!, amount, year, d.district.id, lagging[i], d.subjects);
            }
          }
        }
        if (!covered.has('provincial')) {
          for (let k = counter.take(profile.budget.allocationsPerSlot); k > 0; k--) {
            const amount = roundTo(1.2e9 * factor * rng.around(1, 0.25), 1e6);
            const a = allocation({
              year,
              source: 'provincial',
              amount,
              recipient_unit_id: province.id,
              note: note(),
              activity: `Kinh phí cấp tỉnh tổ chức đánh giá, phân hạng và xúc tiến thương mại sản phẩm OCOP năm ${year}`,
            });
            yield a;
            yield* disburse(a.row.id!, amount, year, province.id, false, []);
          }
        }
        // A plan's own budget lines are spent in its districts.
        for (const line of planLines.filter((b) => b.year === year)) {
          const parts = apportion(Math.floor(line.amount / 1e6), weights);
          for (const [i, d] of state.districts.entries()) {
            if (parts[i] > 0) yield* disburse(line.id, parts[i] * 1e6, year, d.district.id, lagging[i], d.subjects);
          }
        }
      } else {
        // After the reform: the new province and its communes receive the money.
        const successor = province.successor;
        for (const source of ['central', 'provincial'] as const) {
          for (let k = counter.take((profile.budget.allocationsPerSlot * state.districts.length) / 3); k > 0; k--) {
            const amount = roundTo(BASE_AMOUNT[source] * 3 * factor * rng.around(1, 0.3, 0.5, 1.6), 1e6);
            const a = allocation({
              year,
              source,
              amount,
              recipient_unit_id: successor.id,
              note: note(),
              activity: `${BUDGET_ACTIVITY[source](year)} (địa bàn ${label(province)} cũ)`,
            });
            yield a;
            const lagging = rng.chance(profile.budget.lagging);
            yield* disburse(a.row.id!, amount, year, successor.id, lagging, allSubjects);
          }
        }
        for (const d of state.districts) {
          if (!d.district.communes.length || !rng.chance(0.35)) continue;
          const commune = this.units.get(this.units.unitAt(rng.pick(d.district.communes).id, TODAY));
          if (commune.level !== 'commune') continue;
          for (let k = counter.take(profile.budget.allocationsPerSlot); k > 0; k--) {
            const amount = roundTo(BASE_AMOUNT.commune * 1.5 * factor * rng.around(1, 0.3, 0.5, 1.6), 1e6);
            const a = allocation({ year, source: 'commune', amount, recipient_unit_id: commune.id, activity: BUDGET_ACTIVITY.commune(year), note: note() });
            yield a;
            const lagging = rng.chance(profile.budget.lagging);
            yield* disburse(a.row.id!, amount, year, commune.id, lagging, d.subjects);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- training

  private planFor(unitId: number, day: Day): number | null {
    const plan = (this.world.plans ?? []).find((p) => p.issuerUnitId === unitId && p.periodStart <= day && day <= p.periodEnd);
    return plan?.id ?? null;
  }

  private *provinceTraining(province: Province, profile: ProvinceProfile, ids: { training: number }): Generator<RowOf<'training_class'>> {
    const rng = new Rng(`${this.seed}/training/${province.key}`);
    const perProvince = new FractionalCounter(rng.next());
    const perDistrict = new FractionalCounter(rng.next());
    const organiser = (unit: UnitRow, day: Day, topic: string): string => {
      if (unit.level === 'district') {
        return rng.chance(0.5) ? `UBND ${label(unit)}` : `Phòng ${unit.type === 'Huyện' ? 'Nông nghiệp và PTNT' : 'Kinh tế'} ${label(unit)}`;
      }
      if (day >= REFORM_DAY) return `Sở Nông nghiệp và Môi trường ${label(province.successor)}`;
      if (/thương mại điện tử/.test(topic)) return `Sở Công Thương ${label(province)}`;
      return rng.chance(0.6) ? `Văn phòng Điều phối nông thôn mới ${label(province)}` : `Sở Nông nghiệp và Phát triển nông thôn ${label(province)}`;
    };
    const make = (unit: UnitRow, year: number, o: Partial<TrainingOverride>): RowOf<'training_class'> => {
      const lastMonth = year === 2026 ? 10 : unit.level === 'district' && year === 2025 ? 6 : 12;
      const starts = ymd(year, o.month ?? rng.int(3, lastMonth), rng.int(1, 24));
      const topics = TRAINING_TOPICS.filter((t) => t[2] <= year && (!o.audience || t[1] === o.audience));
      const [topic, audience] = o.topic ? [o.topic, o.audience!] : rng.pick(topics.length ? topics : TRAINING_TOPICS);
      const planned = o.planned ?? (audience === 'cadres' ? rng.int(30, 60) : rng.int(40, 80));
      const actual = o.actual ?? Math.max(10, Math.round(planned * rng.around(0.97, 0.1)));
      const atUnit = this.units.get(this.units.unitAt(unit.id, starts));
      const planKey = o.plan;
      const planId = planKey ? ((this.world.plans ?? []).find((p) => p.key === planKey)?.id ?? null) : this.planFor(unit.id, starts);
      return {
        id: ++ids.training,
        organiser: organiser(atUnit, starts, topic),
        topic,
        audience,
        unit_id: atUnit.id,
        starts_on: iso(starts),
        ends_on: iso(starts + rng.int(audience === 'cadres' ? 0 : 1, 2)),
        planned_learners: planned,
        actual_learners: actual,
        cost: roundTo(planned * rng.int(450, 900) * 1000 + 15e6, 1e5),
        plan_id: planId,
        illustrative: true,
      };
    };
    const districtByCode = (code: string | null | undefined) => (code ? province.districts.find((d) => d.code === code) : undefined);
    for (const year of YEARS) {
      const whole = profile.training.overrides?.[String(year)];
      if (whole) {
        for (const o of whole) yield make(districtByCode(o.district) ?? province, year, o);
        continue;
      }
      for (let k = perProvince.take(profile.training.perProvinceYear); k > 0; k--) yield make(province, year, {});
      if (year > 2025) continue;
      for (const d of province.districts) {
        const fixed = profile.training.overrides?.[`${year}/${d.code}`];
        if (fixed) {
          for (const o of fixed) yield make(d, year, o);
          continue;
        }
        for (let k = perDistrict.take(profile.training.perDistrictYear); k > 0; k--) yield make(d, year, {});
      }
    }
  }

  // ---------------------------------------------------------------- promotion

  private *provinceEvents(state: ProvinceState, ids: { event: number }, withLinks: boolean): Generator<Tagged> {
    const { province, profile } = state;
    const rng = new Rng(`${this.seed}/events/${province.key}`);
    const counter = new FractionalCounter(rng.next());
    // Products that can be shown: those with a valid certificate on the event's first day.
    const pool: { id: number; subjectId: number; valid: [Day, Day][] }[] = [];
    const validity = (h: History): [Day, Day][] => h.certificates.map((c) => [c.decided, Math.min(expiryOf(c.decided), c.revoked ?? Infinity)] as [Day, Day]);
    if (withLinks) {
      for (const n of state.named)
        if (n.history.certificates.length) pool.push({ id: n.named.productId, subjectId: n.named.subjectId, valid: validity(n.history) });
      for (const d of state.districts) {
        for (const p of d.products) if (p.history!.certificates.length) pool.push({ id: p.id, subjectId: p.subject.id, valid: validity(p.history!) });
      }
    }

    for (const year of YEARS) {
      const specs: { scope: Scope; signature?: NonNullable<ProvinceProfile['events']['signature']>[number] }[] = [];
      for (const sig of profile.events.signature ?? []) if (sig.fromYear <= year) specs.push({ scope: sig.scope, signature: sig });
      const fixed = profile.events.scopeOverrides?.[year];
      if (fixed) {
        for (const scope of ['in_province', 'out_of_province', 'international'] as const) {
          const n = fixed[scope] - specs.filter((s) => s.scope === scope).length;
          for (let k = 0; k < n; k++) specs.push({ scope });
        }
      } else {
        for (let k = counter.take(profile.events.perProvinceYear * (EVENT_FACTOR[year] ?? 1)); k > 0; k--) {
          specs.push({
            scope: rng.weighted<Scope>([
              ['in_province', 50],
              ['out_of_province', 38],
              ['international', 12],
            ]),
          });
        }
      }
      for (const spec of specs) yield* this.event(rng, state, year, spec, withLinks ? pool : null, ids);
    }
  }

  private *event(
    rng: Rng,
    state: ProvinceState,
    year: number,
    spec: { scope: Scope; signature?: NonNullable<ProvinceProfile['events']['signature']>[number] },
    pool: readonly { id: number; subjectId: number; valid: [Day, Day][] }[] | null,
    ids: { event: number },
  ): Generator<Tagged> {
    const { province } = state;
    const covid = year === 2020 || year === 2021;
    const sig = spec.signature;
    const lastMonth = year === 2026 ? 10 : 12;
    // The first products were only certified in mid-2019.
    const month = sig?.month ?? rng.int(year === 2019 ? 7 : 1, lastMonth);
    const starts = Math.min(ymd(year, month, rng.int(1, 24)), TODAY - 10);
    const after = starts >= REFORM_DAY;
    const provinceLabel = label(after ? province.successor : province);
    const host = sig?.district ? province.districts.find((d) => d.code === sig.district) : undefined;
    let kind: EventKind;
    let name: string;
    let location: string;
    if (sig) {
      kind = covid && sig.kind !== 'online' ? 'online' : sig.kind;
      name = covid && sig.kind !== 'online' ? `${sig.name(year)} (trực tuyến)` : sig.name(year);
      location = kind === 'online' ? 'Trực tuyến' : sig.location;
    } else if (spec.scope === 'international') {
      kind = rng.chance(0.5) ? 'fair' : 'exhibition';
      const [n, where] = rng.pick(INTERNATIONAL_EVENTS);
      name = `${n} năm ${year}`;
      location = where;
    } else if (spec.scope === 'out_of_province') {
      kind = rng.weighted<typeof kind>([
        ['fair', 60],
        ['exhibition', 30],
        ['conference', 10],
      ]);
      const city = rng.pick(OUT_OF_PROVINCE_CITIES);
      name = {
        fair: rng.chance(0.5) ? `Tuần hàng sản phẩm OCOP ${provinceLabel} tại ${city}` : `Hội chợ sản phẩm OCOP và đặc sản vùng miền năm ${year}`,
        exhibition: `Không gian trưng bày sản phẩm OCOP ${provinceLabel} tại ${city}`,
        conference: `Hội nghị kết nối giao thương sản phẩm OCOP ${provinceLabel} tại ${city}`,
        online: '',
      }[kind];
      location = city;
    } else {
      kind = rng.weighted<typeof kind>(
        covid
          ? [
              ['fair', 20],
              ['exhibition', 10],
              ['conference', 20],
              ['online', 50],
            ]
          : [
              ['fair', 45],
              ['exhibition', 15],
              ['conference', 15],
              ['online', 25],
            ],
      );
      name = {
        fair: `Hội chợ sản phẩm OCOP ${provinceLabel} năm ${year}`,
        exhibition: `Triển lãm sản phẩm OCOP và nông sản tiêu biểu ${provinceLabel} năm ${year}`,
        conference: `Hội nghị kết nối cung cầu sản phẩm OCOP ${provinceLabel} năm ${year}`,
        online: rng.chance(0.5)
          ? `Phiên livestream giới thiệu sản phẩm OCOP ${provinceLabel} trên sàn thương mại điện tử`
          : `Tuần lễ sản phẩm OCOP trực tuyến ${provinceLabel} năm ${year}`,
      }[kind];
      location = kind === 'online' ? 'Trực tuyến' : after ? province.successor.name : province.name;
    }
    const length = { fair: rng.int(3, 5), exhibition: rng.int(2, 6), conference: 0, online: rng.int(1, 14) }[kind];
    const ends = Math.min(starts + length, TODAY);
    const unitId = this.units.unitAt(host?.id ?? province.id, starts);
    const revenue = {
      fair: roundTo(rng.int(150, 2500) * 1e6, 1e6),
      exhibition: roundTo(rng.int(50, 800) * 1e6, 1e6),
      conference: rng.chance(0.35) ? null : roundTo(rng.int(20, 300) * 1e6, 1e6),
      online: roundTo(rng.int(20, 600) * 1e6, 1e6),
    }[kind];
    const id = ++ids.event;
    yield {
      table: 'promotion_event',
      row: { id, name, kind, scope: spec.scope, unit_id: unitId, location, starts_on: iso(starts), ends_on: iso(ends), revenue, illustrative: true },
    };
    if (!pool?.length) return;
    // Products shown: drawn from those with a valid certificate on the first day (sampling first, a scan when they are rare).
    const lrng = new Rng(`${this.seed}/event-links/${id}`);
    const [lo, hi] = { fair: [6, 20], exhibition: [4, 12], conference: [3, 8], online: [5, 15] }[kind];
    const wanted = lrng.int(lo, hi);
    const isValid = (p: (typeof pool)[number]) => p.valid.some(([from, to]) => from <= starts && starts <= to);
    const picked = new Set<number>();
    for (let tries = 0; picked.size < wanted && tries < wanted * 12; tries++) {
      const i = lrng.int(0, pool.length - 1);
      if (isValid(pool[i])) picked.add(i);
    }
    if (picked.size < wanted) {
      const valid = pool.flatMap((p, i) => (isValid(p) ? [i] : []));
      lrng.shuffle(valid);
      for (const i of valid) if (picked.size < wanted) picked.add(i);
    }
    const chosen = [...picked].sort((a, b) => a - b).map((i) => pool[i]);
    const subjects = new Set<number>();
    for (const p of chosen) {
      yield { table: 'promotion_event_product', row: { event_id: id, product_id: p.id } };
      subjects.add(p.subjectId);
    }
    for (const s of [...subjects].sort((a, b) => a - b)) yield { table: 'promotion_event_subject', row: { event_id: id, subject_id: s } };
  }

  // ---------------------------------------------------------------- sales points

  private *provinceSalesPoints(state: ProvinceState, ids: { salesPoint: number }): Generator<RowOf<'sales_point'>> {
    const { province, profile } = state;
    const rng = new Rng(`${this.seed}/sales/${province.key}`);
    const counter = new FractionalCounter(rng.next());
    const overrides = profile.salesPoints.overrides ?? [];
    const blocked = (year: number, code: string) => overrides.some((o) => o.year === year && (!o.district || o.district === code));
    const dayIn = (from: number, to: number) => Math.min(TODAY - 5, ymd(rng.int(from, to), rng.int(1, 12), rng.int(1, 28)));

    const point = (d: DistrictState, forced?: { status: 'new' | 'upgraded'; year: number }): RowOf<'sales_point'> => {
      let status =
        forced?.status ??
        rng.weighted<'existing' | 'upgraded' | 'new'>([
          ['existing', 30],
          ['upgraded', 20],
          ['new', 50],
        ]);
      let opened: Day | null = null;
      let upgraded: Day | null = null;
      if (status === 'new') {
        opened = forced ? ymd(forced.year, rng.int(3, 11), rng.int(1, 28)) : dayIn(2019, 2026);
        for (let t = 0; !forced && blocked(yearOf(opened), d.district.code) && t < 10; t++) opened = dayIn(2019, 2026);
        if (!forced && blocked(yearOf(opened), d.district.code)) status = 'existing';
      }
      if (status === 'upgraded') {
        opened = rng.chance(0.8) ? dayIn(2012, 2018) : null;
        upgraded = forced ? ymd(forced.year, rng.int(3, 11), rng.int(1, 28)) : dayIn(2019, 2026);
        for (let t = 0; !forced && blocked(yearOf(upgraded), d.district.code) && t < 10; t++) upgraded = dayIn(2019, 2026);
        if (!forced && blocked(yearOf(upgraded), d.district.code)) {
          status = 'existing';
          upgraded = null;
        }
      }
      if (status === 'existing' && opened === null) opened = rng.chance(0.8) ? dayIn(2012, 2018) : null;
      const home = d.district.communes.length ? rng.pick(d.district.communes) : d.district;
      const at = this.units.get(this.units.unitAt(home.id, Math.max(opened ?? 0, upgraded ?? 0) || null));
      const subject = d.subjects.length && rng.chance(0.4) ? rng.pick(d.subjects) : null;
      const where = placeWord(home.level === 'commune' ? home.name : undefined) ?? d.district.name;
      const name = subject
        ? `Cửa hàng giới thiệu sản phẩm OCOP ${subject.brand}`
        : rng.chance(0.7)
          ? `Điểm giới thiệu và bán sản phẩm OCOP ${where}`
          : `Gian hàng OCOP chợ ${where}`;
      const quarter = home.type === 'Xã' ? 'Thôn' : home.type === 'Phường' ? 'Khu phố' : 'Tổ dân phố';
      const address =
        home.level === 'commune' ? `${quarter} ${rng.pick(VILLAGES)}, ${label(home)}, ${label(d.district)}` : `${label(d.district)}, ${label(province)}`;
      return {
        id: ++ids.salesPoint,
        name,
        unit_id: at.id,
        status,
        opened_on: opened === null ? null : iso(opened),
        upgraded_on: upgraded === null ? null : iso(upgraded),
        address,
        subject_id: subject?.id ?? null,
        illustrative: true,
      };
    };

    for (const d of state.districts) {
      for (let k = counter.take(profile.salesPoints.perDistrict); k > 0; k--) yield point(d);
    }
    for (const o of overrides) {
      const candidates = o.district ? state.districts.filter((d) => d.district.code === o.district) : state.districts;
      for (let k = 0; k < o.new; k++) yield point(rng.pick(candidates), { status: 'new', year: o.year });
      for (let k = 0; k < o.upgraded; k++) yield point(rng.pick(candidates), { status: 'upgraded', year: o.year });
    }
  }
}
