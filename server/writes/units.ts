// Units on writes: who may write where (district officers in their district,
// province admins in their province, admins anywhere, analysts nowhere), and
// whether a unit existed on the date a record is about.
import { formatDate } from '../common/dates.ts';
import { userError } from '../common/errors.ts';
import type { Label } from '../labels/language.ts';
import { forbidden, type Problems } from './write-errors.ts';
import { assertMayWrite, type Write } from './write-context.ts';
import type { EntityClass } from '../db/rows.ts';
import { referencedUnits, tableOf, unitsById, unitWithin, type UnitFacts } from './write.repository.ts';

export function describeUnit(u: UnitFacts): string {
  return `${u.type} ${u.name} (${u.level}, GSO ${u.code})`;
}

function lifetime(u: UnitFacts): string {
  if (u.validFrom && u.validTo) return `it existed from ${formatDate(u.validFrom)} to ${formatDate(u.validTo)}`;
  if (u.validTo) return `it existed until ${formatDate(u.validTo)}`;
  if (u.validFrom) return `it exists from ${formatDate(u.validFrom)}`;
  return 'it has no validity dates';
}

/**
 * Refuses, with FORBIDDEN naming the unit and the viewer's scope, a write to a
 * record of `unitId`; `what` names the record ("product 12"). Records without a
 * unit (national evaluation rounds) are the administrators' alone.
 */
export async function assertCanWrite(w: Write, unitId: number | null, what: string): Promise<void> {
  assertMayWrite(w.viewer);
  const scope = w.viewer.writeScopeId;
  if (scope === null || scope === undefined) return;
  if (unitId === null) throw forbidden(`You may not change ${what}: it is national (no unit), which only an administrator may change.`);
  if (await unitWithin(w.tx, scope, unitId)) return;
  const units = await unitsById(w.tx, [scope, unitId]);
  const unit = units.find((u) => u.id === unitId);
  const own = units.find((u) => u.id === scope);
  throw forbidden(
    `You may not change ${what} in ${unit ? describeUnit(unit) : `unit ${unitId}`}: ` +
      `it lies outside your write scope, ${own ? describeUnit(own) : `unit ${scope}`}.`,
  );
}

/** A unit as Vietnamese readers name it: "Huyện Sơn Động (mã 220)". */
function unitName(u: UnitFacts | undefined, id: number | null): string {
  if (id === null) return 'cấp trung ương (không thuộc đơn vị nào)';
  return u ? `${u.type} ${u.name} (mã ${u.code})` : `đơn vị ${id}`;
}

/**
 * Refuses, with FORBIDDEN naming the field, a write that refers to rows of
 * `entity` (by `ids`) outside the viewer's write scope: a district officer may
 * not pay from, attach to or plan under another district's rows. Rows the
 * viewer cannot read are left to the rules, which report them as missing.
 */
export async function assertCanReference(w: Write, field: string, entity: EntityClass<object>, label: Label, ids: number[]): Promise<void> {
  const scope = w.viewer.writeScopeId;
  if (scope === null || scope === undefined || !ids.length) return;
  const outside = (await referencedUnits(w.tx, tableOf(w.tx, entity), ids, scope)).find((r) => !r.inside);
  if (!outside) return;
  const units = await unitsById(w.tx, [scope, ...(outside.unitId === null ? [] : [outside.unitId])]);
  const unit = units.find((u) => u.id === outside.unitId);
  const own = units.find((u) => u.id === scope);
  throw userError(
    'FORBIDDEN',
    {
      vi: `Bạn không được tham chiếu ${label.vi} ${outside.id} (${field}) thuộc ${unitName(unit, outside.unitId)}: nằm ngoài phạm vi được ghi của bạn, ${unitName(own, scope)}.`,
      en: `You may not refer to ${label.en} ${outside.id} (${field}) in ${outside.unitId === null ? 'no unit (national)' : unit ? describeUnit(unit) : `unit ${outside.unitId}`}: it lies outside your write scope, ${own ? describeUnit(own) : `unit ${scope}`}.`,
    },
    { field, http: { status: 403 } },
  );
}

/** When a record is: one day, or (for yearly records) a calendar year. */
export type RecordDate = { on: string } | { year: number };

/**
 * Adds a problem for `field` unless unit `unitId` exists and was valid on the
 * record's date (admin_unit.valid_from / valid_to; a year needs one valid day in
 * it). `dateWhat` names the date in the message ("registeredOn"). Returns the unit.
 */
export async function checkUnitOn(
  w: Write,
  problems: Problems,
  field: string,
  unitId: number,
  when: RecordDate,
  dateWhat: string,
): Promise<UnitFacts | undefined> {
  const [unit] = await unitsById(w.tx, [unitId]);
  if (!unit) {
    problems.add(field, `there is no administrative unit ${unitId}`);
    return undefined;
  }
  const [first, last] = 'on' in when ? [when.on, when.on] : [`${when.year}-01-01`, `${when.year}-12-31`];
  const valid = (unit.validFrom === null || unit.validFrom <= last) && (unit.validTo === null || unit.validTo >= first);
  if (!valid) {
    const at = 'on' in when ? `on ${formatDate(when.on)}` : `in ${when.year}`;
    problems.add(field, `${describeUnit(unit)} was not a valid unit ${at} (${dateWhat}): ${lifetime(unit)}`);
  }
  return unit;
}
