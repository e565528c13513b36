// Pieces every list repository builds its ListSpec from: sort keys from an
// `orderBy` argument, and the year / date-range / bounds checks the filters share.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { SortDirection } from './connection.ts';
import { badInput } from './errors.ts';
import type { SortKey } from './pagination.ts';

/** Sort keys for `orderBy` (default: `fallback` ascending); every expression in `columns` must be non-null. */
export function sortKeys<F extends string>(
  columns: Record<F, Sql>,
  orderBy: readonly { field: F; direction: SortDirection }[] | null | undefined,
  fallback: F,
): SortKey[] {
  const order = orderBy?.length ? orderBy : [{ field: fallback, direction: SortDirection.ASC }];
  return order.map((o) => ({ expr: columns[o.field], direction: o.direction }));
}

/** A date column within a calendar year, as a range so an index on the column stays usable. */
export function inYear(column: Sql, year: number): Sql {
  return sql`${column} >= make_date(${year}, 1, 1) AND ${column} < make_date(${year} + 1, 1, 1)`;
}

/** Inclusive bounds on a date column; either side may be absent. */
export function dateBetween(column: Sql, from: string | null | undefined, to: string | null | undefined): Sql[] {
  const where: Sql[] = [];
  if (from) where.push(sql`${column} >= ${from}::date`);
  if (to) where.push(sql`${column} <= ${to}::date`);
  return where;
}

/** Rejects an integer filter outside [min, max], naming the argument (e.g. stars 1–5). */
export function checkBetween(argument: string, value: number | null | undefined, min: number, max: number): void {
  if (value != null && (value < min || value > max))
    throw badInput(argument, { vi: `phải từ ${min} đến ${max}, nhận được ${value}`, en: `must be between ${min} and ${max}, got ${value}` });
}
