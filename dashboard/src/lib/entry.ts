// Data entry helpers: amounts typed the Vietnamese way, the file format of an
// import, files as base64, the server's field errors sorted onto a form's
// fields, who may write and from which allocations. Pure functions.
import { ENUM_LABELS, type EnumValue } from '../../../server/labels/enum-labels.ts';
import { formatInteger } from './format.ts';
import { PRE_REFORM_DAY, REFORM_DAY } from './provinces.ts';

export type ImportKind = EnumValue<'ImportKind'>;
/** The kinds in the order the labels table (and the importer) lists them. */
export const IMPORT_KINDS = Object.keys(ENUM_LABELS.ImportKind) as readonly ImportKind[];
export type ImportFormat = EnumValue<'ImportFormat'>;

export type Role = EnumValue<'Role'>;

/** The hub's request body limit is 8 MB; base64 makes a file a third bigger. */
export const MAX_IMPORT_BYTES = 6 * 1024 * 1024;

/** Roles that may record data (analysts read only). */
export function canWrite(role: Role | null | undefined): boolean {
  return role === 'admin' || role === 'province_admin' || role === 'district_officer' || role === 'commune_officer';
}

/**
 * An amount of đồng typed by a person, as exact digits: "120.000.000",
 * "120 000 000", "120000000", "120.000.000 đ" or "₫"; commas as grouping too
 * ("120,000,000"), one kind of separator, in groups of three. Null when it is
 * not a whole number of đồng ("1,5", "12.34", "abc", "-5").
 */
export function parseVndInput(text: string): string | null {
  const s = text
    .replace(/\u00a0|\u202f/g, ' ')
    .trim()
    .replace(/\s*(đồng|đ|₫|vnd)$/iu, '')
    .trim();
  if (!s) return null;
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else {
    const m = /^\d{1,3}(?:([., ])\d{3})(?:\1\d{3})*$/.exec(s);
    if (!m) return null;
    digits = s.split(m[1]).join('');
  }
  return digits.replace(/^0+(?=\d)/, '');
}

/** Digits grouped with dots, as typed in Vietnamese: "120000000" → "120.000.000". */
export function groupVndInput(digits: string): string {
  return formatInteger(digits, 'vi') ?? digits;
}

/** The import format of a file by its name, or null for anything else. */
export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'CSV';
  if (ext === 'xlsx') return 'XLSX';
  return null;
}

/** Bytes as base64 (btoa over chunks, so large files do not overflow the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Base64 text (a file the hub sends) as bytes. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Sorts the problems of a BAD_USER_INPUT error onto a form's fields by their
 * path ("input.amount" → "amount"); problems of fields the form does not show
 * are returned under `other`.
 */
export function fieldErrorsOf<F extends string>(
  problems: readonly FieldProblem[],
  fields: readonly F[],
): { byField: Partial<Record<F, string>>; other: FieldProblem[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: FieldProblem[] = [];
  for (const p of problems) {
    const name = p.field.replace(/^input\./, '') as F;
    if (fields.includes(name)) byField[name] = byField[name] ? `${byField[name]}; ${p.message}` : p.message;
    else other.push(p);
  }
  return { byField, other };
}

/** What remains of an allocation (exact digits), never below zero; null when it states no amount. */
export function remainingVnd(amount: string | null, disbursed: string): string | null {
  if (amount === null || !/^\d+$/.test(amount) || !/^\d+$/.test(disbursed)) return null;
  const rest = BigInt(amount) - BigInt(disbursed);
  return (rest > 0n ? rest : 0n).toString();
}

/** A budget-allocation filter: by the province or district code, read on a date. */
export interface AllocationScope {
  provinceCode?: string;
  districtCode?: string;
  unitsAsOf?: string;
}

/**
 * The allocations a user can pay from: those of their province or district
 * (codes read on the unit's last day when it was abolished or merged in 2025);
 * a commune officer, those of their province of today, which include the old
 * provinces' it took over; a user without a unit (an administrator): those of
 * the province on screen.
 */
export function allocationScope(
  unit: { code: string; level: string; validTo: string | null; province?: { code: string } | null } | null | undefined,
  province: string,
): AllocationScope {
  if (!unit) return { provinceCode: province, unitsAsOf: PRE_REFORM_DAY };
  const asOf = unit.validTo ? { unitsAsOf: unit.validTo } : {};
  if (unit.level === 'commune') return { provinceCode: unit.province?.code ?? unit.code, ...asOf };
  return unit.level === 'district' ? { districtCode: unit.code, ...asOf } : { provinceCode: unit.code, ...asOf };
}

export interface PayeeUnit {
  code: string;
  level: string;
  validTo: string | null;
  successor?: PayeeUnit | null;
}

/**
 * The unit an allocation's payment goes to on `date`: its recipient, or, for
 * a date after the recipient was abolished (districts and merged provinces on
 * 1 July 2025), the unit of today that took it over, so new payments are
 * recorded against units that exist.
 */
export function payeeOn<U extends PayeeUnit>(recipient: U, date: string | null): U {
  const successor = recipient.successor as U | null | undefined;
  return date && recipient.validTo && date > recipient.validTo && successor ? successor : recipient;
}

/**
 * The units under a payee on the payment date: districts of an old province,
 * communes of a district or of a province of today; null for a commune.
 */
export function payeeUnitsFilter(payee: PayeeUnit, date: string | null) {
  if (payee.level === 'commune') return null;
  const within =
    payee.level === 'province'
      ? { provinceCode: payee.code, level: payee.validTo ? ('district' as const) : ('commune' as const) }
      : { districtCode: payee.code, level: 'commune' as const };
  const codesOn = payee.validTo ?? (date && date >= REFORM_DAY ? date : null);
  return { ...within, ...(codesOn ? { unitsAsOf: codesOn } : {}), ...(date ? { validOn: date } : {}) };
}
