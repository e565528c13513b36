// How many products each province certifies per year and what becomes of them,
// plus the scale of its budgets, classes, events and sales points. The four
// seeded provinces are calibrated by hand to public figures (see README.md);
// every other province uses the national template, sized by its communes.
import { FIRST_YEAR, LAST_YEAR } from './dates.ts';
import type { LifecycleRates } from './history.ts';

export type SubjectType = 'cooperative' | 'cooperative_group' | 'enterprise' | 'household';
export type Audience = 'cadres' | 'subjects' | 'mixed';
export type Scope = 'in_province' | 'out_of_province' | 'international';

/** Per-year figures, index 0 = 2019 … 7 = 2026. */
export type PerYear = readonly number[];

export interface TrainingOverride {
  /** District code, or null for a provincial class. */
  district: string | null;
  audience: Audience;
  planned: number;
  actual: number;
  /** Month it starts. */
  month: number;
  /** Key of the plan it implements. */
  plan?: string;
  topic?: string;
}

export interface SignatureEvent {
  name: (year: number) => string;
  kind: 'fair' | 'exhibition' | 'conference' | 'online';
  scope: Scope;
  /** District code hosting it, or null for the province. */
  district: string | null;
  location: string;
  month: number;
  fromYear: number;
}

export interface ProvinceProfile {
  /** Products whose first certificate (3 stars or more) falls in each year. */
  newCertified: PerYear;
  /** Share of each year's first certificates awarded in the first round. */
  firstHalf: PerYear;
  /** Share of first certificates at 4 stars (the rest are 3). */
  fourStar: number;
  /** Products only ever rated below 3 stars, by the year of their (last) attempt. */
  rated: PerYear;
  /** Products registered but not evaluated, by registration year. */
  registered: PerYear;
  /** Product ideas not yet registered. */
  ideas: number;
  rates: LifecycleRates;
  /** Products that reach 5 stars: 4 stars in `fourYear`, proposed and rated 5 in `fiveYear`. */
  fiveStars?: readonly { district: string; fourYear: number; fiveYear: number; core?: string }[];
  /** Share of 4-star first certificates (up to 2024) proposed and rated 5 stars at the next central round. */
  fiveStarShare?: number;
  /** Relative OCOP activity of each district (default: its number of communes). */
  districtWeights?: Readonly<Record<string, number>>;
  /** Fixed first-certificate counts for some districts in some years (the rest share the remainder). */
  districtNew?: Readonly<Record<number, Readonly<Record<string, number>>>>;
  subjectMix: readonly (readonly [SubjectType, number])[];
  /** How many products a subject has: [count, weight]. */
  productsPerSubject: readonly (readonly [number, number])[];
  budget: {
    /** Multiplier on the default amounts. */
    amountScale: number;
    /** Allocations per district, year and source (fractional: spread evenly). */
    allocationsPerSlot: number;
    /** Disbursements per allocation, [min, max]. */
    disbursementsPerAllocation: readonly [number, number];
    /** Chance a district lags in a year (disburses under 60%). */
    lagging: number;
    /** Districts that lag in given years. */
    laggards?: Readonly<Record<number, readonly string[]>>;
  };
  training: {
    perProvinceYear: number;
    perDistrictYear: number;
    /** Exact classes for a whole province-year (key "2024") or a district-year (key "2021/719"). */
    overrides?: Readonly<Record<string, readonly TrainingOverride[]>>;
  };
  events: {
    perProvinceYear: number;
    /** Exact number of events per scope in some years. */
    scopeOverrides?: Readonly<Record<number, Readonly<Record<Scope, number>>>>;
    signature?: readonly SignatureEvent[];
  };
  salesPoints: {
    perDistrict: number;
    /** Exact numbers of points opened ("new") or upgraded in a year, for the province or one district. */
    overrides?: readonly { year: number; district?: string; upgraded: number; new: number }[];
  };
}

const SUBJECT_MIX: ProvinceProfile['subjectMix'] = [
  ['cooperative', 34],
  ['enterprise', 28],
  ['household', 30],
  ['cooperative_group', 8],
];
const PRODUCTS_PER_SUBJECT: ProvinceProfile['productsPerSubject'] = [
  [1, 45],
  [2, 28],
  [3, 15],
  [4, 8],
  [5, 4],
];

function renewByYear(table: Readonly<Record<number, number>>, otherwise: number): (year: number) => number {
  return (year) => table[year] ?? otherwise;
}

