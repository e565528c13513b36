// The product groups of Decisions 1048/2019 and 148/2023 as the rule data
// records them (seeds/rules/product-groups.json, with their legal sources), and
// the crosswalk from 1048 to 148 that every count uses: a product registered
// under 1048 keeps its group there and is counted in the 148 group it maps to.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import type { ProductGroup, ProductGroup1048 } from './product.entity.ts';

interface GroupRow {
  code: string;
  nameVi: string;
  nameEn: string;
  aliasesVi?: string[];
}
interface GroupsFile {
  classifications: { id: string; groups: GroupRow[] }[];
  crosswalk: { from: string | null; to: string; kind: string }[];
}

const RULES = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'seeds', 'rules', 'product-groups.json'), 'utf8')) as GroupsFile;

/** The enum value of a group code of the rule data ("souvenir-decor" → souvenir_decor). */
const enumValue = (code: string) => code.replaceAll('-', '_');

/** The official groups of a decision's classification, by enum value. */
export function officialGroups(classification: 'qd1048-2019' | 'qd148-2023'): Map<string, GroupRow> {
  const rows = RULES.classifications.find((c) => c.id === classification)?.groups ?? [];
  return new Map(rows.map((g) => [enumValue(g.code), g]));
}

/** The Decision 148 group each Decision 1048 group is counted in ("partial" mappings included, as the rule data says). */
export const GROUP_148_OF_1048: Readonly<Record<ProductGroup1048, ProductGroup>> = Object.fromEntries(
  RULES.crosswalk
    .filter((c) => c.from?.startsWith('qd1048-2019:') && c.to.startsWith('qd148-2023:'))
    .map((c) => [enumValue(c.from!.split(':')[1]), enumValue(c.to.split(':')[1])]),
) as Record<ProductGroup1048, ProductGroup>;
