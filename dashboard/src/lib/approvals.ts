// The approval screen's rules, pure: how a period is named, what a role may do
// at each stage (the hub decides; the screen offers only what it would allow),
// whose periods a user sees, and the unit × period grid.
import { canWrite, type Role } from './entry.ts';
import type { Lang } from './i18n.ts';
import { newProvinceOf } from './provinces.ts';
import type { PeriodKind, StageFilter } from './url-state.ts';

export type PeriodAction = 'submit' | 'approve' | 'return' | 'reopen';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "tháng 3/2026", "quý 1/2026" (vi); "March 2026", "Q1 2026" (en). */
export function periodLabel(kind: PeriodKind, year: number, number: number, lang: Lang): string {
  if (kind === 'quarter') return lang === 'vi' ? `quý ${number}/${year}` : `Q${number} ${year}`;
  return lang === 'vi' ? `tháng ${number}/${year}` : `${MONTHS_EN[number - 1]} ${year}`;
}

/** A grid column's heading: "T3", "Quý 1" (vi); "Mar", "Q1" (en). */
export function periodColumn(kind: PeriodKind, number: number, lang: Lang): string {
  if (kind === 'quarter') return lang === 'vi' ? `Quý ${number}` : `Q${number}`;
  return lang === 'vi' ? `T${number}` : MONTHS_EN[number - 1].slice(0, 3);
}

export function periodsInYear(kind: PeriodKind): number {
  return kind === 'quarter' ? 4 : 12;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The steps a role may take on a period at `stage`: the unit's officers submit, the province decides. */
export function actionsFor(role: Role | null | undefined, stage: string): PeriodAction[] {
  const decides = role === 'admin' || role === 'province_admin';
  switch (stage) {
    case 'awaiting_submission':
    case 'returned':
      return canWrite(role) ? ['submit'] : [];
    case 'awaiting_approval':
      return decides ? ['approve', 'return'] : [];
    case 'approved':
      return decides ? ['reopen'] : [];
    default:
      return [];
  }
}

/** Stages that wait for someone: the unit (submit, resubmit) or the province (decide). */
const NEEDING_ACTION = ['awaiting_submission', 'returned', 'awaiting_approval'];

/** Whether a period is listed under a filter (null: those needing action). */
export function matchesFilter(p: { stage: string; overdue: boolean }, filter: StageFilter | null): boolean {
  if (filter === null) return NEEDING_ACTION.includes(p.stage);
  if (filter === 'all') return true;
  if (filter === 'overdue') return p.overdue;
  return p.stage === filter;
}

/**
 * Whose periods a user sees: an officer's or a province administrator's own
 * unit (an abolished one read on its last day); a user without a unit, the
 * province of today that took over the view's province, which lists the old
 * districts for their periods and its communes since.
 */
export function approvalScope(unit: { code: string; validTo: string | null } | null | undefined, province: string): { unitCode: string; unitsAsOf?: string } {
  if (unit) return { unitCode: unit.code, ...(unit.validTo ? { unitsAsOf: unit.validTo } : {}) };
  return { unitCode: newProvinceOf(province).code };
}

export interface GridUnit {
  code: string;
  validTo: string | null;
}

export interface GridRow<P> {
  unit: P extends { unit: infer U } ? U : never;
  /** One cell per period of the year (index number − 1); null where the unit does not report it. */
  cells: (P | null)[];
}

/** The periods as a grid: one row per unit, in the order they first appear, one column per period of the year. */
export function periodGrid<P extends { unit: GridUnit; number: number }>(periods: readonly P[], columns: number): GridRow<P>[] {
  const rows = new Map<string, GridRow<P>>();
  for (const p of periods) {
    const key = `${p.unit.code}:${p.unit.validTo ?? ''}`;
    let row = rows.get(key);
    if (!row) {
      row = { unit: p.unit as GridRow<P>['unit'], cells: Array.from({ length: columns }, () => null) };
      rows.set(key, row);
    }
    if (p.number >= 1 && p.number <= columns) row.cells[p.number - 1] = p;
  }
  return [...rows.values()];
}