export const BAC_GIANG: ProvinceProfile = {
  newCertified: [45, 58, 100, 38, 80, 107, 55, 30],
  firstHalf: [0.4, 0.45, 0.45, 0.4, 0.45, 0.5, 0.6, 0.5],
  fourStar: 0.3,
  rated: [10, 14, 18, 16, 18, 20, 16, 14],
  registered: [2, 3, 4, 5, 6, 9, 24, 50],
  ideas: 40,
  rates: { renew: renewByYear({ 2022: 0.8, 2023: 0.8, 2024: 0.52, 2025: 0.72 }, 0.65), upgrade: 0.07, revoke: 0.015, failedFirst: 0.15, failedTwice: 0.3 },
  fiveStars: [{ district: '213', fourYear: 2022, fiveYear: 2024, core: 'Bánh đa Kế' }],
  districtWeights: { '213': 20, '215': 24, '216': 22, '217': 18, '218': 24, '219': 34, '220': 12, '221': 15, '222': 18, '223': 20 },
  // Every district adds 3-star products in 2024; Sơn Động and Yên Dũng fall short of the plan's 10.
  districtNew: { 2024: { '213': 12, '215': 11, '216': 11, '217': 10, '218': 12, '219': 15, '220': 7, '221': 8, '222': 10, '223': 11 } },
  subjectMix: SUBJECT_MIX,
  productsPerSubject: PRODUCTS_PER_SUBJECT,
  budget: { amountScale: 1.1, allocationsPerSlot: 1, disbursementsPerAllocation: [3, 8], lagging: 0.12, laggards: { 2024: ['220', '221'] } },
  training: { perProvinceYear: 3, perDistrictYear: 0.35 },
  events: {
    perProvinceYear: 8,
    signature: [
      {
        name: (y) => `Hội nghị xúc tiến tiêu thụ vải thiều Bắc Giang năm ${y}`,
        kind: 'conference',
        scope: 'in_province',
        district: '219',
        location: 'Lục Ngạn, Bắc Giang',
        month: 5,
        fromYear: 2019,
      },
      {
        name: (y) => `Tuần hàng sản phẩm OCOP Bắc Giang tại Hà Nội năm ${y}`,
        kind: 'fair',
        scope: 'out_of_province',
        district: null,
        location: 'Hà Nội',
        month: 11,
        fromYear: 2022,
      },
    ],
  },
  salesPoints: { perDistrict: 1.6 },
};

export const QUANG_NGAI: ProvinceProfile = {
  newCertified: [12, 28, 38, 44, 42, 38, 32, 20],
  firstHalf: [0.4, 0.45, 0.45, 0.4, 0.5, 0.5, 0.6, 0.5],
  fourStar: 0.22,
  rated: [6, 10, 13, 14, 14, 15, 12, 10],
  registered: [1, 2, 3, 4, 5, 8, 18, 34],
  ideas: 28,
  rates: { renew: renewByYear({ 2022: 0.7, 2023: 0.7, 2024: 0.62, 2025: 0.68 }, 0.6), upgrade: 0.06, revoke: 0.012, failedFirst: 0.15, failedTwice: 0.3 },
  fiveStars: [{ district: '525', fourYear: 2021, fiveYear: 2025, core: 'Quế Trà Bồng' }],
  districtWeights: {
    '522': 14,
    '524': 16,
    '525': 12,
    '527': 9,
    '528': 11,
    '529': 9,
    '530': 6,
    '531': 5,
    '532': 9,
    '533': 10,
    '534': 12,
    '535': 10,
    '536': 4,
  },
  subjectMix: SUBJECT_MIX,
  productsPerSubject: PRODUCTS_PER_SUBJECT,
  budget: { amountScale: 0.9, allocationsPerSlot: 1, disbursementsPerAllocation: [3, 8], lagging: 0.15 },
  training: {
    perProvinceYear: 3,
    perDistrictYear: 0.3,
    overrides: {
      '2022/536': [
        {
          district: '536',
          audience: 'mixed',
          planned: 60,
          actual: 58,
          month: 5,
          plan: 'ly-son-2022',
          topic: 'Tập huấn nâng cao năng lực cho cán bộ quản lý và chủ thể tham gia Chương trình OCOP huyện Lý Sơn',
        },
      ],
    },
  },
  events: {
    perProvinceYear: 7,
    signature: [
      {
        name: (y) => `Hội chợ Tỏi và đặc sản Lý Sơn năm ${y}`,
        kind: 'fair',
        scope: 'in_province',
        district: '536',
        location: 'Lý Sơn, Quảng Ngãi',
        month: 4,
        fromYear: 2022,
      },
    ],
  },
  salesPoints: { perDistrict: 1.3, overrides: [{ year: 2022, district: '536', upgraded: 0, new: 2 }] },
};

