// Search that ignores case and Vietnamese diacritics: "toi den" finds "Tỏi đen",
// "d" matches "đ". fold_text() is defined by the first migration and indexed with pg_trgm.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function foldedContains(column: Sql, text: string): Sql {
  // NFC first: input typed on some keyboards arrives decomposed (NFD).
  const pattern = `%${escapeLike(text.normalize('NFC').trim())}%`;
  return sql`fold_text(${column}) LIKE fold_text(${pattern})`;
}
