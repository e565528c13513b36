// What text the hub accepts, from any door: GraphQL arguments (every String,
// ID and JSON value, checked once per request by request-guard.ts) and the
// cells of imported files. PostgreSQL refuses NUL bytes with an internal
// error, lone surrogates become U+FFFD on the way in, and an unbounded string
// makes every search and comparison on it unbounded: all three are refused
// here, with the reason in both languages.
import type { Label } from '../labels/language.ts';

/** Characters in any one text value unless TEXT_LIMITS says otherwise (the longest plan wording in the seeds is 574). */
export const TEXT_MAX = 2_000;

/**
 * Longer or shorter caps, by the name of the argument or input field: a file
 * travels as base64 (bounded by the request body, app.ts), a search is matched
 * against every row so it stays short, a report's own text runs to pages.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  fileBase64: 8 * 1024 * 1024,
  search: 100,
  password: 200,
  // A report's officer-written sections (report-draft.writer.ts holds them to the same caps).
  difficulties: 20_000,
  proposals: 20_000,
};

export function textLimitOf(name: string): number {
  return TEXT_LIMITS[name] ?? TEXT_MAX;
}

/** The first C0 control character other than tab, line feed and carriage return, as [index, code]. */
function firstControl(value: string): [number, number] | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return [i, code];
  }
  return undefined;
}

/** Half of a surrogate pair without its other half: JavaScript strings allow it, UTF-8 cannot encode it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `value` cannot be stored as text (too long, NUL or another control character, not valid Unicode), or undefined when it can. */
export function textProblem(value: string, max: number): Label | undefined {
  if (value.length > max) {
    return {
      vi: `dài tối đa ${max.toLocaleString('vi-VN')} ký tự, nhận được ${value.length.toLocaleString('vi-VN')}`,
      en: `at most ${max.toLocaleString('en-GB')} characters, got ${value.length.toLocaleString('en-GB')}`,
    };
  }
  const control = firstControl(value);
  if (control) {
    const code = hex(control[1]);
    const at = control[0] + 1;
    return code === 'U+0000'
      ? { vi: `chứa ký tự NUL (U+0000) ở vị trí ${at}`, en: `contains a NUL character (U+0000) at position ${at}` }
      : { vi: `chứa ký tự điều khiển ${code} ở vị trí ${at}`, en: `contains the control character ${code} at position ${at}` };
  }
  if (LONE_SURROGATE.test(value)) return { vi: 'không phải văn bản Unicode hợp lệ (có nửa cặp surrogate)', en: 'is not valid Unicode text (a lone surrogate)' };
  return undefined;
}
