// Units on writes: who may write where (district officers in their district,
// province admins in their province, admins anywhere, analysts nowhere), and
// whether a unit existed on the date a record is about.
import { formatDate, today } from '../common/dates.ts';
import { userError } from '../common/errors.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';
import { forbidden, type Problems } from './write-errors.ts';
import { assertMayWrite, type Write } from './write-context.ts';
import type { EntityClass } from '../db/rows.ts';
import { referencedUnits, tableOf, unitsById, unitWithin, type UnitFacts } from './write.repository.ts';

/** "Xã Tân Sơn (cấp xã, mã 07240)" / "Xã Tân Sơn (commune, GSO 07240)". */
export function describeUnit(u: UnitFacts): Label {
  const level = ENUM_LABELS.UnitLevel[u.level as keyof typeof ENUM_LABELS.UnitLevel];
  return {
    vi: `${u.type} ${u.name} (${level ? level.vi.toLowerCase() : u.level}, mã ${u.code})`,
    en: `${u.type} ${u.name} (${u.level}, GSO ${u.code})`,
  };
}

function lifetime(u: UnitFacts): Label {
  const from = u.validFrom && formatDate(u.validFrom);
  const to = u.validTo && formatDate(u.validTo);
  if (from && to) return { vi: `đơn vị tồn tại từ ${from} đến ${to}`, en: `it existed from ${from} to ${to}` };
  if (to) return { vi: `đơn vị tồn tại đến ${to}`, en: `it existed until ${to}` };
  if (from) return { vi: `đơn vị tồn tại từ ${from}`, en: `it exists from ${from}` };
  return { vi: 'đơn vị không có ngày hiệu lực', en: 'it has no validity dates' };
}

/**
 * Refuses, with FORBIDDEN naming the unit and the viewer's scope, a write to a
 * record of `unitId`; `what` names the record ("product 12"). Records without a
 * unit (national evaluation rounds) are the administrators' alone.
 */
export async function assertCanWrite(w: Write, unitId: number | null, what: Label): Promise<void> {
  assertMayWrite(w.viewer);
  const scope = w.viewer.writeScopeId;
  if (scope === null || scope === undefined) return;
  if (unitId === null) {
    throw forbidden({
      vi: `Bạn không thể sửa ${what.vi}: bản ghi cấp trung ương (không thuộc đơn vị nào), chỉ quản trị viên mới được sửa.`,
      en: `You may not change ${what.en}: it is national (no unit), which only an administrator may change.`,
    });
  }
  if (await unitWithin(w.tx, scope, unitId)) return;
  const units = await unitsById(w.tx, [scope, unitId]);
  const unit = units.find((u) => u.id === unitId);
  const own = units.find((u) => u.id === scope);
  const name = (u: UnitFacts | undefined, id: number): Label => (u ? describeUnit(u) : { vi: `đơn vị ${id}`, en: `unit ${id}` });
  const [where, mine] = [name(unit, unitId), name(own, scope)];
  throw forbidden({
    vi: `Bạn không thể sửa ${what.vi} tại ${where.vi}: đơn vị này nằm ngoài phạm vi được ghi của bạn, ${mine.vi}.`,
    en: `You may not change ${what.en} in ${where.en}: it lies outside your write scope, ${mine.en}.`,
  });
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
export async function assertCanReference(w: Write, field: string, entity: EntityClass<object>, label: Label, ids: number[], orAbove = false): Promise<void> {
  const scope = w.viewer.writeScopeId;
  if (scope === null || scope === undefined || !ids.length) return;
  const outside = (await referencedUnits(w.tx, tableOf(w.tx, entity), ids, scope, orAbove)).find((r) => !r.inside);
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
 * it). `dateWhat` names the date in the message ("ngày đăng ký" / "registeredOn"). Returns the unit.
 */
export async function checkUnitOn(
  w: Write,
  problems: Problems,
  field: string,
  unitId: number,
  when: RecordDate,
  dateWhat: Label,
): Promise<UnitFacts | undefined> {
  const [unit] = await unitsById(w.tx, [unitId]);
  if (!unit) {
    problems.add(field, { vi: `không có đơn vị hành chính ${unitId}`, en: `there is no administrative unit ${unitId}` });
    return undefined;
  }
  const [first, last] = 'on' in when ? [when.on, when.on] : [`${when.year}-01-01`, `${when.year}-12-31`];
  const valid = (unit.validFrom === null || unit.validFrom <= last) && (unit.validTo === null || unit.validTo >= first);
  if (!valid) {
    const at =
      'on' in when ? { vi: `vào ngày ${formatDate(when.on)}`, en: `on ${formatDate(when.on)}` } : { vi: `trong năm ${when.year}`, en: `in ${when.year}` };
    const [u, life] = [describeUnit(unit), lifetime(unit)];
    problems.add(field, {
      vi: `${u.vi} không phải là đơn vị hợp lệ ${at.vi} (${dateWhat.vi}): ${life.vi}`,
      en: `${u.en} was not a valid unit ${at.en} (${dateWhat.en}): ${life.en}`,
    });
  }
  return unit;
}

/**
 * A registered record's unit (products, subjects) must have existed on its
 * registration date, else today. Checked when set: an old record keeps its
 * (since reorganised) unit through other edits.
 */
export async function checkRegisteredUnit(
  w: Write,
  problems: Problems,
  input: { unitId: number; registeredOn?: string | null },
  changed: boolean,
): Promise<void> {
  if (!changed) return;
  const dateWhat = input.registeredOn
    ? { vi: 'ngày đăng ký', en: 'registeredOn' }
    : { vi: 'hôm nay, vì không có ngày đăng ký', en: 'today, no registration date given' };
  await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.registeredOn ?? today() }, dateWhat);
}
