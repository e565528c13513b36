// How a target is named on a card: the metric's label in the language, with
// the parameters that tell two targets on the same metric apart.
import { AUDIENCE_LABELS, enumLabel, EVENT_SCOPE_LABELS, SALES_POINT_STATUS_LABELS, type Lang } from './i18n.ts';

export interface MetricLabel {
  labelVi: string;
  labelEn: string;
}

const LEVELS: Record<string, { vi: string; en: string }> = {
  district: { vi: 'cấp huyện', en: 'district level' },
  province: { vi: 'cấp tỉnh', en: 'provincial level' },
  central: { vi: 'cấp trung ương', en: 'national level' },
};

/** Short words for a target's parameters: "≥ 3★", "nâng cấp", "ngoài tỉnh"… */
export function paramWords(params: Record<string, unknown> | null | undefined, lang: Lang): string[] {
  if (!params) return [];
  const words: string[] = [];
  const min = typeof params.minStars === 'number' ? params.minStars : null;
  const max = typeof params.maxStars === 'number' ? params.maxStars : null;
  if (min !== null && max !== null) words.push(min === max ? `${min}★` : `${min}–${max}★`);
  else if (min !== null) words.push(min >= 5 ? '5★' : `≥ ${min}★`);
  else if (max !== null) words.push(`≤ ${max}★`);
  if (typeof params.status === 'string') words.push(enumLabel(SALES_POINT_STATUS_LABELS, params.status, lang).toLowerCase());
  if (typeof params.scope === 'string') words.push(enumLabel(EVENT_SCOPE_LABELS, params.scope, lang).toLowerCase());
  if (typeof params.audience === 'string') words.push(enumLabel(AUDIENCE_LABELS, params.audience, lang).toLowerCase());
  if (typeof params.level === 'string') words.push(LEVELS[params.level]?.[lang] ?? params.level);
  return words;
}

/** "Sản phẩm mới đạt OCOP (≥ 3★)". */
export function targetTitle(metric: MetricLabel, params: Record<string, unknown> | null | undefined, lang: Lang): string {
  const label = lang === 'vi' ? metric.labelVi : metric.labelEn;
  const words = paramWords(params, lang);
  return words.length ? `${label} (${words.join(', ')})` : label;
}

/** The unit a metric's values are in, from its id and roll-up (the catalogue has no unit field). */
export function metricUnit(metric: { id: string; rollup?: string | null }): 'count' | 'percent' | 'vnd' {
  if (metric.id.endsWith('_vnd')) return 'vnd';
  if (metric.rollup === 'ratio_of_sums' || metric.rollup === 'distinct_share') return 'percent';
  return 'count';
}

/** Metrics counted over certificates, which take a minimum number of stars. */
export const STAR_METRICS = ['certified_products', 'new_certified_products', 'upgraded_products', 'expiring_certificates'];
