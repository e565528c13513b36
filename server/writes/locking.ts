// A row locked for a change outside the RecordWriter (state steps of dossiers,
// council members, inspections): NOT_FOUND when it is gone, CONFLICT when
// someone changed it since the client read it.
import type { EntityManager } from 'typeorm';
import type { Text } from '../common/errors.ts';
import { notFound } from '../common/errors.ts';
import type { EntityClass } from '../db/rows.ts';
import { conflict } from './write-errors.ts';
import { lockRow, tableOf } from './write.repository.ts';

/** The row, locked; `version` null skips the check (a step that reads the row's current state itself). */
export async function lockAtVersion<E extends { version: number }>(
  tx: EntityManager,
  entity: EntityClass<E>,
  label: Text,
  id: number,
  version: number | null,
): Promise<E> {
  const row = await lockRow(tx, tableOf(tx, entity), id);
  if (!row) throw notFound(label, id);
  if (version !== null && row.version !== version) throw conflict(label, id, row.version, version);
  return row;
}
