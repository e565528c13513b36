// The one shape every create, update and delete takes, whatever the record:
//   create: access to the record's unit and to every row it refers to →
//           business rules → not in an approved period → insert → audit
//   update: lock the row → same version as the client read, else CONFLICT →
//           access to the old and the new unit → rules → write only if something
//           changed, and neither the old nor the new record lies in an approved
//           period (bumping the version) → audit
//   delete: lock → version → access → not in an approved period → refuse while
//           other rows depend on it → soft delete (kept for history) or delete → audit
// Each domain's *.writer.ts describes its record with a RecordSpec: its rules,
// and the rules that follow a write of it, so every path that writes (mutation,
// file import) runs them all.
import type { Sql } from 'sql-template-tag';
import { appendAudit } from '../audit/audit.repository.ts';
import { unitColumn } from '../auth/read-scope.ts';
import type { EntityClass } from '../db/rows.ts';
import { AuditAction, AuditEntity } from '../audit/audit.types.ts';
import { notFound, type Text } from '../common/errors.ts';
import { assertPeriodsOpen } from '../approvals/period-lock.ts';
import type { Label } from '../labels/language.ts';
import { checkUnique, guardUnique, lowerLabel, recordLabel } from './rules.ts';
import { assertCanReference, assertCanWrite } from './units.ts';
import type { Write } from './write-context.ts';
import { alreadyUsed, conflict, Problems, stillReferenced, type Referrer } from './write-errors.ts';
import { countReferences, hardDeleteRow, insertRow, lockRow, rowDiffers, softDeleteRow, tableOf, updateRow, type Table } from './write.repository.ts';

export interface Versioned {
  id: number;
  version: number;
}

/** Row fields by entity property name, as written: a whole row, or the values an input sets. */
export type Values = Record<string, unknown>;

/**
 * `values` of a record whose columns are the input's properties of the same
 * names: an optional property left out writes NULL, or its default.
 */
export function inputColumns<Input>(
  properties: readonly (keyof Input & string)[],
  defaults: NoInfer<Partial<Record<keyof Input & string, unknown>>> = {},
): (input: Input) => Values {
  return (input) => Object.fromEntries(properties.map((p) => [p, input[p] ?? defaults[p] ?? null]));
}

/** Link-table relations written with the row (an event's products), kept in its audit snapshots. */
export interface Links<Input> {
  read(w: Write, id: number): Promise<Values>;
  /** The links an input asks for; a property left undefined keeps the current links. */
  wanted(input: Input): Values;
  write(w: Write, id: number, links: Values): Promise<void>;
}

/**
 * A row a record refers to by one of its input properties (an id, or a list of
 * ids). `write`: the write is authorised against that row's unit too, as
 * against the record's own. `draw`: the same, or the row's unit is above the
 * viewer's (funds a province received pay for its communes' work, never a
 * neighbour's). `read`: reading it is enough, for the reason given.
 */
export type Reference = { entity: EntityClass<object>; label: Label } & ({ access: 'write' | 'draw' } | { access: 'read'; because: string });

export interface RecordSpec<Row extends Versioned, Input> {
  /** The record's entity: its table, and (from the audit log's label of the table) how messages name it, "Phân bổ ngân sách" / "Budget allocation". */
  entity: EntityClass<Row>;
  /**
   * The property every record has its own value of (a code, a key), with a
   * UNIQUE constraint: checked with the rules, naming the record that has the
   * value, and a writer racing past that check hears the same.
   */
  uniqueKey?: keyof Input & string;
  /** Other unique indexes (by name) and the problem a violation means, for writers that race past the rules' own check. */
  unique?: Record<string, { field: string; message: Text }>;
  /** The column values an input sets (with any derived from other rows; undefined where those are missing). */
  values(input: Input, w: Write): Values | Promise<Values>;
  /**
   * The unit of a record (access, audit); undefined when a reference it needs
   * is missing (the rules report that). By default the unit column read-scope.ts
   * names for the entity.
   */
  unitOf?(w: Write, record: Values): Promise<number | null | undefined>;
  /** Every row the record refers to, by input property: what a write must be authorised against besides the record's own unit. */
  refers: Partial<Record<keyof Input & string, Reference>>;
  /** Business rules for the record as it would be written (`before` is null on create); problems under "input.". */
  check(w: Write, input: Input, record: Values, before: Row | null, problems: Problems): Promise<void>;
  /** Rows that refer to this one, by what they are ("products"): a delete is refused while any exist. */
  references?(row: Row): Partial<Record<Referrer, Sql>>;
  links?: Links<Input>;
  /**
   * What follows a write of the record in the same transaction (a product's
   * status follows its certificates), whichever path wrote it; `before` is
   * null on create, `after` null once hard-deleted.
   */
  afterWrite?(w: Write, after: Row | null, before: Row | null): Promise<void>;
}

