// Rules several records share: unique codes with a readable message (also when
// two writers race past the check), and references to other records.
import type { Text } from '../common/errors.ts';
import type { EntityClass } from '../db/rows.ts';
import type { Write } from './write-context.ts';
import { invalidInput, type Problems } from './write-errors.ts';
import { readableIds, readRow, tableOf, takenBy } from './write.repository.ts';

/** Adds a problem when another row of `entity` already has this value (e.g. a product code); `record` names the entity. */
export async function checkUnique(
  w: Write,
  problems: Problems,
  field: string,
  entity: EntityClass<object>,
  property: string,
  value: unknown,
  exceptId: number | null,
  record: string,
): Promise<void> {
  if (typeof value !== 'string' || value.trim() === '') return;
  const table = tableOf(w.tx, entity);
  const other = await takenBy(w.tx, table, property, value, exceptId);
  if (other === undefined) return;
  // Name the other record only to those who may read it.
  const which = (await readableIds(w.tx, table, [other])).length ? `${record} ${other}` : `another ${record}`;
  problems.add(field, `"${value.normalize('NFC').trim()}" is already used by ${which}: every ${record} needs its own ${property}`);
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
  label: string,
  share = false,
): Promise<T | undefined> {
  if (id === null || id === undefined) return undefined;
  const row = await readRow(w.tx, tableOf(w.tx, entity), id, share);
  if (!row) problems.add(field, `there is no ${label} ${id}`);
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
  label: string,
): Promise<void> {
  if (!ids?.length) return;
  const found = new Set(await readableIds(w.tx, tableOf(w.tx, entity), ids));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) problems.add(field, `there is no ${label} ${missing.join(', ')}`);
}

/** Ids as a link table holds them: unique, ascending; undefined stays undefined ("keep the current links"). */
export function idSet(ids: number[] | null | undefined): number[] | undefined {
  return ids ? [...new Set(ids)].sort((a, b) => a - b) : undefined;
}
