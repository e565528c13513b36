// Number, money and percent formatting for both languages, through
// Intl.NumberFormat. Pure functions. Money arrives from the API as exact digit
// strings (the Vnd scalar) and is formatted as a BigInt, never through a
// double; only chart figures in tỷ đồng are rounded.
import type { Lang } from './i18n.ts';

/** No-break space: keeps "20.967.000.000 ₫" and "20,97 tỷ đồng" on one line. */
export const NBSP = '\u00a0';
export const DASH = '–';
const MISSING = '—';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en' };

const formatters = new Map<string, Intl.NumberFormat>();

/** The language's number format with at most `maxDigits` decimals (built once, then reused). */
function numberFormat(lang: Lang, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    // signDisplay "negative": a value that rounds to zero prints "0", not "-0".
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDigits, signDisplay: 'negative' });
    formatters.set(key, f);
  }
  return f;
}

/** A number with the language's grouping and decimal marks, at most `maxDigits` decimals. */
export function formatNumber(value: number | null | undefined, lang: Lang, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return numberFormat(lang, maxDigits).format(value);
}

/** A whole number given as digits, grouped exactly ("20967000000" → "20.967.000.000"); null when it is not one. */
export function formatInteger(digits: string | number | bigint, lang: Lang): string | null {
  const text = typeof digits === 'number' ? (Number.isFinite(digits) ? Math.round(digits).toString() : '') : digits.toString().trim();
  if (!/^-?\d+$/.test(text)) return null;
  return numberFormat(lang, 0).format(BigInt(text));
}

/** Exact đồng: "20967000000" → "20.967.000.000 ₫" (vi) or "20,967,000,000 ₫" (en). */
export function formatVnd(amount: string | number | bigint | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined || amount === '') return MISSING;
  const grouped = formatInteger(amount, lang);
  return grouped === null ? MISSING : `${grouped}${NBSP}₫`;
}

/** Đồng as a number of billions (tỷ), for chart axes. */
export function toBillions(amount: string | number | null | undefined): number | null {
  if (amount === null || amount === undefined || amount === '') return null;
  const n = typeof amount === 'number' ? amount : Number(amount);
  return Number.isFinite(n) ? n / 1e9 : null;
}

/** "20,97" (vi) / "20.97" (en): billions of đồng without the unit, for axis ticks. */
export function formatBillionsNumber(amount: string | number | null | undefined, lang: Lang, digits = 2): string {
  return formatNumber(toBillions(amount), lang, digits);
}

/** "20,97 tỷ đồng" (vi) / "20.97 billion ₫" (en). */
export function formatBillions(amount: string | number | null | undefined, lang: Lang, digits = 2): string {
  const n = toBillions(amount);
  if (n === null) return MISSING;
  return `${formatNumber(n, lang, digits)}${NBSP}${lang === 'vi' ? 'tỷ đồng' : 'billion ₫'}`;
}

/** A percentage given as a number of percent (35 means 35%): "35%", "35,5%". */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return `${formatNumber(value, lang, digits)}%`;
}

/** A fraction as a percentage (0.355 → "35,5%"). */
export function formatRatio(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return formatPercent(value * 100, lang, digits);
}

/** A target figure or range: "350", "25–30". */
export function formatRange(min: number | null | undefined, max: number | null | undefined, lang: Lang, digits = 2): string {
  if (min === null || min === undefined) return MISSING;
  if (max === null || max === undefined || max === min) return formatNumber(min, lang, digits);
  return `${formatNumber(min, lang, digits)}${DASH}${formatNumber(max, lang, digits)}`;
}

export type ValueUnit = 'count' | 'people' | 'percent' | 'vnd';

/** A value in a target's unit: counts as numbers, percent with "%", money in tỷ đồng. */
export function formatValue(value: number | null | undefined, unit: ValueUnit, lang: Lang): string {
  if (value === null || value === undefined) return MISSING;
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang);
    case 'vnd':
      return formatBillions(value, lang);
    default:
      return formatNumber(value, lang, 1);
  }
}

/** A target range in its unit: "25–30", "35%", "20,97 tỷ đồng". */
export function formatTarget(min: number, max: number | null, unit: ValueUnit, lang: Lang): string {
  if (unit === 'percent') return `${formatRange(min, max, lang)}%`;
  if (unit === 'vnd') return max === null ? formatBillions(min, lang) : `${formatBillionsNumber(min, lang)}${DASH}${formatBillions(max, lang)}`;
  return formatRange(min, max, lang);
}

/** Signed change: "▲ 2", "▼ 1", "–" (for rank changes, positive means climbed). */
export function formatChange(change: number | null | undefined, lang: Lang): string {
  if (change === null || change === undefined || change === 0) return DASH;
  return `${change > 0 ? '▲' : '▼'}${NBSP}${formatNumber(Math.abs(change), lang, 0)}`;
}

/** Sums exact đồng strings; nulls are skipped. */
export function sumVnd(amounts: readonly (string | null | undefined)[]): string {
  let total = 0n;
  for (const a of amounts) if (a !== null && a !== undefined && /^-?\d+$/.test(a)) total += BigInt(a);
  return total.toString();
}

/** Share of a part in a whole, in percent, for exact đồng strings (display only, e.g. the budget split). */
export function sharePercent(part: string, whole: string): number | null {
  const w = BigInt(whole);
  if (w === 0n) return null;
  return Number((BigInt(part) * 10000n) / w) / 100;
}
