// The SQL every write shares: lock a row for a change, insert, update (only
// when something changed), delete, and the unit lookups behind access checks
// and validity rules. Domain-specific write SQL lives in each domain's
// *-write.repository.ts.
import sql, { empty, join, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { entityReadScope, unitOf } from '../auth/read-scope.ts';
import { execute, queryId, queryOne, queryRows } from '../db/sql.ts';
import { entityRow, ID_ROW, rowShape, type EntityClass, type RowShape, type RowType } from '../db/rows.ts';

interface Column {
  property: string;
  column: string;
  nullable: boolean;
  json: boolean;
  /** Read back after a write (bookkeeping timestamps are not). */
  select: boolean;
}

export interface Table<E extends object = object> {
  entity: EntityClass<E>;
  /** The rows a write reads back: the entity's selected columns. */
  row: RowShape<E>;
  name: string;
  columns: Column[];
  /** deleted_at, when rows are kept for history instead of deleted. */
  softDelete: boolean;
  /** updated_at, set on every change. */
  updatedAt: string | null;
}

const tables = new Map<unknown, Table>();

/** The table behind an entity, as its metadata declares it (every column the migrations create). */
export function tableOf<E extends object>(tx: EntityManager, entity: EntityClass<E>): Table<E> {
  let table = tables.get(entity) as Table<E> | undefined;
  if (table) return table;
  const meta = tx.connection.getMetadata(entity);
  const columns: Column[] = meta.columns.map((c) => ({
    property: c.propertyName,
    column: c.databaseName,
    nullable: c.isNullable,
    json: c.type === 'jsonb' || c.type === 'json',
    select: c.isSelect,
  }));
  table = {
    entity,
    row: entityRow(entity),
    name: meta.tableName,
    columns,
    softDelete: Boolean(meta.deleteDateColumn),
    updatedAt: meta.updateDateColumn?.databaseName ?? null,
  };
  tables.set(entity, table);
  return table;
}

function returning(table: Table): Sql {
  return raw(
    table.columns
      .filter((c) => c.select)
      .map((c) => `t.${c.column} AS "${c.property}"`)
      .join(', '),
  );
}

function column(table: Table, property: string): Column {
  const c = table.columns.find((col) => col.property === property);
  if (!c) throw new Error(`${table.name} has no column for "${property}"`);
  return c;
}

/** A value as the database takes it: text in NFC without surrounding spaces ('' → NULL where allowed), JSON as text. */
function dbValue(c: Column, value: unknown): unknown {
  if (c.json) return value === null || value === undefined ? null : JSON.stringify(value);
  if (typeof value === 'string') {
    const text = value.normalize('NFC').trim();
    return text === '' && c.nullable ? null : text;
  }
  return value ?? null;
}

function assignments(table: Table, values: Record<string, unknown>): { columns: Sql[]; values: Sql[] } {
  const entries = Object.entries(values).filter(([, v]) => v !== undefined);
  return {
    columns: entries.map(([p]) => raw(column(table, p).column)),
    values: entries.map(([p, v]) => sql`${dbValue(column(table, p), v)}`),
  };
}

/**
 * The row with this id, locked until the transaction ends; undefined when it
 * does not exist, is deleted, or lies outside the viewer's read scope (so
 * rows a viewer cannot see are "not found", never "forbidden").
 */
export function lockRow<E extends object>(tx: EntityManager, table: Table<E>, id: number): Promise<E | undefined> {
  const live = table.softDelete ? sql`AND t.deleted_at IS NULL` : sql``;
  return queryOne(
    tx,
    table.row,
    sql`SELECT ${returning(table)} FROM ${raw(table.name)} t WHERE t.id = ${id} ${live} ${entityReadScope(table.entity, 't')} FOR UPDATE OF t`,
  );
}

export async function insertRow<E extends object>(tx: EntityManager, table: Table<E>, values: Record<string, unknown>): Promise<E> {
  const a = assignments(table, values);
  const row = await queryOne(
    tx,
    table.row,
    sql`INSERT INTO ${raw(table.name)} AS t (${join(a.columns, ', ')}) VALUES (${join(a.values, ', ')}) RETURNING ${returning(table)}`,
  );
  return row!;
}

const DIFFERS_ROW = rowShape({ differs: 'bool?' });

/** Whether writing `values` would change the row (compared by the database, in the columns' own types). */
export async function rowDiffers(tx: EntityManager, table: Table, id: number, values: Record<string, unknown>): Promise<boolean> {
  const a = assignments(table, values);
  if (!a.columns.length) return false;
  const row = await queryOne(
    tx,
    DIFFERS_ROW,
    sql`SELECT ROW(${join(
      a.columns.map((c) => sql`t.${c}`),
      ', ',
    )}) IS DISTINCT FROM ROW(${join(a.values, ', ')}) AS differs
        FROM ${raw(table.name)} t WHERE t.id = ${id}`,
  );
  return row?.differs ?? false;
}

/**
 * Writes `values` and bumps the version (and updated_at where the table has one).
 * UPDATE … RETURNING sits in a CTE: TypeORM hands back the rows of SELECTs only.
 */
export async function updateRow<E extends object>(tx: EntityManager, table: Table<E>, id: number, values: Record<string, unknown>): Promise<E> {
  const a = assignments(table, values);
  const sets = a.columns.map((c, i) => sql`${c} = ${a.values[i]}`);
  sets.push(sql`version = t.version + 1`);
  if (table.updatedAt) sets.push(sql`${raw(table.updatedAt)} = now()`);
  const row = await queryOne(
    tx,
    table.row,
    sql`WITH changed AS (UPDATE ${raw(table.name)} t SET ${join(sets, ', ')} WHERE t.id = ${id} RETURNING ${returning(table)}) SELECT * FROM changed`,
  );
  return row!;
}

export async function softDeleteRow<E extends object>(tx: EntityManager, table: Table<E>, id: number): Promise<E> {
  const row = await queryOne(
    tx,
    table.row,
    sql`WITH changed AS (UPDATE ${raw(table.name)} t SET deleted_at = now(), version = t.version + 1 WHERE t.id = ${id} RETURNING ${returning(table)})
        SELECT * FROM changed`,
  );
  return row!;
}

export async function hardDeleteRow(tx: EntityManager, table: Table, id: number): Promise<void> {
  await execute(tx, sql`DELETE FROM ${raw(table.name)} WHERE id = ${id}`);
}

/** How many rows each labelled query counts, for "cannot delete: N products still belong to it". */
export async function countReferences(tx: EntityManager, checks: Record<string, Sql>): Promise<Record<string, number>> {
  const entries = Object.entries(checks);
  const row = await queryOne(
    tx,
    rowShape(Object.fromEntries(entries.map(([label]) => [label, 'int'] as const))),
    sql`SELECT ${join(
      entries.map(([label, query], i) => sql`(SELECT count(*)::int FROM (${query}) ${raw(`r${i}`)}) AS ${raw(`"${label}"`)}`),
      ', ',
    )}`,
  );
  return row ?? {};
}

const UNIT_FACTS = rowShape({ id: 'int', code: 'text', name: 'text', type: 'text', level: 'text', validFrom: 'date?', validTo: 'date?' });
export type UnitFacts = RowType<typeof UNIT_FACTS>;

export function unitsById(tx: EntityManager, ids: number[]): Promise<UnitFacts[]> {
  return queryRows(
    tx,
    UNIT_FACTS,
    sql`SELECT id, code, name, type, level, valid_from AS "validFrom", valid_to AS "validTo" FROM admin_unit WHERE id = ANY(${ids}::int[])`,
  );
}

/** `unitId` is `scopeId` or lies under it (hierarchy and the 2025 reorganisation alike). */
const INSIDE_ROW = rowShape({ inside: 'bool' });

export async function unitWithin(tx: EntityManager, scopeId: number, unitId: number): Promise<boolean> {
  const row = await queryOne(
    tx,
    INSIDE_ROW,
    sql`SELECT EXISTS (SELECT 1 FROM admin_unit_closure WHERE ancestor_id = ${scopeId} AND descendant_id = ${unitId}) AS inside`,
  );
  return row?.inside ?? false;
}

/** The id of the unit with this GSO code (and level, when given) valid on `date`; the most local level first. */
export async function unitIdByCodeOn(tx: EntityManager, code: string, date: string, level: string | null): Promise<number | undefined> {
  return queryId(
    tx,
    sql`SELECT id FROM admin_unit
        WHERE code = ${code} ${level ? sql`AND level = ${level}` : sql``}
          AND COALESCE(valid_from, '-infinity') <= ${date}::date AND COALESCE(valid_to, 'infinity') >= ${date}::date
        ORDER BY array_position(ARRAY['commune','district','province']::text[], level::text) LIMIT 1`,
  );
}

/** Every unit that ever had this GSO code, for messages about codes not valid on a date. */
export function unitsByCode(tx: EntityManager, code: string): Promise<UnitFacts[]> {
  return queryRows(
    tx,
    UNIT_FACTS,
    sql`SELECT id, code, name, type, level, valid_from AS "validFrom", valid_to AS "validTo" FROM admin_unit WHERE code = ${code} ORDER BY valid_from NULLS FIRST`,
  );
}

/** A row another record refers to, if the viewer can read it; `share` keeps it from changing until the transaction ends. */
export function readRow<E extends object>(tx: EntityManager, table: Table<E>, id: number, share = false): Promise<E | undefined> {
  const live = table.softDelete ? sql`AND t.deleted_at IS NULL` : sql``;
  return queryOne(
    tx,
    table.row,
    sql`SELECT ${returning(table)} FROM ${raw(table.name)} t WHERE t.id = ${id} ${live} ${entityReadScope(table.entity, 't')}
        ${share ? sql`FOR SHARE OF t` : sql``}`,
  );
}

/** The id of another row of `table` whose `column` already holds `value`. */
export async function takenBy(tx: EntityManager, table: Table, property: string, value: unknown, exceptId: number | null): Promise<number | undefined> {
  const c = column(table, property);
  return queryId(tx, sql`SELECT id FROM ${raw(table.name)} WHERE ${raw(c.column)} = ${dbValue(c, value)} AND id <> ${exceptId ?? 0} LIMIT 1`);
}

/** Which of `ids` are rows of `table` the viewer can read. */
export async function readableIds(tx: EntityManager, table: Table, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await queryRows(tx, ID_ROW, sql`SELECT t.id FROM ${raw(table.name)} t WHERE t.id = ANY(${ids}::int[]) ${entityReadScope(table.entity, 't')}`);
  return rows.map((r) => r.id);
}

/** Rows of `table` matching `where` (over alias t), deleted ones included, regardless of read scope: for natural-key lookups. */
export function rowsWhere<E extends object>(tx: EntityManager, table: Table<E>, where: Sql): Promise<E[]> {
  return queryRows(tx, table.row, sql`SELECT ${returning(table)} FROM ${raw(table.name)} t WHERE ${where} ORDER BY t.id`);
}

const REFERENCED_UNIT = rowShape({ id: 'int', unitId: 'int?', inside: 'bool' });

/**
 * The unit of each of `ids` (rows of `table` the viewer can read), and
 * whether it lies inside `scopeId`: the rows a write refers to, for its access check.
 */
export function referencedUnits(tx: EntityManager, table: Table, ids: number[], scopeId: number, orAbove: boolean): Promise<RowType<typeof REFERENCED_UNIT>[]> {
  const unit = unitOf(table.entity, 't') ?? sql`NULL::int`;
  const above = orAbove ? sql`OR (c.ancestor_id = ${unit} AND c.descendant_id = ${scopeId})` : empty;
  return queryRows(
    tx,
    REFERENCED_UNIT,
    sql`SELECT t.id, ${unit} AS "unitId",
          EXISTS (SELECT 1 FROM admin_unit_closure c WHERE (c.ancestor_id = ${scopeId} AND c.descendant_id = ${unit}) ${above}) AS inside
        FROM ${raw(table.name)} t WHERE t.id = ANY(${ids}::int[]) ${entityReadScope(table.entity, 't')} ORDER BY t.id`,
  );
}