function asValues(row: Versioned): Values {
  return row as unknown as Values;
}

export interface Written<Row> {
  row: Row;
  /** False when the input matched the row as it was: nothing was written. */
  changed: boolean;
}

export interface DeletedRow<Row> {
  row: Row;
  soft: boolean;
}

const AUDITED = new Set<string>(Object.values(AuditEntity));

export class RecordWriter<Row extends Versioned, Input> {
  /** Names the record in messages: "Phân bổ ngân sách" / "Budget allocation" for BudgetAllocation. */
  readonly label: Label;

  constructor(readonly spec: RecordSpec<Row, Input>) {
    this.label = recordLabel(spec.entity);
  }

  /** The audit log's name for the record: its table. */
  private audit(w: Write): AuditEntity {
    const name = this.table(w).name;
    if (!AUDITED.has(name)) throw new Error(`the audit log has no entity for table ${name}`);
    return name as AuditEntity;
  }

  private table(w: Write): Table<Row> {
    return tableOf(w.tx, this.spec.entity);
  }

  private what(id?: number): Label {
    const l = lowerLabel(this.label);
    return id === undefined ? { vi: `${l.vi} mới`, en: `a new ${l.en}` } : { vi: `${l.vi} ${id}`, en: `${l.en} ${id}` };
  }

  private async access(w: Write, record: Values, id?: number): Promise<number | null | undefined> {
    const unitId = await this.unitOf(w, record);
    if (unitId !== undefined) await assertCanWrite(w, unitId, this.what(id));
    return unitId;
  }

  /**
   * The write's access to the rows it refers to: each `write` reference the
   * input sets anew (a changed id, a newly linked one) must lie in the viewer's write scope.
   */
  private async accessReferences(w: Write, input: Input, before: Values | null, linkedBefore: Values = {}): Promise<void> {
    for (const [property, ref] of Object.entries(this.spec.refers) as [string, Reference][]) {
      if (ref.access === 'read') continue;
      const value = (input as Record<string, unknown>)[property];
      const given = Array.isArray(value) ? (value as number[]) : typeof value === 'number' ? [value] : [];
      const old = linkedBefore[property] ?? before?.[property];
      const had = new Set(Array.isArray(old) ? (old as number[]) : typeof old === 'number' ? [old] : []);
      await assertCanReference(
        w,
        `input.${property}`,
        ref.entity,
        ref.label,
        given.filter((id) => !had.has(id)),
        ref.access === 'draw',
      );
    }
  }

  /** The unit of a record: the spec's rule, or the value of the unit column the read scope names. */
  private async unitOf(w: Write, record: Values): Promise<number | null | undefined> {
    if (this.spec.unitOf) return this.spec.unitOf(w, record);
    const table = this.table(w);
    const name = unitColumn(this.spec.entity);
    const property = table.columns.find((c) => c.column === name)?.property;
    if (!property) throw new Error(`${table.name} names no unit: give its writer a unitOf`);
    return record[property] as number | null | undefined;
  }

  /** Adds a problem when another record already has the unique key's value being written. */
  private async checkKey(w: Write, values: Values, exceptId: number | null, problems: Problems): Promise<void> {
    const key = this.spec.uniqueKey;
    if (key && key in values) await checkUnique(w, problems, `input.${key}`, this.spec.entity, key, values[key], exceptId);
  }

  /** Unique indexes a write may hit, the key's constraint (PostgreSQL's name for it) among them. */
  private uniqueIndexes(w: Write): Record<string, { field: string; message: Text }> {
    const key = this.spec.uniqueKey;
    if (!key) return this.spec.unique ?? {};
    const table = this.table(w);
    const column = table.columns.find((c) => c.property === key)!.column;
    return {
      ...this.spec.unique,
      [`${table.name}_${column}_key`]: { field: `input.${key}`, message: alreadyUsed(lowerLabel(this.label)) },
    };
  }

  /** The row locked for a change, after the version check. */
  async lock(w: Write, id: number, version: number): Promise<Row> {
    const row = await lockRow(w.tx, this.table(w), id);
    if (!row) throw notFound(this.label, id);
    if (row.version !== version) throw conflict(this.label, id, row.version, version);
    return row;
  }

