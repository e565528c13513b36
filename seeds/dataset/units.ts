// The administrative units the generators attach rows to, indexed for lookups:
// provinces → districts → communes of the pre-2025 system, and each old unit's
// 2025 successor (records dated from 1 July 2025 attach to the new units).
import { NEW_KEY_PREFIX, type SeedUnit } from '../admin-units/units.ts';
import { REFORM_DAY, type Day } from './dates.ts';

export interface UnitRow {
  id: number;
  key: string;
  code: string;
  name: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  parentId: number | null;
  successorId: number | null;
  /** True for units of the 2025 (2-level) system. */
  isNew: boolean;
}

export interface District extends UnitRow {
  province: Province;
  /** Pre-2025 communes, by code. Empty for Lý Sơn-like districts without a commune level. */
  communes: UnitRow[];
}

export interface Province extends UnitRow {
  districts: District[];
  /** The 2025 province that absorbed it. */
  successor: UnitRow;
}

export class UnitIndex {
  readonly byId = new Map<number, UnitRow>();
  readonly byKey = new Map<string, UnitRow>();
  /** Old provinces by code, each with its districts and communes. */
  readonly provinces: Province[] = [];
  readonly newProvinces: UnitRow[] = [];

  constructor(rows: readonly UnitRow[]) {
    for (const u of rows) {
      this.byId.set(u.id, u);
      this.byKey.set(u.key, u);
    }
    const children = new Map<number, UnitRow[]>();
    for (const u of rows) {
      if (u.parentId === null) continue;
      let list = children.get(u.parentId);
      if (!list) children.set(u.parentId, (list = []));
      list.push(u);
    }
    const byCode = (a: UnitRow, b: UnitRow) => a.code.localeCompare(b.code) || a.id - b.id;
    for (const p of rows.filter((u) => u.level === 'province' && !u.isNew).sort(byCode)) {
      const successor = p.successorId === null ? undefined : this.byId.get(p.successorId);
      if (!successor) throw new Error(`unit ${p.key}: no 2025 successor province`);
      const province: Province = { ...p, successor, districts: [] };
      for (const d of (children.get(p.id) ?? []).filter((u) => u.level === 'district').sort(byCode)) {
        const communes = (children.get(d.id) ?? []).filter((u) => u.level === 'commune').sort(byCode);
        province.districts.push({ ...d, province, communes });
      }
      this.provinces.push(province);
    }
    this.newProvinces.push(...rows.filter((u) => u.level === 'province' && u.isNew).sort(byCode));
  }

  get(id: number): UnitRow {
    const u = this.byId.get(id);
    if (!u) throw new Error(`unknown unit id ${id}`);
    return u;
  }

  /** The unit to record against on `day`: the unit itself before the 2025 reform, its successor after. */
  unitAt(unitId: number, day: Day | null): number {
    const u = this.get(unitId);
    if (u.isNew || day === null || day < REFORM_DAY) return u.id;
    return u.successorId ?? unitId;
  }

  province(code: string): Province {
    const p = this.provinces.find((x) => x.code === code);
    if (!p) throw new Error(`unknown province code ${code}`);
    return p;
  }
}

/** Units as the seed files describe them, numbered 1… in list order (for loaders that assign ids themselves). */
export function indexSeedUnits(units: readonly SeedUnit[]): { index: UnitIndex; rows: (UnitRow & SeedUnit)[] } {
  const ids = new Map(units.map((u, i) => [u.key, i + 1]));
  const rows = units.map((u, i) => ({
    ...u,
    id: i + 1,
    parentId: u.parentKey === null ? null : (ids.get(u.parentKey) ?? null),
    successorId: u.successorKey === null ? null : (ids.get(u.successorKey) ?? null),
    isNew: isNewKey(u.key),
  }));
  return { index: new UnitIndex(rows), rows };
}

export function isNewKey(key: string): boolean {
  return key.startsWith(NEW_KEY_PREFIX);
}
