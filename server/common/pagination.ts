// Keyset pagination: the cursor holds the sort values of a row, so the next
// page is an indexed range scan, never an OFFSET over everything before it.
// A cursor is signed and names its list and order: one the hub did not make
// for this list in this order is refused before its values reach SQL.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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

/** Signs cursors: random per process until the hub derives it from its token secret, so its instances share cursors. */
let cursorKey = randomBytes(32);

export function signCursorsWith(secret: Uint8Array): void {
  cursorKey = createHmac('sha256', secret).update('ocop-hub cursor key').digest();
}

/** Names a list and its order: the statement's tables and sort keys. */
function listTag(spec: Pick<ListSpec<object>, 'from'>, keys: SortKey[]): string {
  const order = keys.map((k) => `${k.expr.sql} ${k.direction}`).join(',');
  return createHash('sha256').update(`${spec.from.sql}|${order}`).digest('base64url').slice(0, 12);
}

function sign(payload: string): Buffer {
  return createHmac('sha256', cursorKey).update(payload).digest().subarray(0, 16);
}

function encodeCursor(tag: string, values: unknown[]): string {
  const payload = Buffer.from(JSON.stringify([tag, values])).toString('base64url');
  return `${payload}.${sign(payload).toString('base64url')}`;
}

function decodeCursor(cursor: string, tag: string): unknown[] {
  const [payload = '', mac = ''] = cursor.split('.');
  const given = Buffer.from(mac, 'base64url');
  if (given.length === 16 && timingSafeEqual(given, sign(payload))) {
    const [cursorTag, values] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [string, unknown[]];
    if (cursorTag === tag) return values;
  }
  throw badInput('after', {
    vi: 'không phải con trỏ của danh sách này theo thứ tự này; hãy dùng endCursor trả về cùng orderBy đó',
    en: 'not a cursor of this list in this order; use an endCursor returned with the same orderBy',
  });
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
    throw badInput('first', {
      vi: `số dòng mỗi trang phải từ 0 đến ${MAX_PAGE_SIZE}, nhận được ${first}`,
      en: `page size must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`,
    });
  }
}

/** An edge whose cursor is encoded only when asked for: most pages are read for their nodes alone. */
class PageEdge<T extends Record<string, unknown>> {
  constructor(
    readonly node: T,
    private readonly keyCount: number,
    private readonly tag: string,
  ) {}

  get cursor(): string {
    return encodeCursor(
      this.tag,
      Array.from({ length: this.keyCount }, (_, i) => this.node[`_k${i}`]),
    );
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
  const tag = listTag(spec, keys);
  if (page.after) conditions.push(keysetCondition(keys, decodeCursor(page.after, tag)));
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
  const edges = rows.slice(0, page.first).map((row) => new PageEdge(row, keys.length, tag));

  const connection = new Connection();
  connection.edges = edges;
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = hasNextPage;
  pageInfo.hasPreviousPage = Boolean(page.after);
  // Encoded, like each edge's, only when read (two signatures a page otherwise).
  Object.defineProperties(pageInfo, {
    startCursor: { get: () => edges[0]?.cursor ?? null, enumerable: true, configurable: true },
    endCursor: { get: () => edges.at(-1)?.cursor ?? null, enumerable: true, configurable: true },
  });
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
