// Keyset pagination: the cursor holds the sort values of a row, so the next
// page is an indexed range scan, never an OFFSET over everything before it.
import sql, { empty, join, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { queryOne, queryRows, selectColumns, tableName, type Db } from '../db/sql.ts';
import { COUNT_ROW, entityRow, type EntityClass, type RowShape } from '../db/rows.ts';
import { badInput } from './errors.ts';
import { MAX_PAGE_SIZE, SortDirection, type ConnectionShape, type PageArgs, PageInfo } from './connection.ts';

export interface SortKey {
  /** A non-null SQL expression (wrap nullable columns in COALESCE). */
  expr: Sql;
  direction: SortDirection;
}

export interface ListSpec<T> {
  /** `SELECT <columns>` without FROM. */
  select: Sql;
  /** The rows `select` yields. */
  row: RowShape<T>;
  /** `FROM … JOIN …`. */
  from: Sql;
  /** Joins needed only by the page's columns (prefetched relations), left out of the count. */
  pageJoins?: Sql;
  where: Sql[];
  sort: SortKey[];
  /** The unique tie-breaker, e.g. `p.id`. */
  idExpr: Sql;
}

export function whereClause(conditions: Sql[]): Sql {
  return conditions.length ? sql`WHERE ${join(conditions, ' AND ')}` : empty;
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'not a cursor of this list in this order; use an endCursor returned with the same orderBy');
}

/** (k0 > v0) OR (k0 = v0 AND k1 > v1) … with each key's own direction. */
function keysetCondition(keys: SortKey[], values: unknown[]): Sql {
  const alternatives = keys.map((key, i) => {
    const equalities = keys.slice(0, i).map((prev, j) => sql`${prev.expr} = ${values[j]}`);
    const step = key.direction === SortDirection.ASC ? sql`${key.expr} > ${values[i]}` : sql`${key.expr} < ${values[i]}`;
    return sql`(${join([...equalities, step], ' AND ')})`;
  });
  return sql`(${join(alternatives, ' OR ')})`;
}

function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `page size must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
}

/** An edge whose cursor is encoded only when asked for: most pages are read for their nodes alone. */
class PageEdge<T extends Record<string, unknown>> {
  constructor(
    readonly node: T,
    private readonly keyCount: number,
  ) {}

  get cursor(): string {
    return encodeCursor(Array.from({ length: this.keyCount }, (_, i) => this.node[`_k${i}`]));
  }
}

export async function fetchPage<T extends object, C extends ConnectionShape<T>>(
  db: Db,
  spec: ListSpec<T>,
  page: PageArgs,
  Connection: new () => C,
): Promise<C> {
  checkPageSize(page.first);
  const tieDirection = spec.sort.at(-1)?.direction ?? SortDirection.ASC;
  const keys: SortKey[] = [...spec.sort, { expr: spec.idExpr, direction: tieDirection }];
  const conditions = [...spec.where];
  if (page.after) conditions.push(keysetCondition(keys, decodeCursor(page.after, keys.length)));
  const sortColumns = join(
    keys.map((k, i) => sql`${k.expr} AS ${raw(`"_k${i}"`)}`),
    ', ',
  );
  const orderBy = join(
    keys.map((k) => sql`${k.expr} ${raw(k.direction)}`),
    ', ',
  );

  // The limit is written into the text (checked above: an integer up to MAX_PAGE_SIZE): with a
  // parameter there, PostgreSQL never settles on a generic plan for the prepared statement and
  // plans the page again on every request.
  const rows = await queryRows(
    db,
    spec.row.with(Object.fromEntries(keys.map((_, i) => [`_k${i}`, 'any'] as const))),
    sql`${spec.select}, ${sortColumns} ${spec.from} ${spec.pageJoins ?? empty} ${whereClause(conditions)} ORDER BY ${orderBy} LIMIT ${raw(String(page.first + 1))}`,
  );
  const hasNextPage = rows.length > page.first;
  const edges = rows.slice(0, page.first).map((row) => new PageEdge(row, keys.length));

  const connection = new Connection();
  connection.edges = edges;
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = hasNextPage;
  pageInfo.hasPreviousPage = Boolean(page.after);
  pageInfo.startCursor = edges[0]?.cursor ?? null;
  pageInfo.endCursor = edges.at(-1)?.cursor ?? null;
  connection.pageInfo = pageInfo;
  connection.countRows = async () => (await queryOne(db, COUNT_ROW, sql`SELECT count(*)::int AS n ${spec.from} ${whereClause(spec.where)}`))?.n ?? 0;
  return connection;
}

/** A page of one entity's rows under `alias`: columns, table and tie-breaker come from the entity. */
export function fetchEntityPage<T extends object, C extends ConnectionShape<T>>(
  db: Db,
  entity: EntityClass<T>,
  alias: string,
  spec: Pick<ListSpec<T>, 'where' | 'sort'>,
  page: PageArgs,
  Connection: new () => C,
): Promise<C> {
  return fetchPage(
    db,
    {
      select: sql`SELECT ${selectColumns(db, entity, alias)}`,
      from: sql`FROM ${tableName(db, entity)} ${raw(alias)}`,
      row: entityRow(entity),
      idExpr: raw(`${alias}.id`),
      ...spec,
    },
    page,
    Connection,
  );
}
