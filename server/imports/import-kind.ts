// What each kind of import declares: its column table, how a row's cells
// become a writer's input (the lookups of codes), how an existing record is
// found by its natural key, and how it is written: through the record's writer
// (server/<domain>/*.writer.ts), the same one the mutations use, rules included.
import { createHash } from 'node:crypto';
import sql, { type Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { formatDate } from '../common/dates.ts';
import type { EntityClass } from '../db/rows.ts';
import { ENUM_LABELS, type Label } from '../labels/enum-labels.ts';
import type { Versioned, Written } from '../writes/record-writer.ts';
import type { Write } from '../writes/write-context.ts';
import { describeUnit } from '../writes/units.ts';
import { rowsWhere, tableOf, unitIdByCodeOn, unitsByCode } from '../writes/write.repository.ts';
import type { RowReader } from './cells.ts';
import { cell, readRow, type Column, type Columns, type RowValues } from './columns.ts';
import type { ImportKind } from './import.types.ts';
import { idByCode, planIdByKey } from './import.repository.ts';

export interface Existing {
  id: number;
  version: number;
  row: Record<string, unknown>;
  /** Deleted (kept for history): a row of the file may not bring it back. */
  deleted: boolean;
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

/** What a kind makes of a row's cells beyond their own values. */
export interface RowRead<C> {
  /** Values found from cells (the ids of codes), by column: they fill the column's field instead of the cell's own value. */
  resolved?: Partial<Record<keyof C & string, unknown>>;
  identity: string;
  identityColumn: (keyof C & string) | null;
  importKey?: string;
}

export interface ImportKindDef<Input extends object, C extends Columns<Input> = Columns<Input>> {
  kind: ImportKind;
  columns: C;
  /** How a row is matched to an existing record. */
  identifiedBy: Label;
  /** Rules of the kind beyond its columns. */
  note?: Label;
  /** The column naming the record's unit: where refusals of access are reported. */
  unitColumn: keyof C & string;
  inputClass: new () => Input;
  /** Input values for a new record where the file has no column. */
  defaults: Partial<Input>;
  /** Looks up codes and makes the row's identity; problems go on `r`. */
  read(values: RowValues<C>, r: RowReader, lookups: Lookups): Promise<RowRead<C> | undefined>;
  find(w: Write, parsed: ParsedRow<Input>): Promise<Existing | undefined>;
  /** The input that would leave an existing record as it is. */
  inputOf(row: Record<string, unknown>): Input;
  create(w: Write, input: Input, importKey: string | undefined): Promise<Written<unknown>>;
  update(w: Write, id: number, version: number, input: Input): Promise<Written<unknown>>;
}

/**
 * A row of the file as input fields: every column with a field that the file
 * has, from the kind's lookups or the cell itself; undefined when the row has
 * a problem (recorded on `r`).
 */
export async function parseRow<Input extends object>(def: ImportKindDef<Input>, r: RowReader, lookups: Lookups): Promise<ParsedRow<Input> | undefined> {
  const values = readRow(def.columns, r);
  const read = await def.read(values, r, lookups);
  if (!read || !r.ok) return undefined;
  const fields: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(def.columns)) {
    if (!column.field || !r.has(name)) continue;
    const value = read.resolved && name in read.resolved ? read.resolved[name] : values[name];
    if (value === undefined || (value === null && column.keepWhenEmpty)) continue;
    fields[column.field] = value;
  }
  return { fields: fields as Partial<Input>, identity: read.identity, identityColumn: read.identityColumn, importKey: read.importKey };
}

/** The column each input field's problems are reported on ("input.amount" → "amount"). */
export function columnOfField(def: ImportKindDef<object>, path: string): string | null {
  const field = path.replace(/^input\./, '');
  return Object.entries(def.columns).find(([, column]) => column.field === field)?.[0] ?? null;
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

const LEVEL_BY_LENGTH: Record<number, string> = { 2: 'province', 3: 'district', 5: 'commune' };

/** "không có đơn vị cấp xã nào mang mã 99999" / "no commune has GSO code 99999". */
function noUnitWithCode(level: string | undefined, code: string): Label {
  const label = level ? ENUM_LABELS.UnitLevel[level as keyof typeof ENUM_LABELS.UnitLevel] : undefined;
  return {
    vi: `không có đơn vị ${label ? label.vi.toLowerCase() : 'hành chính'} nào mang mã ${code}`,
    en: `no ${level ?? 'administrative unit'} has GSO code ${code}`,
  };
}

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
      if (!(await unitsByCode(this.tx, code)).some((u) => !wanted || u.level === wanted)) r.problem(column, 'UNKNOWN_CODE', noUnitWithCode(wanted, code));
      return undefined;
    }
    const id = await this.cached(`unit:${code}:${date}:${wanted}`, () => unitIdByCodeOn(this.tx, code, date, wanted ?? null));
    if (id === undefined) {
      const known = (await unitsByCode(this.tx, code)).filter((u) => !wanted || u.level === wanted);
      const lives = known.map((u) => {
        const [name, until, from] = [describeUnit(u), u.validTo && formatDate(u.validTo), formatDate(u.validFrom ?? '')];
        return { vi: `${name.vi} ${until ? `đến ${until}` : `từ ${from}`}`, en: `${name.en} ${until ? `until ${until}` : `from ${from}`}` };
      });
      r.problem(
        column,
        'UNKNOWN_CODE',
        known.length
          ? {
              vi: `không có đơn vị nào mang mã ${code} vào ngày ${formatDate(date)}: ${lives.map((l) => l.vi).join('; ')}`,
              en: `no unit with GSO code ${code} existed on ${formatDate(date)}: ${lives.map((l) => l.en).join('; ')}`,
            }
          : noUnitWithCode(wanted, code),
      );
    }
    return id;
  }

  async subject(r: RowReader, column: string, code: string | null): Promise<number | null | undefined> {
    if (code === null) return null;
    const id = await this.cached(`subject:${code}`, () => idByCode(this.tx, 'subject', code));
    if (id === undefined) r.problem(column, 'UNKNOWN_CODE', { vi: `không có chủ thể nào mang mã "${code}"`, en: `no subject has code "${code}"` });
    return id;
  }

  async product(r: RowReader, column: string, code: string): Promise<number | undefined> {
    const id = await this.cached(`product:${code}`, () => idByCode(this.tx, 'product', code));
    if (id === undefined) r.problem(column, 'UNKNOWN_CODE', { vi: `không có sản phẩm nào mang mã "${code}"`, en: `no product has code "${code}"` });
    return id;
  }

  async plan(r: RowReader, column: string, key: string | null): Promise<number | null | undefined> {
    if (key === null) return null;
    const id = await this.cached(`plan:${key}`, () => planIdByKey(this.tx, key));
    if (id === undefined) r.problem(column, 'UNKNOWN_CODE', { vi: `không có kế hoạch nào mang mã "${key}"`, en: `no plan has key "${key}"` });
    return id;
  }
}

