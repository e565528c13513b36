// How a screen reads its province on the view's map: which code, on which day,
// and the map (mapOn) the API places records by (docs/administration.md §2).
// As recorded and on the old map the view's province is an old one; on
// today's map it stands for the province of today that took it over.
import { todayIso } from './date.ts';
import type { Lang } from './i18n.ts';
import { newProvinceLabel, newProvinceOf, PRE_REFORM_DAY, provinceName, REFORM_DAY, unitsAsOf } from './provinces.ts';
import type { UnitMap, ViewState } from './url-state.ts';

/** A province filter of the API's lists and analytics. */
export interface ProvinceScope {
  provinceCode: string;
  unitsAsOf?: string;
  mapOn?: string;
}

/** What a KPI, comparison or analytics figure is asked with besides its unit: the map and "approved data only". */
export interface FigureOptions {
  mapOn?: string;
  approvedOnly?: boolean;
}

type Reading = Pick<ViewState, 'province' | 'map'>;

/** The day whose map the API reads by; undefined as recorded. */
export function mapDay(map: UnitMap, today = todayIso()): string | undefined {
  if (map === 'old') return PRE_REFORM_DAY;
  return map === 'today' ? today : undefined;
}

/** The province's filter for figures as of `asOf`. */
export function provinceScope(state: Reading, asOf: string, today = todayIso()): ProvinceScope {
  if (state.map === 'today') return { provinceCode: newProvinceOf(state.province).code, mapOn: today };
  if (state.map === 'old') return { provinceCode: state.province, mapOn: PRE_REFORM_DAY };
  return { provinceCode: state.province, unitsAsOf: unitsAsOf(asOf) };
}

/**
 * The province's code for `kpis`, which reads a code on the figures' date:
 * the old province's before 1 July 2025, its successor's since.
 */
export function provinceCodeOn(state: Pick<ViewState, 'province'>, date: string): string {
  return date < REFORM_DAY ? state.province : newProvinceOf(state.province).code;
}

/** The map and "approved data only" as arguments, left out when they are the defaults (so requests stay the same). */
export function figureOptions(state: Pick<ViewState, 'map' | 'approved'>, today = todayIso()): FigureOptions {
  const mapOn = mapDay(state.map, today);
  return { ...(mapOn ? { mapOn } : {}), ...(state.approved ? { approvedOnly: true } : {}) };
}

/** The province as the view names it: "Bắc Giang (24)", or on today's map "Bắc Ninh (gồm Bắc Ninh và Bắc Giang cũ)". */
export function provinceTitle(state: Reading, lang: Lang): string {
  return state.map === 'today' ? newProvinceLabel(newProvinceOf(state.province), lang) : `${provinceName(state.province)} (${state.province})`;
}

/** Whether the units just below the province are communes (today's map) or districts. */
export function communeTier(map: UnitMap): boolean {
  return map === 'today';
}
