// The provinces: the 63 before the 2025 reform, by their GSO codes (the
// codes the hub's figures before 1 July 2025 are recorded under), and the 34
// since, each with the old provinces it took over (Nghị quyết 202/2025/QH15,
// as the hub's unit data has them: seeds/admin-units; a unit test checks this
// table against it). Codes were reused: "24" was Bắc Giang and is Bắc Ninh.
import type { Lang } from './i18n.ts';

export interface OldProvince {
  code: string;
  name: string;
  /** Code of the province that took it over on 1 July 2025. */
  successor: string;
}

export interface NewProvince {
  code: string;
  name: string;
  /** Codes of the old provinces it took over: the one whose name it kept first, then by code. */
  parts: readonly string[];
}

/** [code, name, successor's code] */
const OLD: readonly (readonly [string, string, string])[] = [
  ['01', 'Hà Nội', '01'],
  ['02', 'Hà Giang', '08'],
  ['04', 'Cao Bằng', '04'],
  ['06', 'Bắc Kạn', '19'],
  ['08', 'Tuyên Quang', '08'],
  ['10', 'Lào Cai', '15'],
  ['11', 'Điện Biên', '11'],
  ['12', 'Lai Châu', '12'],
  ['14', 'Sơn La', '14'],
  ['15', 'Yên Bái', '15'],
  ['17', 'Hoà Bình', '25'],
  ['19', 'Thái Nguyên', '19'],
  ['20', 'Lạng Sơn', '20'],
  ['22', 'Quảng Ninh', '22'],
  ['24', 'Bắc Giang', '24'],
  ['25', 'Phú Thọ', '25'],
  ['26', 'Vĩnh Phúc', '25'],
  ['27', 'Bắc Ninh', '24'],
  ['30', 'Hải Dương', '31'],
  ['31', 'Hải Phòng', '31'],
  ['33', 'Hưng Yên', '33'],
  ['34', 'Thái Bình', '33'],
  ['35', 'Hà Nam', '37'],
  ['36', 'Nam Định', '37'],
  ['37', 'Ninh Bình', '37'],
  ['38', 'Thanh Hóa', '38'],
  ['40', 'Nghệ An', '40'],
  ['42', 'Hà Tĩnh', '42'],
  ['44', 'Quảng Bình', '44'],
  ['45', 'Quảng Trị', '44'],
  ['46', 'Thừa Thiên Huế', '46'],
  ['48', 'Đà Nẵng', '48'],
  ['49', 'Quảng Nam', '48'],
  ['51', 'Quảng Ngãi', '51'],
  ['52', 'Bình Định', '52'],
  ['54', 'Phú Yên', '66'],
  ['56', 'Khánh Hòa', '56'],
  ['58', 'Ninh Thuận', '56'],
  ['60', 'Bình Thuận', '68'],
  ['62', 'Kon Tum', '51'],
  ['64', 'Gia Lai', '52'],
  ['66', 'Đắk Lắk', '66'],
  ['67', 'Đắk Nông', '68'],
  ['68', 'Lâm Đồng', '68'],
  ['70', 'Bình Phước', '75'],
  ['72', 'Tây Ninh', '80'],
  ['74', 'Bình Dương', '79'],
  ['75', 'Đồng Nai', '75'],
  ['77', 'Bà Rịa - Vũng Tàu', '79'],
  ['79', 'Hồ Chí Minh', '79'],
  ['80', 'Long An', '80'],
  ['82', 'Tiền Giang', '82'],
  ['83', 'Bến Tre', '86'],
  ['84', 'Trà Vinh', '86'],
  ['86', 'Vĩnh Long', '86'],
  ['87', 'Đồng Tháp', '82'],
  ['89', 'An Giang', '91'],
  ['91', 'Kiên Giang', '91'],
  ['92', 'Cần Thơ', '92'],
  ['93', 'Hậu Giang', '92'],
  ['94', 'Sóc Trăng', '92'],
  ['95', 'Bạc Liêu', '96'],
  ['96', 'Cà Mau', '96'],
];