export const BINH_THUAN: ProvinceProfile = {
  newCertified: [18, 30, 42, 42, 48, 38, 30, 20],
  firstHalf: [0.4, 0.45, 0.45, 0.4, 0.5, 0.5, 0.6, 0.5],
  fourStar: 0.25,
  rated: [6, 9, 12, 12, 12, 14, 12, 10],
  registered: [1, 2, 3, 4, 5, 7, 18, 34],
  ideas: 26,
  rates: { renew: renewByYear({ 2022: 0.75, 2023: 0.74, 2024: 0.7, 2025: 0.7 }, 0.6), upgrade: 0.06, revoke: 0.012, failedFirst: 0.15, failedTwice: 0.3 },
  fiveStars: [{ district: '593', fourYear: 2020, fiveYear: 2024, core: 'Nước mắm Phan Thiết' }],
  districtWeights: { '593': 18, '594': 9, '595': 11, '596': 16, '597': 18, '598': 14, '599': 10, '600': 10, '601': 8, '602': 4 },
  subjectMix: [
    ['cooperative', 35],
    ['enterprise', 30],
    ['household', 28],
    ['cooperative_group', 7],
  ],
  productsPerSubject: PRODUCTS_PER_SUBJECT,
  budget: { amountScale: 0.9, allocationsPerSlot: 1, disbursementsPerAllocation: [3, 8], lagging: 0.15 },
  training: {
    perProvinceYear: 3,
    perDistrictYear: 0.3,
    // The 2024 plan: 4 classes, about 220 learners (cadres and new subjects).
    overrides: {
      '2024': [
        {
          district: null,
          audience: 'cadres',
          planned: 55,
          actual: 54,
          month: 4,
          plan: 'binh-thuan-2024',
          topic: 'Tập huấn nâng cao năng lực quản lý Chương trình OCOP cho cán bộ các cấp năm 2024',
        },
        {
          district: null,
          audience: 'subjects',
          planned: 55,
          actual: 58,
          month: 5,
          plan: 'binh-thuan-2024',
          topic: 'Tập huấn Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo Quyết định 148/QĐ-TTg',
        },
        {
          district: '597',
          audience: 'subjects',
          planned: 55,
          actual: 56,
          month: 6,
          plan: 'binh-thuan-2024',
          topic: 'Tập huấn kỹ năng xây dựng hồ sơ sản phẩm OCOP cho các chủ thể mới',
        },
        {
          district: '600',
          audience: 'mixed',
          planned: 55,
          actual: 55,
          month: 7,
          plan: 'binh-thuan-2024',
          topic: 'Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho chủ thể OCOP',
        },
      ],
    },
  },
  events: {
    perProvinceYear: 7,
    // The 2024 plan: 3–5 promotion activities outside the province.
    scopeOverrides: { 2024: { in_province: 4, out_of_province: 4, international: 0 } },
    signature: [
      {
        name: (y) => `Ngày hội Thanh long Bình Thuận năm ${y}`,
        kind: 'fair',
        scope: 'in_province',
        district: '597',
        location: 'Hàm Thuận Bắc, Bình Thuận',
        month: 7,
        fromYear: 2023,
      },
    ],
  },
  // The 2024 plan: upgrade 1 sales point and add 2.
  salesPoints: { perDistrict: 1.4, overrides: [{ year: 2024, upgraded: 1, new: 2 }] },
};