  /** `extra` sets columns no input carries (an import's key). */
  async create(w: Write, input: Input, extra: Values = {}): Promise<Written<Row>> {
    const values = { ...(await this.spec.values(input, w)), ...extra };
    const unitOfValues = await this.access(w, values);
    await this.accessReferences(w, input, null);
    const problems = new Problems();
    await this.checkKey(w, values, null, problems);
    await this.spec.check(w, input, values, null, problems);
    problems.throwIfAny();
    await assertPeriodsOpen(w, this.table(w), null, { unitId: unitOfValues, record: values });
    const row = await guardUnique(this.uniqueIndexes(w), () => insertRow(w.tx, this.table(w), values));
    const unitId = (await this.unitOf(w, asValues(row))) ?? null;
    let links: Values = {};
    if (this.spec.links) {
      links = Object.fromEntries(Object.entries(this.spec.links.wanted(input)).map(([k, v]) => [k, v ?? []]));
      await this.spec.links.write(w, row.id, links);
    }
    await appendAudit(w, { action: AuditAction.create, entity: this.audit(w), entityId: row.id, unitId, before: null, after: { ...row, ...links } });
    await this.spec.afterWrite?.(w, row, null);
    return { row, changed: true };
  }

  async update(w: Write, id: number, version: number, input: Input): Promise<Written<Row>> {
    const values = await this.spec.values(input, w);
    return this.change(
      w,
      id,
      version,
      values,
      async (record, before, problems) => {
        await this.accessReferences(w, input, asValues(before), this.spec.links ? await this.spec.links.read(w, id) : {});
        await this.spec.check(w, input, record, before, problems);
      },
      input,
    );
  }

  /**
   * Any change to a row (an update, a revocation, a "done" mark): `values` are
   * the columns to set, `check` the rules for the row as it would be.
   */
  async change(
    w: Write,
    id: number,
    version: number,
    values: Values,
    check: (record: Values, before: Row, problems: Problems) => Promise<void>,
    input?: Input,
  ): Promise<Written<Row>> {
    const before = await this.lock(w, id, version);
    const oldUnit = await this.access(w, asValues(before), id);
    const record = { ...before, ...values };
    const newUnit = await this.unitOf(w, record);
    if (newUnit !== undefined && newUnit !== oldUnit) await assertCanWrite(w, newUnit, this.what(id));
    const problems = new Problems();
    await this.checkKey(w, values, id, problems);
    await check(record, before, problems);
    problems.throwIfAny();

    const table = this.table(w);
    const linksBefore = this.spec.links ? await this.spec.links.read(w, id) : {};
    const wanted = this.spec.links && input ? this.spec.links.wanted(input) : {};
    const linksAfter = { ...linksBefore, ...Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== undefined)) };
    const linksChanged = JSON.stringify(linksAfter) !== JSON.stringify(linksBefore);
    if (!linksChanged && !(await rowDiffers(w.tx, table, id, values))) return { row: before, changed: false };
    await assertPeriodsOpen(w, table, { unitId: oldUnit, record: asValues(before) }, { unitId: newUnit, record }, values);

    const row = await guardUnique(this.uniqueIndexes(w), () => updateRow(w.tx, table, id, values));
    if (linksChanged) await this.spec.links!.write(w, id, linksAfter);
    await appendAudit(w, {
      action: AuditAction.update,
      entity: this.audit(w),
      entityId: id,
      unitId: (await this.unitOf(w, asValues(row))) ?? null,
      before: { ...before, ...linksBefore },
      after: { ...row, ...linksAfter },
    });
    await this.spec.afterWrite?.(w, row, before);
    return { row, changed: true };
  }

  async delete(w: Write, id: number, version: number): Promise<DeletedRow<Row>> {
    const before = await this.lock(w, id, version);
    const unitId = (await this.access(w, asValues(before), id)) ?? null;
    await assertPeriodsOpen(w, this.table(w), { unitId, record: asValues(before) }, null);
    if (this.spec.references) {
      const counts = await countReferences(w.tx, this.spec.references(before) as Record<Referrer, Sql>);
      const reasons = (Object.entries(counts) as [Referrer, number][]).filter(([, n]) => n > 0);
      if (reasons.length) throw stillReferenced(this.label, id, reasons);
    }
    const table = this.table(w);
    const links = this.spec.links ? await this.spec.links.read(w, id) : {};
    // Tables with deleted_at keep deleted rows for history.
    const soft = table.softDelete;
    const after = soft ? await softDeleteRow(w.tx, table, id) : null;
    if (!soft) await hardDeleteRow(w.tx, table, id);
    await appendAudit(w, { action: AuditAction.delete, entity: this.audit(w), entityId: id, unitId, before: { ...before, ...links }, after });
    await this.spec.afterWrite?.(w, after, before);
    return { row: after ?? before, soft };
  }
}
