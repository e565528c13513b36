// Every "contains" search of the hub, each an index scan (pg_trgm): names
// ignoring case and Vietnamese diacritics ("toi den" finds "Tỏi đen", "d"
// matches "đ"; fold_text() is defined by the first migration), codes ignoring
// case. The searched text is taken literally: % and _ match themselves. Its
// length is capped with every other argument (text-rules.ts TEXT_LIMITS.search).
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';

/** `%text%` for LIKE, with LIKE's wildcards and escape character escaped. NFC first: some keyboards send decomposed (NFD) text. */
function containsPattern(text: string): string {
  return `%${text
    .normalize('NFC')
    .trim()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function foldedContains(column: Sql, text: string): Sql {
  return sql`fold_text(${column}) LIKE fold_text(${containsPattern(text)})`;
}

/** A code containing `text`, ignoring case (the column needs a trigram index on lower(column)). */
export function codeContains(column: Sql, text: string): Sql {
  return sql`lower(${column}) LIKE lower(${containsPattern(text)})`;
}
