// What each kind of import declares: its columns, how a row becomes a service
// input, how an existing record is found by its natural key, and which
// service functions write it (the same ones the mutations call).
import { createHash } from 'node:crypto';
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { formatDate } from '../common/dates.ts';
import type { EntityClass } from '../db/rows.ts';
import type { Versioned, Written } from '../writes/record-writer.ts';
import type { Write } from '../writes/write-context.ts';
import { describeUnit } from '../writes/units.ts';
import { rowsWhere, tableOf, unitIdByCodeOn, unitsByCode } from '../writes/write.repository.ts';
import type { ColumnSpec, RowReader } from './cells.ts';
import type { ImportKind } from './import.types.ts';
import { idByCode, planIdByKey } from './import.repository.ts';

export interface Existing {
  id: number;
  version: number;
  row: Record<string, unknown>;
  /** Deleted (kept for history): a row of the file may not bring it back. */
  deleted?: boolean;
}

export interface ParsedRow<Input> {
  /** Input fields of the columns the file has (absent optional columns keep a record's current value). */
  fields: Partial<Input>;
  /** What makes the row unique within the file and in the hub (product code, round + product, import key). */
  identity: string;
  /** The column holding the identity, for "repeats row N" problems. */
  identityColumn: string | null;
  /** The import key stored with the record, for kinds identified by one. */
  importKey?: string;
}

export interface ImportKindDef<Input extends object> {
  kind: ImportKind;
  columns: Record<string, ColumnSpec>;
  /** Input field path (as the rules report it, "input.amount") → column key. */
  fields: Record<string, string>;
  /** The column naming the record's unit: where refusals of access are reported. */
  unitColumn: string;
  inputClass: new () => Input;
  /** Input values for a new record where the file has no column. */
  defaults: Partial<Input>;
  read(r: RowReader, lookups: Lookups): Promise<ParsedRow<Input> | undefined>;
  find(w: Write, parsed: ParsedRow<Input>): Promise<Existing | undefined>;
  /** The input that would leave an existing record as it is. */
  inputOf(row: Record<string, unknown>): Input;
  create(w: Write, input: Input, importKey: string | undefined): Promise<Written<unknown>>;
  update(w: Write, id: number, version: number, input: Input): Promise<Written<unknown>>;
}

/** The record of `entity` a row of the file names, by its natural key (`where`, over alias t), deleted ones included. */
export async function findExisting(w: Write, entity: EntityClass<Versioned>, where: Sql): Promise<Existing | undefined> {
  const table = tableOf(w.tx, entity);
  const [row] = await rowsWhere(w.tx, table, where);
  if (!row) return undefined;
  const values: Record<string, unknown> = { ...row };
  return { id: row.id, version: row.version, row: values, deleted: table.softDelete && values.deletedAt !== null };
}

/** `find` of the kinds whose rows are identified by an import key. */
export function byImportKey<Input>(entity: EntityClass<Versioned>): ImportKindDef<Input & object>['find'] {
  return (w, parsed) => findExisting(w, entity, sql`t.import_key = ${parsed.importKey}`);
}

/** Only set fields whose column the file has. */
export function present<Input>(r: RowReader, fields: Partial<Input>, column: string, field: keyof Input, value: unknown): void {
  if (r.has(column) && value !== undefined) (fields as Record<string, unknown>)[field as string] = value;
}

const LEVEL_BY_LENGTH: Record<number, string> = { 2: 'province', 3: 'district', 5: 'commune' };

/** Code → id lookups for one import, cached, each reporting its own problem on the row. */
export class Lookups {
  private cache = new Map<string, number | undefined>();

  constructor(readonly tx: EntityManager) {}

  private async cached(key: string, load: () => Promise<number | undefined>): Promise<number | undefined> {
    if (!this.cache.has(key)) this.cache.set(key, await load());
    return this.cache.get(key);
  }

  /**
   * The unit with this GSO code valid on `date` (codes were reused in 2025: the
   * date tells them apart). Without a usable date, only checks the code exists.
   */
  async unit(r: RowReader, column: string, code: string | null | undefined, date: string | null | undefined, level?: string): Promise<number | undefined> {
    if (!code) return undefined;
    const wanted = level ?? LEVEL_BY_LENGTH[code.length];
    if (!date) {
      if (!(await unitsByCode(this.tx, code)).some((u) => !wanted || u.level === wanted)) r.problem(column, `no ${wanted ?? 'administrative unit'} has GSO code ${code}`);
      return undefined;
    }
    const id = await this.cached(`unit:${code}:${date}:${wanted}`, () => unitIdByCodeOn(this.tx, code, date, wanted ?? null));
    if (id === undefined) {
      const known = (await unitsByCode(this.tx, code)).filter((u) => !wanted || u.level === wanted);
      r.problem(
        column,
        known.length
          ? `no unit with GSO code ${code} existed on ${formatDate(date)}: ${known.map((u) => `${describeUnit(u)} ${u.validTo ? `until ${formatDate(u.validTo)}` : `from ${formatDate(u.validFrom ?? '')}`}`).join('; ')}`
          : `no ${wanted ?? 'administrative unit'} has GSO code ${code}`,
      );
    }
    return id;
  }

  async subject(r: RowReader, column: string, code: string | null): Promise<number | null | undefined> {
    if (code === null) return null;
    const id = await this.cached(`subject:${code}`, () => idByCode(this.tx, 'subject', code));
    if (id === undefined) r.problem(column, `no subject has code "${code}"`);
    return id;
  }

  async product(r: RowReader, column: string, code: string): Promise<number | undefined> {
    const id = await this.cached(`product:${code}`, () => idByCode(this.tx, 'product', code));
    if (id === undefined) r.problem(column, `no product has code "${code}"`);
    return id;
  }

  async plan(r: RowReader, column: string, key: string | null): Promise<number | null | undefined> {
    if (key === null) return null;
    const id = await this.cached(`plan:${key}`, () => planIdByKey(this.tx, key));
    if (id === undefined) r.problem(column, `no plan has key "${key}"`);
    return id;
  }
}

/** The key of a row of a kind identified by an import key: the file's own, or "#" + a hash of the identifying fields. */
export function importKeyOf(r: RowReader, identifying: unknown[]): { importKey: string; identityColumn: string | null } | undefined {
  const own = r.text('key');
  if (own !== null) {
    if (own.startsWith('#') || own.length > 100) {
      r.problem('key', 'must be at most 100 characters and not start with "#" (kept for keys the hub makes)');
      return undefined;
    }
    return { importKey: own, identityColumn: 'key' };
  }
  const hash = createHash('sha256').update(JSON.stringify(identifying)).digest('hex').slice(0, 32);
  return { importKey: `#${hash}`, identityColumn: null };
}
