// Figures on approved data only: the schema `approved` holds a view named like
// each locked table (period-facts.ts) with only its rows in approved periods
// (a later fact not yet approved, such as a revocation, left out), and a query
// run with `approved` first on its search_path reads those instead of the
// tables, unchanged. The views are derived from the tables' columns at every
// start and dropped while migrations run, so they never hold a migration back.
import sql, { join, raw } from 'sql-template-tag';
import { DataSource } from 'typeorm';
import { execute, queryRows, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import { PERIOD_FACTS } from './period-facts.ts';

export async function dropApprovedViews(db: Db): Promise<void> {
  await execute(db, sql`DROP SCHEMA IF EXISTS approved CASCADE`);
}

const COLUMN_ROW = rowShape({ table: 'text', column: 'text' });

/** (Re)creates the views from the tables as they are, in one transaction: readers see the old views or the new. */
export async function refreshApprovedViews(db: DataSource): Promise<void> {
  const columns = await queryRows(
    db,
    COLUMN_ROW,
    sql`SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ANY(${Object.keys(PERIOD_FACTS)}::text[]) ORDER BY table_name, ordinal_position`,
  );
  await db.transaction(async (tx) => {
    await dropApprovedViews(tx);
    await execute(tx, sql`CREATE SCHEMA approved`);
    for (const [table, facts] of Object.entries(PERIOD_FACTS)) {
      const unit = raw(facts.unit === 'own' ? 'x.unit_id' : 'p.unit_id');
      const approved = (date: string) => sql`public.approved_period_of(${unit}, x.${raw(date)}) IS NOT NULL`;
      const select = columns
        .filter((c) => c.table === table)
        .map(({ column }) => {
          const later = facts.later?.find((f) => column in f.columns);
          return later
            ? sql`CASE WHEN x.${raw(later.date)} IS NULL OR ${approved(later.date)} THEN x.${raw(column)} ELSE ${raw(later.columns[column])} END AS ${raw(column)}`
            : sql`x.${raw(column)}`;
        });
      const product = facts.unit === 'product' ? raw('JOIN public.product p ON p.id = x.product_id') : raw('');
      await execute(
        tx,
        sql`CREATE VIEW approved.${raw(table)} AS SELECT ${join(select)} FROM public.${raw(table)} x ${product}
            WHERE x.${raw(facts.date)} IS NULL OR ${approved(facts.date)}`,
      );
    }
  });
}

/**
 * Runs `fn` on approved data only when asked: with `approved` first on the
 * search_path, so the statements `fn` sends read the approved views in place of
 * the tables. On a DataSource in a transaction of its own; inside a write's
 * transaction only for `fn`'s statements.
 */
export async function withApprovedData<T>(db: Db, approvedOnly: boolean, fn: (db: Db) => Promise<T>): Promise<T> {
  if (!approvedOnly) return fn(db);
  const approvedFirst = sql`SET LOCAL search_path TO approved, public`;
  if (db instanceof DataSource) {
    return db.transaction(async (tx) => {
      await execute(tx, approvedFirst);
      return fn(tx);
    });
  }
  await execute(db, approvedFirst);
  try {
    return await fn(db);
  } finally {
    await execute(db, sql`SET LOCAL search_path TO DEFAULT`);
  }
}
