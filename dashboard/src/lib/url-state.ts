// The view's state lives in the URL (path = screen, query = filters), so a
// link reproduces the view. Pure parse/serialise; the hook is in app/.
import { isIsoDate } from './date.ts';
import { isLang, type Lang } from './i18n.ts';
import { DEFAULT_PROVINCE, isProvinceCode } from './provinces.ts';

export type Screen = 'overview' | 'districts' | 'budget' | 'products' | 'training' | 'plans' | 'report' | 'entry' | 'approvals' | 'cycle';
export const SCREENS: readonly Screen[] = ['overview', 'districts', 'budget', 'products', 'training', 'plans', 'report', 'entry', 'approvals', 'cycle'];

export const SCREEN_PATHS: Record<Screen, string> = {
  overview: '/',
  districts: '/so-sanh-huyen',
  budget: '/ngan-sach',
  products: '/san-pham',
  training: '/dao-tao-xuc-tien',
  plans: '/ke-hoach',
  report: '/bao-cao',
  entry: '/nhap-lieu',
  approvals: '/phe-duyet',
  cycle: '/chu-trinh-ocop',
};

export function screenOfPath(pathname: string): Screen | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/index.html' || path === '/tong-quan') return 'overview';
  return SCREENS.find((s) => SCREEN_PATHS[s] === path) ?? null;
}

export type Denominator = 'none' | 'communes' | 'subjects';

/** Periods of the periodic report (the API's ReportPeriodCode). */
export type ReportPeriod = 'year' | 'nine_months' | 'half_year' | 'quarter' | 'month';
export const REPORT_PERIODS: readonly ReportPeriod[] = ['year', 'nine_months', 'half_year', 'quarter', 'month'];
const DENOMINATORS: readonly Denominator[] = ['none', 'communes', 'subjects'];

/**
 * How figures are placed on units: as recorded (each record in the unit it
 * was entered against and every unit above it or that took it over), on the
 * map before 1 July 2025 (old provinces and districts), or on today's map
 * (the 34 provinces and their communes). docs/administration.md §2.
 */
export type UnitMap = 'recorded' | 'old' | 'today';
const UNIT_MAPS: readonly UnitMap[] = ['recorded', 'old', 'today'];

export type PeriodKind = 'month' | 'quarter';
/** The approval screen's list: a stage of the reporting periods, those overdue, or all (null: those needing action). */
export type StageFilter = 'in_progress' | 'awaiting_submission' | 'awaiting_approval' | 'returned' | 'approved' | 'overdue' | 'all';
export const STAGE_FILTERS: readonly StageFilter[] = ['awaiting_submission', 'awaiting_approval', 'returned', 'approved', 'overdue', 'in_progress', 'all'];

/** The OCOP cycle screen's sub-views (which ones a user gets follows their role). */
export type CycleView = 'queue' | 'rounds' | 'sheets' | 'checks' | 'pipeline';
export const CYCLE_VIEWS: readonly CycleView[] = ['queue', 'rounds', 'sheets', 'checks', 'pipeline'];

export interface ViewState {
  lang: Lang;
  /** Pre-2025 GSO code of the province. */
  province: string;
  /** Plan id (overview, plans); null: the province's latest plan. */
  plan: number | null;
  /** As-of date; null: the default (the plan's period end if past, else today). */
  asOf: string | null;
  /** Year of the figures (districts, budget, training); null: from the plan or as-of date. */
  year: number | null;
  /** Metric id of the district comparison. */
  metric: string | null;
  /** minStars parameter of star metrics. */
  stars: number | null;
  denom: Denominator;
  /** Drilled-into district (GSO code), or commune on today's map. */
  district: string | null;
  /** Product search text. */
  q: string;
  /** Product shown in detail. */
  product: number | null;
  /** Table sort: "column" or "-column" for descending. */
  sort: string | null;
  /** The map figures are read by. */
  map: UnitMap;
  /** Count only records of approved periods. */
  approved: boolean;
  /** Months or quarters (approval screen). */
  kind: PeriodKind;
  /** Periods listed (approval screen); null: those needing action. */
  stage: StageFilter | null;
  /** Period of the periodic report (yearly by default). */
  period: ReportPeriod;
  /** Month the report's period ends in (monthly, quarterly, six-monthly). */
  month: number | null;
  /** Sub-view of the OCOP cycle screen; null: the first the user's role has. */
  view: CycleView | null;
  /** Council round shown (OCOP cycle). */
  round: number | null;
  /** Dossier shown (OCOP cycle). */
  dossier: number | null;
}