/** [code, name] */
const NEW: readonly (readonly [string, string])[] = [
  ['01', 'Hà Nội'],
  ['04', 'Cao Bằng'],
  ['08', 'Tuyên Quang'],
  ['11', 'Điện Biên'],
  ['12', 'Lai Châu'],
  ['14', 'Sơn La'],
  ['15', 'Lào Cai'],
  ['19', 'Thái Nguyên'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['24', 'Bắc Ninh'],
  ['25', 'Phú Thọ'],
  ['31', 'Hải Phòng'],
  ['33', 'Hưng Yên'],
  ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['44', 'Quảng Trị'],
  ['46', 'Huế'],
  ['48', 'Đà Nẵng'],
  ['51', 'Quảng Ngãi'],
  ['52', 'Gia Lai'],
  ['56', 'Khánh Hòa'],
  ['66', 'Đắk Lắk'],
  ['68', 'Lâm Đồng'],
  ['75', 'Đồng Nai'],
  ['79', 'Hồ Chí Minh'],
  ['80', 'Tây Ninh'],
  ['82', 'Đồng Tháp'],
  ['86', 'Vĩnh Long'],
  ['91', 'An Giang'],
  ['92', 'Cần Thơ'],
  ['96', 'Cà Mau'],
];

export const OLD_PROVINCES: readonly OldProvince[] = OLD.map(([code, name, successor]) => ({ code, name, successor }));

export const NEW_PROVINCES: readonly NewProvince[] = NEW.map(([code, name]) => {
  const parts = OLD_PROVINCES.filter((p) => p.successor === code);
  const own = parts.filter((p) => p.name === name);
  return { code, name, parts: [...own, ...parts.filter((p) => p.name !== name)].map((p) => p.code) };
});

export const DEFAULT_PROVINCE = '24';

/**
 * Last day of the pre-reform map. From 1 July 2025 codes were reused ("24" is
 * now Bắc Ninh) and districts abolished, so the dashboard reads old provinces'
 * codes on this day at the latest.
 */
export const PRE_REFORM_DAY = '2025-06-30';
/** First day of today's map: 34 provinces, communes directly under them. */
export const REFORM_DAY = '2025-07-01';

/** Whether `code` is an old province's (the view's province is one). */
export function isProvinceCode(code: string | null | undefined): code is string {
  return OLD_PROVINCES.some((p) => p.code === code);
}

export function provinceName(code: string): string {
  return OLD_PROVINCES.find((p) => p.code === code)?.name ?? code;
}

/** The province of today that took over the old province `code`. */
export function newProvinceOf(code: string): NewProvince {
  const successor = OLD_PROVINCES.find((p) => p.code === code)?.successor;
  return NEW_PROVINCES.find((p) => p.code === successor) ?? NEW_PROVINCES[0];
}

/**
 * The old province that stands for a province of today where a view needs an
 * old one: the one whose code it kept (the hub's rule for later units on the
 * old map, docs/administration.md), else its first part.
 */
export function oldProvinceFor(newCode: string): string {
  const p = NEW_PROVINCES.find((n) => n.code === newCode);
  if (!p) return DEFAULT_PROVINCE;
  return p.parts.includes(newCode) ? newCode : p.parts[0];
}

const JOIN: Record<Lang, { and: string; of: (parts: string) => string }> = {
  vi: { and: ' và ', of: (parts) => `gồm ${parts} cũ` },
  en: { and: ' and ', of: (parts) => `formerly ${parts}` },
};

/** "Bắc Ninh (gồm Bắc Ninh và Bắc Giang cũ)"; a province that took over only itself, by its name alone. */
export function newProvinceLabel(p: NewProvince, lang: Lang): string {
  const names = p.parts.map(provinceName);
  if (names.length === 1 && names[0] === p.name) return p.name;
  const words = JOIN[lang];
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')}${words.and}${names[names.length - 1]}` : names[0];
  return `${p.name} (${words.of(list)})`;
}

/** The date on which to read unit codes for figures as of `asOf`, as recorded. */
export function unitsAsOf(asOf: string): string {
  return asOf < PRE_REFORM_DAY ? asOf : PRE_REFORM_DAY;
}