/**
 * A row of a kind identified by an import key: the file's own (`key` column),
 * or "#" + a hash of the identifying fields; undefined after any problem.
 */
export function keyedRow<C>(r: RowReader, own: string | null | undefined, identifying: unknown[], resolved: RowRead<C>['resolved']): RowRead<C> | undefined {
  if (!r.ok) return undefined;
  if (own) {
    if (own.startsWith('#') || own.length > 100) {
      r.problem('key', 'BAD_KEY', {
        vi: 'tối đa 100 ký tự và không bắt đầu bằng "#" (dành cho mã do hệ thống tạo)',
        en: 'must be at most 100 characters and not start with "#" (kept for keys the hub makes)',
      });
      return undefined;
    }
    return { resolved, identity: own, identityColumn: 'key' as keyof C & string, importKey: own };
  }
  const hash = `#${createHash('sha256').update(JSON.stringify(identifying)).digest('hex').slice(0, 32)}`;
  return { resolved, identity: hash, identityColumn: null, importKey: hash };
}

/** The `key` column of the kinds identified by an import key. */
export function keyColumn(example: string) {
  return {
    vi: 'Mã dòng',
    en: 'Key',
    aliases: ['Khóa'],
    cell: cell.code,
    example,
    note: {
      vi: 'Mã riêng, ổn định của bạn cho dòng này: tối đa 100 ký tự, không bắt đầu bằng #. Không có cột này thì dòng được nhận diện theo các trường chính của nó.',
      en: 'Your own stable identifier for the row: up to 100 characters, not starting with #. Without it, a row is identified by a hash of its identifying fields.',
    },
  } satisfies Column;
}

/** The unit column of a record: a GSO code, read on the record's date. */
export function unitColumn(note: Label, example: string) {
  return { vi: 'Mã đơn vị', en: 'Unit code', aliases: ['Mã ĐVHC'], cell: cell.unitCode, required: true, field: 'unitId' as const, example, note };
}
