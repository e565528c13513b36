// Units named with their kind, so that the province and the city of the same
// name are never confused (the rule is shared with the server's messages).
import { unitTitle } from '../../../server/labels/unit-names.ts';
import type { Lang } from './i18n.ts';

export { unitTitle };

/** The unit's title at the start of a line: "Tỉnh Bắc Giang", "TP. Bắc Giang", "Bắc Giang province". */
export function unitHeading(unit: { type?: string | null; name: string }, lang: Lang): string {
  const title = unitTitle(unit, lang);
  return `${title[0]?.toUpperCase() ?? ''}${title.slice(1)}`;
}
