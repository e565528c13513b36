// The four provinces of the hub, by their pre-2025 GSO codes.

export interface ProvinceOption {
  code: string;
  name: string;
}

export const PROVINCES: readonly ProvinceOption[] = [
  { code: '24', name: 'Bắc Giang' },
  { code: '60', name: 'Bình Thuận' },
  { code: '74', name: 'Bình Dương' },
  { code: '51', name: 'Quảng Ngãi' },
];

export const DEFAULT_PROVINCE = '24';

/**
 * Last day of the pre-reform map. From 1 July 2025 codes were reused ("24" is
 * now Bắc Ninh) and districts abolished, so the dashboard reads its four
 * provinces' codes on this day at the latest.
 */
export const PRE_REFORM_DAY = '2025-06-30';

export function isProvinceCode(code: string | null | undefined): code is string {
  return PROVINCES.some((p) => p.code === code);
}

export function provinceName(code: string): string {
  return PROVINCES.find((p) => p.code === code)?.name ?? code;
}

/** The date on which to read unit codes for figures as of `asOf`. */
export function unitsAsOf(asOf: string): string {
  return asOf < PRE_REFORM_DAY ? asOf : PRE_REFORM_DAY;
}
