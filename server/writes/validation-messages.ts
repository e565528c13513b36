// class-validator's messages in both languages. The inputs state their
// messages in English (class-validator takes one string); each has its
// Vietnamese wording here, found by the message's form, and class-validator's
// own default messages are worded by their constraint. A unit test walks every
// message declared on an input and requires a Vietnamese one.
import type { Label } from '../labels/language.ts';

type Wording = [RegExp, (...groups: string[]) => string];

const RECORD_VI: Record<string, string> = {
  unit: 'đơn vị hành chính',
  plan: 'kế hoạch',
  subject: 'chủ thể',
  allocation: 'khoản phân bổ ngân sách',
  round: 'đợt đánh giá',
  product: 'sản phẩm',
  evaluation: 'kết quả đánh giá',
};

/** Dates other dates must follow (OnOrAfter). */
const DATE_VI: Record<string, string> = { startsOn: 'ngày bắt đầu', periodStart: 'ngày đầu kỳ', openedOn: 'ngày mở' };

const NAMED_VI: Record<string, string> = { products: 'sản phẩm', subjects: 'chủ thể' };

/** The inputs' own messages (server/<domain>/*.inputs.ts and the decorators of validation.ts). */
const WORDINGS: Wording[] = [
  [/^must be at most (\d+) characters$/, (n) => `tối đa ${n} ký tự`],
  [/^must be an? (\w+) id$/, (record) => `phải là mã số (id) của một ${RECORD_VI[record] ?? record}`],
  [
    /^must be a (programme|budget) year, (\d+) to (\d+)$/,
    (kind, from, to) => `phải là năm ${kind === 'budget' ? 'ngân sách' : 'chương trình'}, từ ${from} đến ${to}`,
  ],
  [/^must be a number with at most (\d+) decimals$/, (n) => `phải là số có tối đa ${n} chữ số thập phân`],
  [/^must be (\d+) or more$/, (n) => `phải từ ${n} trở lên`],
  [/^must be at most (\d+)$/, (n) => `tối đa là ${n}`],
  [/^must be between (\d+) and (\d+)$/, (a, b) => `phải từ ${a} đến ${b}`],
  [/^must name at most (\d+) (\w+)$/, (n, what) => `chỉ được nêu tối đa ${n} ${NAMED_VI[what] ?? what}`],
  [/^must be a month 1–12 or a quarter 1–4$/, () => 'phải là tháng 1–12 hoặc quý 1–4'],
  [/^must be a phone number: 6 to 20 digits, spaces or \+ \( \) \. -$/, () => 'phải là số điện thoại: 6 đến 20 ký tự gồm chữ số, dấu cách hoặc + ( ) . -'],
  [/^must not be blank$/, () => 'không được để trống'],
  // @ValidateNested states its own message, a template naming the property.
  [/must be either object or array$/, () => 'phải là một đối tượng hoặc một danh sách đối tượng'],
  [/^must be on or after (\S+) \((.*)\)$/, (what, date) => `phải cùng ngày hoặc sau ${DATE_VI[what] ?? what} (${date})`],
  [/^must be a positive whole number of đồng \(at most 18 digits\)$/, () => 'phải là số đồng nguyên dương (tối đa 18 chữ số)'],
  [/^must be a whole number of đồng, 0 or more \(at most 18 digits\)$/, () => 'phải là số đồng nguyên, từ 0 trở lên (tối đa 18 chữ số)'],
];

/** class-validator's default messages, by constraint, after the property name (which the field path already says). */
const DEFAULTS: Record<string, Wording> = {
  isInt: [/^must be an integer number$/, () => 'phải là số nguyên'],
  isNumber: [/^must be a number conforming to the specified constraints$/, () => 'phải là một số hợp lệ'],
  min: [/^must not be less than (-?[\d.]+)$/, (n) => `không được nhỏ hơn ${n}`],
  max: [/^must not be greater than (-?[\d.]+)$/, (n) => `không được lớn hơn ${n}`],
  maxLength: [/^must be shorter than or equal to (\d+) characters$/, (n) => `tối đa ${n} ký tự`],
  arrayMaxSize: [/^must contain no more than (\d+) elements$/, (n) => `tối đa ${n} phần tử`],
  matches: [/^must match .* regular expression$/, () => 'không đúng định dạng'],
};

/** The Vietnamese of a message, or undefined when it has none here. */
export function vietnameseOf(constraint: string, message: string): string | undefined {
  for (const [form, vi] of [...WORDINGS, ...(DEFAULTS[constraint] ? [DEFAULTS[constraint]] : [])]) {
    const m = form.exec(message);
    if (m) return vi(...m.slice(1));
  }
  return undefined;
}

/** A class-validator message in both languages (a message without a wording here stays English in both: the unit test catches it). */
export function validationLabel(constraint: string, message: string): Label {
  return { vi: vietnameseOf(constraint, message) ?? message, en: message };
}