export const DEFAULT_STATE: ViewState = {
  lang: 'vi',
  province: DEFAULT_PROVINCE,
  plan: null,
  asOf: null,
  year: null,
  metric: null,
  stars: null,
  denom: 'none',
  district: null,
  q: '',
  product: null,
  sort: null,
  map: 'recorded',
  approved: false,
  kind: 'month',
  stage: null,
  period: 'year',
  month: null,
  view: null,
  round: null,
  dossier: null,
};

function positiveInt(value: string | null, max = Number.MAX_SAFE_INTEGER): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 && n <= max ? n : null;
}

/** Reads the state from a query string; anything invalid falls back to its default. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const province = p.get('province');
  const asOf = p.get('asOf');
  const year = positiveInt(p.get('year'), 2100);
  const stars = positiveInt(p.get('stars'), 5);
  const denom = p.get('denom') as Denominator | null;
  const metric = p.get('metric');
  const district = p.get('district');
  const sort = p.get('sort');
  const map = p.get('map') as UnitMap | null;
  const stage = p.get('stage') as StageFilter | null;
  const period = p.get('period') as ReportPeriod | null;
  const view = p.get('view') as CycleView | null;
  return {
    lang: isLang(lang) ? lang : DEFAULT_STATE.lang,
    province: isProvinceCode(province) ? province : DEFAULT_STATE.province,
    plan: positiveInt(p.get('plan')),
    asOf: isIsoDate(asOf) ? asOf : null,
    year: year !== null && year >= 2000 ? year : null,
    metric: metric && /^[a-z0-9_]{1,60}$/.test(metric) ? metric : null,
    stars,
    denom: denom && DENOMINATORS.includes(denom) ? denom : DEFAULT_STATE.denom,
    district: district && /^\d{3}(\d{2})?$/.test(district) ? district : null,
    q: (p.get('q') ?? '').slice(0, 100),
    product: positiveInt(p.get('product')),
    sort: sort && /^-?[a-zA-Z]{1,30}$/.test(sort) ? sort : null,
    map: map && UNIT_MAPS.includes(map) ? map : DEFAULT_STATE.map,
    approved: p.get('approved') === '1',
    kind: p.get('kind') === 'quarter' ? 'quarter' : DEFAULT_STATE.kind,
    stage: stage && STAGE_FILTERS.includes(stage) ? stage : null,
    period: period && REPORT_PERIODS.includes(period) ? period : DEFAULT_STATE.period,
    month: positiveInt(p.get('month'), 12),
    view: view && CYCLE_VIEWS.includes(view) ? view : null,
    round: positiveInt(p.get('round')),
    dossier: positiveInt(p.get('dossier')),
  };
}

const ORDER: (keyof ViewState)[] = [
  'province',
  'map',
  'approved',
  'plan',
  'year',
  'asOf',
  'kind',
  'stage',
  'metric',
  'stars',
  'denom',
  'district',
  'q',
  'product',
  'sort',
  'period',
  'month',
  'view',
  'round',
  'dossier',
  'lang',
];

/** The query string of a state, defaults left out, keys in a stable order ("" when all default). */
export function serializeState(state: ViewState): string {
  const p = new URLSearchParams();
  for (const key of ORDER) {
    const value = state[key];
    if (value === null || value === undefined || value === '' || value === DEFAULT_STATE[key]) continue;
    p.set(key, value === true ? '1' : String(value));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The URL of a screen with a state. */
export function hrefOf(screen: Screen, state: ViewState): string {
  return SCREEN_PATHS[screen] + serializeState(state);
}

/**
 * State for another screen: the shared filters (province, dates, map,
 * approved data only, language) travel; what belongs to one screen
 * (drill-down, search, sort, the approval screen's periods) does not.
 */
export function carryState(state: ViewState): ViewState {
  return { ...state, district: null, product: null, q: '', sort: null, kind: 'month', stage: null, view: null, round: null, dossier: null };
}