export const BINH_DUONG: ProvinceProfile = {
  newCertified: [10, 22, 30, 28, 32, 28, 24, 14],
  firstHalf: [0.4, 0.45, 0.45, 0.4, 0.5, 0.5, 0.6, 0.5],
  fourStar: 0.3,
  rated: [5, 7, 10, 10, 10, 11, 10, 8],
  registered: [1, 1, 2, 3, 4, 6, 14, 28],
  ideas: 22,
  rates: { renew: renewByYear({ 2022: 0.75, 2023: 0.72, 2024: 0.65, 2025: 0.7 }, 0.62), upgrade: 0.07, revoke: 0.01, failedFirst: 0.15, failedTwice: 0.3 },
  fiveStars: [{ district: '718', fourYear: 2021, fiveYear: 2023, core: 'Sơn mài Tương Bình Hiệp' }],
  districtWeights: { '718': 14, '719': 4, '720': 12, '721': 9, '722': 11, '723': 13, '724': 6, '725': 10, '726': 11 },
  // Bàu Bàng's 2021 plan: 1–3 three-star products.
  districtNew: { 2021: { '719': 1 }, 2022: { '719': 1 }, 2023: { '719': 1 }, 2024: { '719': 1 }, 2025: { '719': 1 } },
  subjectMix: [
    ['cooperative', 26],
    ['enterprise', 42],
    ['household', 26],
    ['cooperative_group', 6],
  ],
  productsPerSubject: PRODUCTS_PER_SUBJECT,
  budget: { amountScale: 1.3, allocationsPerSlot: 1, disbursementsPerAllocation: [3, 8], lagging: 0.1 },
  training: {
    perProvinceYear: 3,
    perDistrictYear: 0.3,
    overrides: {
      '2021/719': [
        {
          district: '719',
          audience: 'mixed',
          planned: 60,
          actual: 62,
          month: 9,
          plan: 'bau-bang-2021',
          topic: 'Tập huấn nâng cao năng lực cho các tổ chức kinh tế, hộ sản xuất tham gia Chương trình OCOP huyện Bàu Bàng',
        },
      ],
    },
  },
  events: {
    perProvinceYear: 7,
    signature: [
      {
        name: (y) => `Lễ hội trái cây Lái Thiêu năm ${y}`,
        kind: 'fair',
        scope: 'in_province',
        district: '725',
        location: 'Thuận An, Bình Dương',
        month: 6,
        fromYear: 2022,
      },
    ],
  },
  salesPoints: { perDistrict: 1.6 },
};

/** The four calibrated provinces, by pre-2025 GSO code. */
export const FOUR_PROVINCE_PROFILES: Readonly<Record<string, ProvinceProfile>> = {
  '24': BAC_GIANG,
  '51': QUANG_NGAI,
  '60': BINH_THUAN,
  '74': BINH_DUONG,
};

/**
 * National template: shares of a province's products by fate and year, and per-unit
 * rates for the rest, tuned so that scale 1 gives about 40,000 products, 100,000
 * evaluations, 500,000 disbursements, 10,000 classes and 5,000 events.
 */
const TEMPLATE = {
  newCertified: [0.045, 0.065, 0.085, 0.08, 0.085, 0.085, 0.07, 0.045],
  rated: [0.012, 0.02, 0.025, 0.028, 0.03, 0.032, 0.03, 0.025],
  registered: [0.002, 0.003, 0.004, 0.005, 0.008, 0.012, 0.03, 0.06],
  ideas: 0.04,
};

export function nationalProfile(products: number, scale: number): ProvinceProfile {
  const parts = [...TEMPLATE.newCertified, ...TEMPLATE.rated, ...TEMPLATE.registered, TEMPLATE.ideas];
  const total = parts.reduce((s, x) => s + x, 0);
  const share = (x: number) => (products * x) / total;
  // Fractional counts are rounded by the generator; keep them fractional here.
  return {
    newCertified: TEMPLATE.newCertified.map(share),
    firstHalf: [0.45, 0.45, 0.45, 0.45, 0.5, 0.5, 0.6, 0.5],
    fourStar: 0.27,
    fiveStarShare: 0.02,
    rated: TEMPLATE.rated.map(share),
    registered: TEMPLATE.registered.map(share),
    ideas: share(TEMPLATE.ideas),
    rates: { renew: () => 0.88, upgrade: 0.1, revoke: 0.012, failedFirst: 0.5, failedTwice: 0.6 },
    subjectMix: SUBJECT_MIX,
    productsPerSubject: [
      [1, 38],
      [2, 30],
      [3, 17],
      [4, 10],
      [5, 5],
    ],
    budget: { amountScale: 1, allocationsPerSlot: scale, disbursementsPerAllocation: [16, 40], lagging: 0.15 },
    training: { perProvinceYear: 4 * scale, perDistrictYear: 1.62 * scale },
    events: { perProvinceYear: 11.5 * scale },
    salesPoints: { perDistrict: 3 * scale },
  };
}

export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
