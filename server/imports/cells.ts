// Reading typed values out of a row's text cells, the way Vietnamese
// spreadsheets write them: dates dd/mm/yyyy, money with dot grouping
// ("20.967.000.000"), decimal commas, enum values by their label
// (server/labels/enum-labels.ts). Each reader records a problem against its
// column and returns undefined.
import type { EnumLabel } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';

/** Folded text for matching headers and labels: no diacritics, lower case, words joined by "_". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface RowProblem {
  /** Column key, or null for the row as a whole. */
  column: string | null;
  message: Label;
  /** What kind of problem it is, for programs: a cell's (BAD_DATE…) or the code of the error its write was refused with (PERIOD_APPROVED…). */
  code: string;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** dd/mm/yyyy → ISO, or undefined when it is not a real date in that form. */
export function parseDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "20.967.000.000", "20967000000" or "20.967.000.000 đ" → "20967000000". */
export function parseWhole(text: string): string | undefined {
  const t = text.replace(/\s*(đ|vnđ|vnd|đồng)$/i, '').trim();
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return t.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  if (/^\d+$/.test(t)) return t.replace(/^0+(?=\d)/, '');
  return undefined;
}

/** "15,5" or "15.5" → 15.5 (scores: at most two decimals). */
export function parseDecimal(text: string): number | undefined {
  return /^\d{1,3}([.,]\d{1,2})?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** How a file may write an enum value: the value itself, its Vietnamese label and other accepted spellings (the English label is accepted too). */
export function spellingsOf(value: string, label: EnumLabel): string[] {
  return [value, label.vi, ...(label.also ?? [])];
}

const TRUE = new Set(['co', 'x', 'yes', 'true', '1', 'dung']);
const FALSE = new Set(['khong', 'no', 'false', '0', 'sai']);

export class RowReader {
  readonly problems: RowProblem[] = [];

  constructor(
    readonly row: number,
    private readonly cells: Map<string, string>,
  ) {}

  /** Whether the file has this column at all (absent optional columns keep a record's current value). */
  has(key: string): boolean {
    return this.cells.has(key);
  }

  problem(column: string | null, code: string, message: Label): void {
    this.problems.push({ column, code, message });
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** The cell's text; null when empty (a problem when required). */
  text(key: string, required = false): string | null {
    const value = this.cells.get(key) ?? '';
    if (value === '') {
      if (required) this.problem(key, 'REQUIRED', { vi: 'bắt buộc phải có', en: 'is required' });
      return null;
    }
    return value;
  }

  date(key: string, required = false): string | null | undefined {
    const t = this.text(key, required);
    if (t === null) return null;
    const iso = parseDate(t);
    if (!iso) this.problem(key, 'BAD_DATE', { vi: `"${t}" không phải ngày viết theo dạng dd/mm/yyyy`, en: `"${t}" is not a date written dd/mm/yyyy` });
    return iso;
  }

  /** A whole amount of đồng (or a count) with optional dot grouping. */
  whole(key: string, required = false): string | null | undefined {
    const t = this.text(key, required);
    if (t === null) return null;
    const digits = parseWhole(t);
    if (digits === undefined) {
      this.problem(key, 'BAD_NUMBER', {
        vi: `"${t}" không phải số nguyên; hãy viết số tiền như 20.967.000.000`,
        en: `"${t}" is not a whole number; write amounts like 20.967.000.000`,
      });
    }
    return digits;
  }

  int(key: string, required = false): number | null | undefined {
    const digits = this.whole(key, required);
    if (digits === null || digits === undefined) return digits;
    const n = Number(digits);
    if (!Number.isSafeInteger(n) || n > 2_147_483_647) {
      this.problem(key, 'BAD_NUMBER', { vi: `${digits} quá lớn`, en: `${digits} is too large` });
      return undefined;
    }
    return n;
  }

  decimal(key: string, required = false): number | null | undefined {
    const t = this.text(key, required);
    if (t === null) return null;
    const n = parseDecimal(t);
    if (n === undefined) {
      this.problem(key, 'BAD_NUMBER', {
        vi: `"${t}" không phải số có tối đa hai chữ số thập phân (15,5 hoặc 15.5)`,
        en: `"${t}" is not a number with at most two decimals (15,5 or 15.5)`,
      });
    }
    return n;
  }

  bool(key: string): boolean | undefined {
    const t = this.text(key);
    if (t === null) return false;
    const f = fold(t);
    if (TRUE.has(f)) return true;
    if (FALSE.has(f)) return false;
    this.problem(key, 'BAD_YES_NO', { vi: `"${t}" không phải có hoặc không (yes / no)`, en: `"${t}" is not yes or no (có / không)` });
    return undefined;
  }

  /** One of an enum's values, by the value or a label in either language, ignoring case and diacritics. */
  choice<T extends string>(key: string, labels: Readonly<Record<T, EnumLabel>>, required = false): T | null | undefined {
    const t = this.text(key, required);
    if (t === null) return null;
    const f = fold(t);
    const entries = Object.entries(labels) as [T, EnumLabel][];
    const found = entries.find(([value, label]) => [...spellingsOf(value, label), label.en].some((s) => fold(s) === f));
    if (found) return found[0];
    const choices = entries.map(([v, label]) => spellingsOf(v, label).join(' / ')).join('; ');
    this.problem(key, 'BAD_CHOICE', { vi: `"${t}" không thuộc các giá trị: ${choices}`, en: `"${t}" is not one of: ${choices}` });
    return undefined;
  }

  /** A list of codes separated by ";" or ",". */
  list(key: string): string[] | null {
    const t = this.text(key);
    if (t === null) return this.has(key) ? [] : null;
    return t
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** A GSO code; Excel drops leading zeros of numbers, so 4 digits are a commune code missing its 0, 1 digit a province code. */
  gsoCode(key: string, required = false): string | null | undefined {
    const t = this.text(key, required);
    if (t === null) return null;
    if (!/^\d{1,5}$/.test(t)) {
      this.problem(key, 'BAD_UNIT_CODE', {
        vi: `"${t}" không phải mã đơn vị hành chính của Tổng cục Thống kê (2 chữ số cho tỉnh, 3 cho huyện, 5 cho xã)`,
        en: `"${t}" is not a GSO code (2 digits for a province, 3 for a district, 5 for a commune)`,
      });
      return undefined;
    }
    return t.length === 4 ? `0${t}` : t.length === 1 ? `0${t}` : t;
  }
}
