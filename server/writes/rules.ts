// Rules several records share: unique codes with a readable message (also when
// two writers race past the check), and references to other records.
import { getMetadataArgsStorage } from 'typeorm';
import type { Text } from '../common/errors.ts';
import type { EntityClass } from '../db/rows.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';
import type { Write } from './write-context.ts';
import { invalidInput, type Problems } from './write-errors.ts';
import { readableIds, readRow, tableOf, takenBy } from './write.repository.ts';

/** How messages name a record of `entity` ("Sản phẩm" / "Product"): the audit log's label of its table. */
export function recordLabel(entity: EntityClass<object>): Label {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === entity)?.name;
  const label = table ? ENUM_LABELS.AuditEntity[table as keyof typeof ENUM_LABELS.AuditEntity] : undefined;
  if (!label) throw new Error(`no audit label for the table of ${entity.name}`);
  return label;
}

/** A label as it reads inside a sentence: "sản phẩm", "budget allocation". */
export function lowerLabel(label: Label): Label {
  return { vi: label.vi.toLowerCase(), en: label.en.toLowerCase() };
}

/** Adds a problem when another row of `entity` already has this value (e.g. a product code). */
export async function checkUnique(
  w: Write,
  problems: Problems,
  field: string,
  entity: EntityClass<object>,
  property: string,
  value: unknown,
  exceptId: number | null,
): Promise<void> {
  if (typeof value !== 'string' || value.trim() === '') return;
  const table = tableOf(w.tx, entity);
  const other = await takenBy(w.tx, table, property, value, exceptId);
  if (other === undefined) return;
  // Name the other record only to those who may read it.
  const record = lowerLabel(recordLabel(entity));
  const readable = (await readableIds(w.tx, table, [other])).length > 0;
  const text = value.normalize('NFC').trim();
  problems.add(field, {
    vi: `"${text}" đã được dùng cho ${readable ? `${record.vi} ${other}` : `một ${record.vi} khác`}: mỗi ${record.vi} cần ${property} riêng`,
    en: `"${text}" is already used by ${readable ? `${record.en} ${other}` : `another ${record.en}`}: every ${record.en} needs its own ${property}`,
  });
}

/**
 * The row `id` of `entity` that a record refers to, or a problem on `field`
 * when there is none the viewer can read. `share` holds it unchanged until commit.
 */
export async function reference<T extends object>(
  w: Write,
  problems: Problems,
  field: string,
  entity: EntityClass<T>,
  id: number | null | undefined,
  share = false,
): Promise<T | undefined> {
  if (id === null || id === undefined) return undefined;
  const row = await readRow(w.tx, tableOf(w.tx, entity), id, share);
  if (!row) problems.add(field, noSuch(entity, String(id)));
  return row;
}

/** Runs a statement that may hit a unique index, turning a violation into BAD_USER_INPUT on the field the index guards. */
export async function guardUnique<T>(indexes: Record<string, { field: string; message: Text }>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const e = error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string };
    const code = e.driverError?.code ?? e.code;
    const constraint = e.driverError?.constraint ?? e.constraint;
    const hit = code === '23505' && constraint ? indexes[constraint] : undefined;
    if (hit) throw invalidInput([hit]);
    throw error;
  }
}

/** True on create, or when any of these fields would change: rules about them need checking again. */
export function isNewOrChanged(before: object | null, record: Record<string, unknown>, ...keys: string[]): boolean {
  if (!before) return true;
  const old = before as Record<string, unknown>;
  return keys.some((k) => (old[k] ?? null) !== (record[k] ?? null));
}

/** Adds a problem naming every id in `ids` that is not a readable row of `entity`. */
export async function checkReferences(
  w: Write,
  problems: Problems,
  field: string,
  entity: EntityClass<object>,
  ids: number[] | null | undefined,
): Promise<void> {
  if (!ids?.length) return;
  const found = new Set(await readableIds(w.tx, tableOf(w.tx, entity), ids));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) problems.add(field, noSuch(entity, missing.join(', ')));
}

/** "không có sản phẩm 12" / "there is no product 12". */
export function noSuch(entity: EntityClass<object>, ids: string): Label {
  const record = lowerLabel(recordLabel(entity));
  return { vi: `không có ${record.vi} ${ids}`, en: `there is no ${record.en} ${ids}` };
}

/** Ids as a link table holds them: unique, ascending; undefined stays undefined ("keep the current links"). */
export function idSet(ids: number[] | null | undefined): number[] | undefined {
  return ids ? [...new Set(ids)].sort((a, b) => a - b) : undefined;
}
