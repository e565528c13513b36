// Dates of the programme: "today" in Vietnam's time zone, and calendar-date
// arithmetic on ISO strings ("2024-12-31") done in UTC, so that no time zone
// ever moves a date once it is one.
const DAY_MS = 86_400_000;

/** The programme's time zone: a day starts at midnight in Vietnam (UTC+7, no daylight saving). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// en-CA writes dates as YYYY-MM-DD.
const isoInZone = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

let todayCache = { minute: Number.NaN, date: '' };

/** Today's date in Vietnam (until 07:00 there, UTC still says yesterday); `now` is the clock, for tests. */
export function today(now: Date = new Date()): string {
  // Formatting in a time zone cost about 8 µs a call within a request (a profile of page (a) over
  // HTTP), and a request asks more than once. Vietnam's day starts on a whole UTC hour, so one
  // minute of the clock has one date.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== todayCache.minute) todayCache = { minute, date: isoInZone.format(now) };
  return todayCache.date;
}

/** "31/12/2024": a date as Vietnamese readers (and messages) write it. */
export function formatDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Last day of each month from `from`'s month to `to`'s month, each capped at `to`. */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  if (to < from) return out;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const end = fromUtc(Date.UTC(year, month, 0));
    out.push(end < to ? end : to);
    if (end >= to) return out;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

const enDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** "31 Dec 2024": a date as English messages write it (never the ISO form). */
export function formatDateEn(iso: string): string {
  return enDate.format(Date.parse(`${iso}T00:00:00Z`));
}
