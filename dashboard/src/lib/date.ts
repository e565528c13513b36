// Calendar dates as ISO strings ("2024-12-31"), the way the API sends them.
// Pure functions: no time zones, no Date objects leaking out.
import type { Lang } from './i18n.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isIsoDate(value: string | null | undefined): value is string {
  const m = value ? ISO.exec(value) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2024-12-31" → "31/12/2024" (vi) or "31 Dec 2024" (en). */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso || !isIsoDate(iso)) return '—';
  const [y, m, d] = iso.split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

const VIETNAM_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment (ISO date-time) on Vietnam's clock: "05/12/2026 09:30" (vi), "5 Dec 2026 09:30" (en). */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  const t = iso ? new Date(iso) : null;
  if (!t || Number.isNaN(t.getTime())) return '—';
  const part = Object.fromEntries(VIETNAM_CLOCK.formatToParts(t).map((p) => [p.type, p.value]));
  return `${formatDate(`${part.year}-${part.month}-${part.day}`, lang)} ${part.hour}:${part.minute}`;
}

/** "2024-07" (or a date in July 2024) → "07/2024" (vi) or "Jul 2024" (en). */
export function formatMonth(key: string | null | undefined, lang: Lang): string {
  const m = key ? /^(\d{4})-(\d{2})/.exec(key) : null;
  if (!m) return key ?? '—';
  return lang === 'vi' ? `${m[2]}/${m[1]}` : `${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2024-Q3" → "Quý 3/2024" (vi) or "Q3 2024" (en). */
export function formatQuarter(key: string | null | undefined, lang: Lang): string {
  const m = key ? /^(\d{4})-Q([1-4])$/.exec(key) : null;
  if (!m) return key ?? '—';
  return lang === 'vi' ? `Quý ${m[2]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
}

/**
 * Reads a date typed by a person: "31/12/2024", "31-12-2024", "31.12.2024" or
 * ISO "2024-12-31". Returns the ISO date, or null when it is not a real date.
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Today in the local calendar, as ISO. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The overview's default as-of date: the plan's period end if it is past, else today. */
export function defaultAsOf(periodEnd: string, today: string): string {
  return periodEnd < today ? periodEnd : today;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function yearStart(year: number): string {
  return `${year}-01-01`;
}

export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** The twelve month keys of a year: "2024-01" … "2024-12". */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Last day of the month of a "2024-07" key. */
export function monthEnd(key: string): string {
  const [y, m] = key.split('-').map(Number);
  return `${key}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
