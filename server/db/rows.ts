// The one boundary where rows read by raw SQL become typed values. Every
// statement that returns rows names the shape of its rows, and each row is
// checked against it as it arrives, so a renamed alias or a changed column
// type fails at the query that reads it instead of somewhere downstream.
// Entity rows take their columns and types from the entity's TypeORM metadata;
// every other shape is declared once, in the repository that reads it, and
// its TypeScript type is derived from that declaration (RowOf), never asserted.
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { DataSource, EntityManager } from 'typeorm';

/** What node-postgres hands back for each kind of column, with the type parsers of data-source.ts. */
interface Kinds {
  /** smallint, int, bigint (parsed to a number), count(*). */
  int: number;
  /** double precision, real. */
  float: number;
  /** numeric: exact, as text ("20967000000", "87.50"). */
  numeric: string;
  /** text, varchar, char. */
  text: string;
  /** date: ISO text, "2024-12-31". */
  date: string;
  bool: boolean;
  /** timestamptz. */
  timestamp: Date;
  /** json or jsonb holding an object. */
  object: Record<string, unknown>;
  /** json or jsonb holding anything. */
  json: unknown;
  'int[]': number[];
  'text[]': string[];
  /** Values the reader only passes on (sort keys of a page). */
  any: unknown;
}

export type Kind = keyof Kinds;

/** A text column holding one of an enum's values (see oneOf). */
export interface EnumColumn<V extends string> {
  values: readonly V[];
  nullable: boolean;
}

/** A column's kind (a trailing "?" allows NULL), or an enum's values. */
export type ColumnType = Kind | `${Kind}?` | EnumColumn<string>;
export type Columns = Record<string, ColumnType | undefined>;

type ValueOf<T> =
  T extends EnumColumn<infer V> ? V | (T extends { nullable: true } ? null : never) : T extends `${infer B extends Kind}?` ? Kinds[B] | null : Kinds[T & Kind];

/** The row type a declaration describes (an optional column is one a statement may leave out). */
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: ValueOf<NonNullable<C[K]>> };

/** A text column holding one of the values of a (string) enum; `nullable` allows NULL. */
export function oneOf<V extends string, N extends boolean = false>(values: Record<string, V>, nullable?: N): EnumColumn<V> & { nullable: N } {
  return { values: Object.values(values), nullable: (nullable ?? false) as N };
}

/** The row type of a shape. */
export type RowType<S> = S extends RowShape<infer T> ? T : never;

export type EntityClass<E> = new () => E;

type Db = DataSource | EntityManager;

/** Each kind's test, a JavaScript expression over the value `v` (compiled into each shape's checker). */
const TESTS: Record<Kind, string> = {
  int: 'Number.isInteger(v)',
  float: 'typeof v === "number"',
  numeric: 'typeof v === "string"',
  text: 'typeof v === "string"',
  date: 'typeof v === "string"',
  bool: 'typeof v === "boolean"',
  timestamp: 'v instanceof Date',
  object: 'typeof v === "object" && !Array.isArray(v)',
  json: 'true',
  'int[]': 'Array.isArray(v)',
  'text[]': 'Array.isArray(v)',
  any: 'true',
};

interface Column {
  key: string;
  /** Named in errors: "date", "one of idea, registered, …". */
  kind: string;
  nullable: boolean;
  /** The test of a non-null value, over `v` (and `values`, the allowed values). */
  test: string;
  values?: Set<unknown>;
}

function column(key: string, type: ColumnType): Column {
  if (typeof type === 'object') {
    return { key, kind: `one of ${type.values.join(', ')}`, nullable: type.nullable, test: 'values.has(v)', values: new Set(type.values) };
  }
  const nullable = type.endsWith('?');
  const kind = (nullable ? type.slice(0, -1) : type) as Kind;
  return { key, kind, nullable, test: TESTS[kind] };
}

function declared(columns: Columns): Column[] {
  return Object.entries(columns).flatMap(([key, type]) => (type === undefined ? [] : [column(key, type)]));
}

