// How a user reads an administrative unit's name: with its kind, so that the
// province and the city of the same name are told apart ("tỉnh Bắc Giang",
// "TP. Bắc Giang"; "Bắc Giang province", "Bắc Giang city"). Dependency-free,
// so the dashboard bundles it too.
import type { Lang } from './language.ts';

/** The kind of unit (admin_unit.type, in Vietnamese) as it precedes a name in running text, and as it follows one in English. */
const KINDS: Record<string, { vi: string; en: string }> = {
  Tỉnh: { vi: 'tỉnh', en: 'province' },
  'Thành phố': { vi: 'TP.', en: 'city' },
  Huyện: { vi: 'huyện', en: 'district' },
  'Thị xã': { vi: 'thị xã', en: 'town' },
  Quận: { vi: 'quận', en: 'urban district' },
  Xã: { vi: 'xã', en: 'commune' },
  Phường: { vi: 'phường', en: 'ward' },
  'Thị trấn': { vi: 'thị trấn', en: 'township' },
  'Đặc khu': { vi: 'đặc khu', en: 'special zone' },
};

/** "tỉnh Bắc Giang" / "TP. Bắc Giang" (vi), "Bắc Giang province" / "Bắc Giang city" (en); the bare name for an unknown kind. */
export function unitTitle(unit: { type?: string | null; name: string }, lang: Lang): string {
  const kind = unit.type ? KINDS[unit.type] : undefined;
  if (!kind) return unit.name;
  return lang === 'vi' ? `${kind.vi} ${unit.name}` : `${unit.name} ${kind.en}`;
}
