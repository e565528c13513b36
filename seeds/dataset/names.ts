// Names in the style of real OCOP lists: products "<product> <place or brand>"
// ("Vải thiều sấy khô Lục Ngạn", "Mật ong hoa rừng Phúc Lộc"), subjects by
// type ("Hợp tác xã vải thiều Phượng Sơn", "Công ty TNHH Minh Phát").
import type { Faker } from '@faker-js/faker';
import { BRAND_FIRST, BRAND_SECOND, VILLAGES, type Item } from './catalogue.ts';
import type { Rng } from './random.ts';
import type { SubjectType } from './profiles.ts';

/** A place word usable in a name (skips numbered wards such as "Phường 2"). */
export function placeWord(name: string | undefined): string | undefined {
  return name && !/\d/.test(name) ? name : undefined;
}

export function brand(rng: Rng): string {
  const first = rng.pick(BRAND_FIRST);
  let second = rng.pick(BRAND_SECOND);
  while (second === first) second = rng.pick(BRAND_SECOND);
  return `${first} ${second}`;
}

/** "Vải thiều" → "vải thiều" (for use inside a subject name). */
function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

export interface NameContext {
  /** The district's place word ("Lục Ngạn"). */
  district: string;
  /** The subject's commune, if it has a usable name. */
  commune: string | undefined;
  /** The subject's brand. */
  brand: string;
}

/**
 * A product name for `item` not yet in `taken` (checked case-insensitively by the
 * caller's normalisation). Local specialities keep their place; generic products
 * take the commune, the brand or the district.
 */
export function productName(item: Item, ctx: NameContext, local: boolean, rng: Rng, taken: (name: string) => boolean): string {
  const place = item.place === true ? ctx.district : item.place;
  const forms = item.forms ?? [];
  const form = forms.length ? rng.pick(forms) : undefined;
  const candidates: string[] = [];
  const add = (...parts: (string | undefined)[]) => {
    if (parts.every((p) => p !== undefined && p !== '')) candidates.push(parts.join(' '));
  };
  if (place) {
    add(item.core, place);
    add(item.core, form, place);
    add(item.core, place, ctx.brand);
    if (ctx.commune !== place) add(item.core, ctx.commune);
    add(item.core, form, ctx.brand);
  } else if (local) {
    add(item.core);
    add(item.core, form);
    add(item.core, ctx.brand);
    add(item.core, form, ctx.brand);
  } else {
    const where = rng.chance(0.5) ? ctx.commune : undefined;
    add(item.core, where ?? ctx.brand);
    add(item.core, form, where ?? ctx.brand);
    add(item.core, ctx.commune);
    add(item.core, ctx.brand);
    add(item.core, form, ctx.commune);
    add(item.core, ctx.district);
    add(item.core, ctx.brand, ctx.commune);
  }
  // The first free candidate, occasionally skipping one for variety.
  for (const name of candidates) if (!taken(name) && rng.chance(0.85)) return name;
  for (const name of candidates) if (!taken(name)) return name;
  for (let i = 0; i < 20; i++) {
    const name = `${item.core} ${form ? `${form} ` : ''}${brand(rng)}`;
    if (!taken(name)) return name;
  }
  for (let i = 2; ; i++) {
    const name = `${item.core} ${ctx.brand} ${i}`;
    if (!taken(name)) return name;
  }
}

export function subjectName(type: SubjectType, line: Item, ctx: NameContext, person: string, rng: Rng): string {
  const what = line.sub === 'tour' ? 'du lịch cộng đồng' : lowerFirst(line.core);
  const where = ctx.commune ?? ctx.district;
  switch (type) {
    case 'cooperative':
      return rng.weighted<string>([
        [`Hợp tác xã ${what} ${where}`, 4],
        [`Hợp tác xã nông nghiệp ${ctx.brand}`, 2],
        [`Hợp tác xã dịch vụ nông nghiệp ${where}`, 2],
        [`Hợp tác xã ${what} ${ctx.brand}`, 2],
      ]);
    case 'enterprise':
      return rng.weighted<string>([
        [`Công ty TNHH ${ctx.brand}`, 3],
        [`Công ty TNHH MTV ${what} ${ctx.brand}`, 2],
        [`Công ty cổ phần ${ctx.brand} ${ctx.district}`, 2],
        [`Công ty TNHH Thương mại và Dịch vụ ${ctx.brand}`, 2],
      ]);
    case 'cooperative_group':
      return `Tổ hợp tác ${what} thôn ${rng.pick(VILLAGES)}${ctx.commune ? `, ${ctx.commune}` : ''}`;
    case 'household':
      return rng.chance(0.6) ? `Hộ kinh doanh ${person}` : `Cơ sở sản xuất ${what} ${ctx.brand}`;
  }
}

/** "Nguyễn Văn Thành": Vietnamese order (family name first). */
export function personName(faker: Faker): string {
  return `${faker.person.lastName()} ${faker.person.firstName()}`;
}

const MOBILE_PREFIXES = [
  '091',
  '094',
  '088',
  '097',
  '098',
  '096',
  '086',
  '090',
  '093',
  '089',
  '070',
  '079',
  '077',
  '081',
  '083',
  '085',
  '032',
  '033',
  '035',
  '037',
  '039',
];

export function mobilePhone(rng: Rng): string {
  const digits = String(rng.int(0, 9_999_999)).padStart(7, '0');
  return `${rng.pick(MOBILE_PREFIXES)}${digits.slice(0, 1)} ${digits.slice(1, 4)} ${digits.slice(4)}`;
}