function describe(value: unknown): string {
  if (value === null) return 'NULL';
  if (value instanceof Date) return 'a timestamp';
  if (Array.isArray(value)) return 'an array';
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

type Checker = (rows: Record<string, unknown>[], values: (Set<unknown> | undefined)[]) => boolean;
const checkers = new Map<string, Checker>();

/**
 * The check of a list of columns as one generated function (named property
 * loads and inline tests: about 40 times faster than a loop over the columns,
 * so checking costs next to nothing even on a 500-row page). Shared by every
 * shape with the same columns. False at the first bad value (decode then
 * finds and names it).
 */
function checkerOf(columns: Column[]): Checker {
  const tests = columns.map((c, j) => {
    const at = `r[${JSON.stringify(c.key)}]`;
    const test = c.test.replace('values.', `values[${j}].`);
    return `v = ${at}; if (v === null) { if (${!c.nullable}) return false; } else if (!(${test})) return false;`;
  });
  const body = `for (let i = 0; i < rows.length; i++) { const r = rows[i]; let v;\n${tests.join('\n')}\n}\nreturn true;`;
  let checker = checkers.get(body);
  if (!checker) checkers.set(body, (checker = new Function('rows', 'values', body) as Checker));
  return checker;
}

/** The first bad value of rows the checker refused, as words. */
function firstProblem(columns: Column[], rows: Record<string, unknown>[]): string {
  for (const row of rows) {
    for (const c of columns) {
      const value = row[c.key];
      const ok =
        value === null ? c.nullable : (new Function('v', 'values', `return ${c.test};`) as (v: unknown, values?: Set<unknown>) => boolean)(value, c.values);
      if (!ok) return `column "${c.key}" is ${describe(value)}, declared ${c.kind}${c.nullable ? '?' : ''}`;
    }
  }
  return 'a value of no declared kind';
}

interface Compiled {
  columns: Column[];
  keys: Set<string>;
  check: (rows: Record<string, unknown>[]) => boolean;
  /** Makes a checked row the value it stands for. */
  make?: (row: Record<string, unknown>) => object;
}

/** A joined entity read from plain columns "<key>.<property>" (see joinedColumns in sql.ts). */
interface Join {
  key: string;
  entity: EntityClass<object>;
  properties: ReadonlySet<string>;
}

/**
 * The columns of an entity a statement selects: every one (but the internal
 * ones), or, given the properties a query asked for, those plus the id and the
 * foreign key of each asked-for relation (`unit` reads `unitId`), which its
 * resolver loads from.
 */
export function selectedEntityColumns(db: Db, entity: EntityClass<object>, properties?: ReadonlySet<string>): ColumnMetadata[] {
  const wanted = (name: string) =>
    properties === undefined || properties.has(name) || name === 'id' || (name.endsWith('Id') && properties.has(name.slice(0, -2)));
  return metadataOf(db, entity).columns.filter((c) => c.isSelect && wanted(c.propertyName));
}

function metadataOf(db: Db, entity: EntityClass<object>) {
  return ('connection' in db ? db.connection : db).getMetadata(entity);
}

/** Each join's columns, declared nullable: the join may find nothing. */
function joinColumns(db: Db, join: Join): Column[] {
  return selectedEntityColumns(db, join.entity, join.properties).map((c) => ({ ...entityColumn(c), key: `${join.key}.${c.propertyName}`, nullable: true }));
}

/** Copies a row's own columns onto a new value and makes each join's columns one instance of its entity (null where its id is NULL). */
function gatherer(db: Db, own: string[], joins: readonly Join[], create: () => object): (row: Record<string, unknown>) => object {
  const parts = joins.map((join) => ({
    key: join.key,
    Entity: join.entity,
    id: `${join.key}.id`,
    columns: selectedEntityColumns(db, join.entity, join.properties).map((c) => [`${join.key}.${c.propertyName}`, c.propertyName] as const),
  }));
  return (row) => {
    const out = create() as Record<string, unknown>;
    for (const key of own) out[key] = row[key];
    for (const part of parts) {
      if (row[part.id] === null) {
        out[part.key] = null;
        continue;
      }
      const value = new part.Entity() as Record<string, unknown>;
      for (const [column, property] of part.columns) value[property] = row[column];
      out[part.key] = value;
    }
    return out;
  };
}

/**
 * The columns of a kind of row and how a checked row becomes a value. Columns
 * of entity shapes are read from the metadata on first use, so shapes can be
 * declared at module level before any DataSource exists.
 */
export class RowShape<T> {
  private compiled?: Compiled;
  /** Shapes made by `with`, by their extra columns: a page's sort keys extend the same shape on every request. */
  private readonly extended = new Map<string, RowShape<unknown>>();

  constructor(
    private readonly resolve: (db: Db) => Column[],
    /** The entity instance a row becomes, for entity rows. */
    private readonly create?: () => object,
    private readonly joins: readonly Join[] = [],
  ) {}

  /** This shape with more columns (a joined value, a sort key). */
  with<C extends Columns>(more: C): RowShape<T & RowOf<C>> {
    const key = JSON.stringify(more);
    let shape = this.extended.get(key);
    if (!shape) {
      const extra = declared(more);
      this.extended.set(key, (shape = new RowShape((db) => [...this.resolve(db), ...extra], this.create, this.joins)));
    }
    return shape as RowShape<T & RowOf<C>>;
  }

  /**
   * This shape with a joined entity selected as plain columns "<key>.<property>"
   * (joinedColumns in sql.ts: cheaper for PostgreSQL to send and the driver to
   * read than one JSON object per row), gathered into `key` as an instance of
   * the entity, or null where the join found nothing.
   */
  withJoined<K extends string, E extends object>(key: K, entity: EntityClass<E>, properties: Iterable<string>): RowShape<T & { [P in K]: E | null }> {
    return new RowShape(this.resolve, this.create, [...this.joins, { key, entity, properties: new Set(properties) }]);
  }

  private compile(db: Db): Compiled {
    if (!this.compiled) {
      const own = this.resolve(db);
      const columns = [...own, ...this.joins.flatMap((j) => joinColumns(db, j))];
      const checker = checkerOf(columns);
      const values = columns.map((c) => c.values);
      const create = this.create;
      this.compiled = {
        columns,
        keys: new Set(columns.map((c) => c.key)),
        check: (rows) => checker(rows, values),
        make: this.joins.length
          ? gatherer(
              db,
              own.map((c) => c.key),
              this.joins,
              create ?? (() => ({})),
            )
          : create && ((row) => Object.assign(create(), row)),
      };
    }
    return this.compiled;
  }

  /**
   * Checks rows as they come from the driver: the first row has exactly the
   * declared columns (all rows of a result have the same), every value is of
   * its column's kind, NULL only where allowed. `sql` names the statement in errors.
   */
  decode(db: Db, rows: Record<string, unknown>[], sql: string): T[] {
    const { columns, keys, check, make } = this.compile(db);
    const fail = (problem: string) => new Error(`Row shape mismatch: ${problem}, in\n${sql.slice(0, 400)}`);
    if (rows.length) {
      const got = Object.keys(rows[0]);
      const extra = got.filter((k) => !keys.has(k));
      const missing = columns.filter((c) => !(c.key in rows[0])).map((c) => c.key);
      if (extra.length || missing.length) {
        throw fail(
          [extra.length && `undeclared column(s) ${extra.join(', ')}`, missing.length && `missing column(s) ${missing.join(', ')}`].filter(Boolean).join('; '),
        );
      }
    }
    if (!check(rows)) throw fail(firstProblem(columns, rows));
    return (make ? rows.map(make) : rows) as T[];
  }
}

/** A row shape declared by its columns; its type is RowOf the declaration. */
export function rowShape<const C extends Columns>(columns: C): RowShape<RowOf<C>> {
  const list = declared(columns);
  return new RowShape(() => list);
}

/** Rows that are just an id, or just a count: the commonest shapes. */
export const ID_ROW = rowShape({ id: 'int' });
export const COUNT_ROW = rowShape({ n: 'int' });

/** TypeORM column types → the kind node-postgres returns. */
const ENTITY_KINDS: Record<string, Kind> = {
  int: 'int',
  int4: 'int',
  integer: 'int',
  smallint: 'int',
  bigint: 'int',
  varchar: 'text',
  text: 'text',
  'character varying': 'text',
  date: 'date',
  numeric: 'numeric',
  boolean: 'bool',
  jsonb: 'object',
  // An entity declares a column `json` (though stored as jsonb) when it holds an array or a scalar.
  json: 'json',
  timestamptz: 'timestamp',
  'timestamp with time zone': 'timestamp',
};

function entityColumn(c: ColumnMetadata): Column {
  // PrimaryGeneratedColumn('increment') carries the JS Number type.
  const scalar = c.type === Number ? 'int' : ENTITY_KINDS[String(c.type)];
  const kind = c.isArray && (scalar === 'int' || scalar === 'text') ? (`${scalar}[]` as const) : scalar;
  if (!kind) throw new Error(`${c.entityMetadata.name}.${c.propertyName}: no row kind for column type ${String(c.type)} (add it to ENTITY_KINDS)`);
  return column(c.propertyName, c.isNullable ? `${kind}?` : kind);
}

const entityShapes = new Map<unknown, RowShape<unknown>>();

/**
 * Rows of an entity as selectColumns() selects them (every column but the
 * internal ones, or those a query asked for: selectedEntityColumns), checked
 * against the entity's metadata and made instances of it once (type-graphql
 * would otherwise copy a plain row for every field resolver it runs;
 * Object.assign onto a new instance, not setPrototypeOf, which would push V8
 * into slow dictionary-mode objects).
 */
export function entityRow<E extends object>(entity: EntityClass<E>, properties?: Iterable<string>): RowShape<E> {
  if (properties) {
    const wanted = new Set(properties);
    return new RowShape<E>(
      (db) => selectedEntityColumns(db, entity, wanted).map(entityColumn),
      () => new entity(),
    );
  }
  let shape = entityShapes.get(entity) as RowShape<E> | undefined;
  if (!shape) {
    shape = new RowShape<E>(
      (db) => selectedEntityColumns(db, entity).map(entityColumn),
      () => new entity(),
    );
    entityShapes.set(entity, shape);
  }
  return shape;
}
