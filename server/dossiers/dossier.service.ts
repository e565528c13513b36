// A dossier's life at its commune: registration (with its product, new or
// existing), documents uploaded or answered, submission once complete, return
// with what is missing, the commune's check and forwarding. Each step is one
// transaction: the dossier's row, its history entry (who, when, why) and the
// audit log change together. The council's steps (in a round, forwarded,
// decided) move the dossier through moveDossier below.
import { appendAudit } from '../audit/audit.repository.ts';
import { AuditAction, AuditEntity } from '../audit/audit.types.ts';
import { today } from '../common/dates.ts';
import { badInput, notFound, userError } from '../common/errors.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';
import { ProductStatus } from '../products/product.entity.ts';
import type { ProductInput } from '../products/product.inputs.ts';
import { productWriter } from '../products/product.writer.ts';
import { productSets } from '../rules/dossier-documents.ts';
import { unitsById, unitWithin, insertRow, softDeleteRow, tableOf, updateRow } from '../writes/write.repository.ts';
import { lockAtVersion } from '../writes/locking.ts';
import { assertMayWrite, type Write } from '../writes/write-context.ts';
import { forbidden, invalidInput, Problems } from '../writes/write-errors.ts';
import { checklistOf } from './checklist.ts';
import { checkFile, cleanFileName, storeFile } from './dossier-files.ts';
import { Dossier, DossierFile, DossierKind, DossierState } from './dossier.entity.ts';
import { appendEvent, openDossierOf, partsOf, productFacts, ruleSetIdOn, setItem, type ProductFacts } from './dossier.repository.ts';
import {
  CommuneCheck,
  DocumentRequirement,
  DossierItemStatus,
  type CheckDossierInput,
  type DossierFileInput,
  type DossierItemInput,
  type RegisterProductInput,
  type ReturnDossierInput,
} from './dossier.types.ts';

const LABEL: Label = { vi: 'Hồ sơ', en: 'Dossier' };
const FILE_LABEL: Label = { vi: 'Tệp hồ sơ', en: 'Dossier file' };
const stateLabel = (s: DossierState) => ENUM_LABELS.DossierState[s];

/** Refuses a viewer who may not write in the unit (the product's commune, or a unit above it). */
export async function assertUnitWrite(w: Write, unitId: number | null, what: Label): Promise<void> {
  assertMayWrite(w.viewer);
  const scope = w.viewer.writeScopeId;
  if (scope === null || scope === undefined) return;
  if (unitId !== null && (await unitWithin(w.tx, scope, unitId))) return;
  throw forbidden({ vi: `Bạn không thể ${what.vi}: đơn vị này nằm ngoài phạm vi của bạn.`, en: `You may not ${what.en}: the unit lies outside your scope.` });
}

/** The dossier locked for a change, at the version the client read. */
export async function lockDossier(w: Write, id: number, version: number | null): Promise<Dossier> {
  return lockAtVersion(w.tx, Dossier, LABEL, id, version);
}

/** Refuses a step from any state but `from`. */
export function assertState(dossier: Dossier, from: readonly DossierState[], verb: Label): void {
  if (from.includes(dossier.state)) return;
  const now = stateLabel(dossier.state);
  const allowed = from.map(stateLabel);
  throw badInput('id', {
    vi: `hồ sơ ${dossier.id} đang ở trạng thái "${now.vi}": chỉ ${verb.vi} được hồ sơ ${allowed.map((l) => `"${l.vi}"`).join(', ')}`,
    en: `dossier ${dossier.id} is "${now.en}": only a dossier that is ${allowed.map((l) => `"${l.en}"`).join(', ')} can be ${verb.en}`,
  });
}

/**
 * Moves a dossier to `to` with `values`, recording who, when and why in its
 * history and in the audit log. Every change of state goes through here.
 */
export async function moveDossier(
  w: Write,
  before: Dossier,
  to: DossierState,
  values: Partial<Dossier>,
  reason: string | null,
  action: Exclude<AuditAction, AuditAction.import>,
  unitId: number | null,
): Promise<Dossier> {
  const row = await updateRow(w.tx, tableOf(w.tx, Dossier), before.id, { ...values, state: to });
  await appendEvent(w, { dossierId: row.id, onDate: today(), from: before.state, to, reason });
  await appendAudit(w, { action, entity: AuditEntity.dossier, entityId: row.id, unitId, before, after: { ...row, reason } });
  return row;
}

async function productOf(w: Write, dossier: Dossier): Promise<ProductFacts> {
  const product = await productFacts(w.tx, dossier.productId);
  if (!product) throw notFound({ vi: 'Sản phẩm', en: 'Product' }, dossier.productId);
  return product;
}

/** The dossier locked, its product, and the viewer's right to change it (`what` says which change). */
async function open(w: Write, id: number, version: number | null, what: Label): Promise<{ dossier: Dossier; product: ProductFacts }> {
  const dossier = await lockDossier(w, id, version);
  const product = await productOf(w, dossier);
  await assertUnitWrite(w, product.unitId, what);
  return { dossier, product };
}

function checkProductSet(problems: Problems, ruleSetId: string | null, group: string, code: string | null | undefined): void {
  const sets = ruleSetId ? productSets(ruleSetId) : [];
  if (!sets.length) {
    if (code)
      problems.add('input.productSetCode', {
        vi: 'bộ tiêu chí áp dụng không chia bộ sản phẩm: để trống',
        en: 'the rule set in force has no product sets: leave it empty',
      });
    return;
  }
  const set = sets.find((s) => s.code === code);
  if (!code || !set) {
    const ofGroup = sets.filter((s) => s.groupCode === group).map((s) => s.code);
    problems.add('input.productSetCode', {
      vi: `chọn một bộ sản phẩm của nhóm: ${ofGroup.join(', ')}`,
      en: `choose a product set of the product's group: ${ofGroup.join(', ')}`,
    });
  } else if (set.groupCode !== group) {
    const g = ENUM_LABELS.ProductGroup[group as keyof typeof ENUM_LABELS.ProductGroup];
    problems.add('input.productSetCode', { vi: `${code} không thuộc nhóm ${g.vi}`, en: `${code} is not of the ${g.en} group` });
  }
}

/** A new product, in a commune valid today, through the product writer (its rules and audit). */
async function createProduct(w: Write, input: ProductInput): Promise<ProductFacts> {
  const problems = new Problems();
  if (input.status !== ProductStatus.idea && input.status !== ProductStatus.registered) {
    problems.add('input.product.status', {
      vi: 'sản phẩm mới đăng ký là ý tưởng hoặc sản phẩm đã có',
      en: 'a newly registered product is an idea or an existing product',
    });
  }
  const [unit] = await unitsById(w.tx, [input.unitId]);
  if (unit && unit.level !== 'commune') {
    problems.add('input.product.unitId', {
      vi: `sản phẩm đăng ký qua xã: ${unit.type} ${unit.name} không phải xã`,
      en: `products register through their commune: ${unit.name} is not a commune`,
    });
  }
  problems.throwIfAny();
  const { row } = await productWriter.create(w, { ...input, registeredOn: input.registeredOn ?? today() });
  return (await productFacts(w.tx, row.id))!;
}

export async function registerProduct(w: Write, input: RegisterProductInput): Promise<Dossier> {
  if ((input.productId == null) === (input.product == null)) {
    throw badInput('input', {
      vi: 'cho một sản phẩm đã có (productId) hoặc một sản phẩm mới (product), không cả hai',
      en: 'give an existing product (productId) or a new one (product), not both',
    });
  }
  let product: ProductFacts | undefined;
  if (input.productId != null) {
    product = await productFacts(w.tx, input.productId);
    if (!product) throw badInput('input.productId', { vi: `không có sản phẩm ${input.productId}`, en: `there is no product ${input.productId}` });
    await assertUnitWrite(w, product.unitId, { vi: 'đăng ký đánh giá sản phẩm này', en: 'register this product for evaluation' });
  } else {
    product = await createProduct(w, input.product!);
  }
  const day = today();
  const ruleSetId = await ruleSetIdOn(w.tx, day);
  const problems = new Problems();
  const other = await openDossierOf(w.tx, product.id);
  if (other !== undefined)
    problems.add('input.productId', { vi: `sản phẩm đã có hồ sơ ${other} đang xử lý`, en: `the product already has dossier ${other} under way` });
  if (
    input.kind !== DossierKind.first &&
    (product.status === ProductStatus.idea || product.status === ProductStatus.registered || product.status === ProductStatus.rated)
  ) {
    problems.add('input.kind', {
      vi: 'nâng hạng hay đánh giá lại chỉ cho sản phẩm đã được cấp giấy chứng nhận',
      en: 'an upgrade or re-evaluation is for a product that was certified',
    });
  }
  checkProductSet(problems, ruleSetId, product.group, input.productSetCode);
  problems.throwIfAny();
  const row = await insertRow(w.tx, tableOf(w.tx, Dossier), {
    productId: product.id,
    kind: input.kind,
    productSetCode: input.productSetCode ?? null,
    state: DossierState.registered,
    registeredOn: day,
    ruleSetId,
  });
  await appendEvent(w, { dossierId: row.id, onDate: day, from: null, to: DossierState.registered, reason: null });
  await appendAudit(w, { action: AuditAction.create, entity: AuditEntity.dossier, entityId: row.id, unitId: product.unitId, before: null, after: row });
  return row;
}

const SUBJECT_STEPS = [DossierState.registered, DossierState.returned];

/** Where a document may still be added or answered: the subject's until submission, the commune's until its check. */
function assertEditable(dossier: Dossier, stage: string, verb: Label): void {
  assertState(dossier, stage === 'subject' ? SUBJECT_STEPS : [DossierState.complete], verb);
}

function checklistItem(dossier: Dossier, product: ProductFacts, parts: Awaited<ReturnType<typeof partsOf>>, documentId: string, field: string) {
  const item = checklistOf(dossier, product.group, parts.files, parts.items).items.find((i) => i.documentId === documentId);
  if (!item) {
    throw badInput(field, {
      vi: `hồ sơ theo ${dossier.ruleSetId ?? 'bộ tiêu chí này'} không có tài liệu "${documentId}" (xem checklist)`,
      en: `a dossier under ${dossier.ruleSetId ?? 'this rule set'} has no document "${documentId}" (see its checklist)`,
    });
  }
  return item;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export async function uploadDossierFile(w: Write, dossierId: number, input: DossierFileInput): Promise<DossierFile> {
  const { dossier, product } = await open(w, dossierId, null, { vi: 'nộp tài liệu cho hồ sơ này', en: 'add documents to this dossier' });
  const item = checklistItem(dossier, product, await partsOf(w.tx, dossier.id), input.documentId, 'input.documentId');
  assertEditable(dossier, item.stage, { vi: 'nộp tài liệu cho', en: 'given documents' });
  const text = input.fileBase64.replace(/\s+/g, '');
  if (!text || !BASE64.test(text)) throw invalidInput([{ field: 'input.fileBase64', message: { vi: 'không phải văn bản base64', en: 'not base64 text' } }]);
  const checked = await checkFile(Buffer.from(text, 'base64'), input.contentType);
  if (!('sha256' in checked)) throw invalidInput([{ field: 'input.fileBase64', message: checked }]);
  await storeFile(checked);
  const row = await insertRow(w.tx, tableOf(w.tx, DossierFile), {
    dossierId: dossier.id,
    documentId: item.documentId,
    fileName: cleanFileName(input.fileName),
    contentType: checked.contentType,
    sizeBytes: checked.data.length,
    sha256: checked.sha256,
    uploadedBy: w.viewer.user.id,
  });
  await appendAudit(w, { action: AuditAction.create, entity: AuditEntity.dossier_file, entityId: row.id, unitId: product.unitId, before: null, after: row });
  return row;
}

export async function removeDossierFile(w: Write, id: number, version: number): Promise<DossierFile> {
  const file = await lockAtVersion(w.tx, DossierFile, FILE_LABEL, id, version);
  const { dossier, product } = await open(w, file.dossierId, null, { vi: 'gỡ tài liệu của hồ sơ này', en: 'remove documents of this dossier' });
  const item = checklistItem(dossier, product, await partsOf(w.tx, dossier.id), file.documentId, 'id');
  assertEditable(dossier, item.stage, { vi: 'gỡ tài liệu của', en: 'changed' });
  const row = await softDeleteRow(w.tx, tableOf(w.tx, DossierFile), id);
  await appendAudit(w, { action: AuditAction.delete, entity: AuditEntity.dossier_file, entityId: id, unitId: product.unitId, before: file, after: row });
  return row;
}

export async function answerDossierItem(w: Write, dossierId: number, input: DossierItemInput): Promise<Dossier> {
  const { dossier, product } = await open(w, dossierId, null, { vi: 'cập nhật hồ sơ này', en: 'change this dossier' });
  const item = checklistItem(dossier, product, await partsOf(w.tx, dossier.id), input.documentId, 'input.documentId');
  assertEditable(dossier, item.stage, { vi: 'cập nhật', en: 'changed' });
  if (input.status === DossierItemStatus.not_applicable && item.requirement === DocumentRequirement.mandatory) {
    throw invalidInput([{ field: 'input.status', message: { vi: `"${item.name.vi}" là tài liệu bắt buộc`, en: `"${item.name.en}" is mandatory` } }]);
  }
  await setItem(w, dossier.id, item.documentId, input.status ?? null, input.note ?? null);
  await appendAudit(w, {
    action: AuditAction.update,
    entity: AuditEntity.dossier,
    entityId: dossier.id,
    unitId: product.unitId,
    before: { id: dossier.id, documentId: item.documentId, status: item.status, note: item.note },
    after: { id: dossier.id, documentId: item.documentId, status: input.status ?? null, note: input.note ?? null },
  });
  return dossier;
}

/** Problems naming each required document still missing, on `documents.<id>`. */
function missingProblems(ids: string[], items: { documentId: string; name: Label }[]): Problems {
  const problems = new Problems();
  for (const id of ids) {
    const name = items.find((i) => i.documentId === id)?.name ?? { vi: id, en: id };
    problems.add(`documents.${id}`, { vi: `còn thiếu: ${name.vi}`, en: `missing: ${name.en}` });
  }
  return problems;
}

/** The subject's dossier is complete: submitted to the commune, under the rule set in force today. */
export async function submitDossier(w: Write, id: number, version: number): Promise<Dossier> {
  const { dossier, product } = await open(w, id, version, { vi: 'nộp hồ sơ này', en: 'submit this dossier' });
  assertState(dossier, SUBJECT_STEPS, { vi: 'nộp', en: 'submitted' });
  const day = today();
  const ruleSetId = await ruleSetIdOn(w.tx, day);
  const parts = await partsOf(w.tx, dossier.id);
  const checklist = checklistOf({ ...dossier, ruleSetId }, product.group, parts.files, parts.items);
  missingProblems(checklist.missing, checklist.items).throwIfAny();
  return moveDossier(w, dossier, DossierState.complete, { submittedOn: day, ruleSetId, missing: null }, null, AuditAction.submit, product.unitId);
}

/** The commune returns the dossier to the subject, saying what is missing. */
export async function returnDossier(w: Write, id: number, version: number, input: ReturnDossierInput): Promise<Dossier> {
  const { dossier, product } = await open(w, id, version, { vi: 'trả lại hồ sơ này', en: 'return this dossier' });
  assertState(dossier, [DossierState.complete], { vi: 'trả lại', en: 'returned' });
  const parts = await partsOf(w.tx, dossier.id);
  const checklist = checklistOf(dossier, product.group, parts.files, parts.items);
  const known = new Set(checklist.items.map((i) => i.documentId));
  const unknown = input.missingDocumentIds.filter((d) => !known.has(d));
  if (unknown.length) {
    throw invalidInput([
      {
        field: 'input.missingDocumentIds',
        message: { vi: `không có trong checklist: ${unknown.join(', ')}`, en: `not in the checklist: ${unknown.join(', ')}` },
      },
    ]);
  }
  const missing = [...new Set([...checklist.missing, ...input.missingDocumentIds])];
  return moveDossier(w, dossier, DossierState.returned, { returnReason: input.reason, missing }, input.reason, AuditAction.return, product.unitId);
}

const CHECKS = Object.values(CommuneCheck);

/** The commune's check of a complete dossier (its four findings and its own documents), forwarding it to the province. */
export async function checkDossier(w: Write, id: number, version: number, input: CheckDossierInput): Promise<Dossier> {
  const { dossier, product } = await open(w, id, version, { vi: 'kiểm tra hồ sơ này', en: 'check this dossier' });
  assertState(dossier, [DossierState.complete], { vi: 'kiểm tra', en: 'checked' });
  const problems = new Problems();
  for (const code of CHECKS) {
    const n = input.checks.filter((c) => c.code === code).length;
    if (n !== 1) {
      const l = ENUM_LABELS.CommuneCheck[code];
      problems.add('input.checks', { vi: `cần đúng một kết luận về "${l.vi}"`, en: `needs exactly one finding on "${l.en}"` });
    }
  }
  const parts = await partsOf(w.tx, dossier.id);
  const checklist = checklistOf(dossier, product.group, parts.files, parts.items);
  for (const p of missingProblems(checklist.missingForForwarding, checklist.items).list) problems.add(p.field, p.message);
  problems.throwIfAny();
  const checks = input.checks.map((c) => ({ code: c.code, met: c.met, note: c.note ?? null }));
  return moveDossier(w, dossier, DossierState.checked, { checkedOn: today(), communeChecks: checks }, input.note ?? null, AuditAction.approve, product.unitId);
}

/** The subject withdraws its dossier (not while a council holds it). */
export async function withdrawDossier(w: Write, id: number, version: number, reason: string): Promise<Dossier> {
  const { dossier, product } = await open(w, id, version, { vi: 'rút hồ sơ này', en: 'withdraw this dossier' });
  assertState(dossier, [DossierState.registered, DossierState.returned, DossierState.complete, DossierState.checked], { vi: 'rút', en: 'withdrawn' });
  return moveDossier(w, dossier, DossierState.withdrawn, {}, reason, AuditAction.update, product.unitId);
}

/** Refusal of a read of a dossier the viewer may not see. */
export function dossierForbidden(id: number) {
  return userError(
    'FORBIDDEN',
    {
      vi: `Bạn không xem được hồ sơ ${id}: hồ sơ chỉ mở cho xã, tỉnh quản lý sản phẩm và hội đồng được giao chấm hồ sơ.`,
      en: `You may not read dossier ${id}: a dossier is open to the commune and province of its product and to the council it is assigned to.`,
    },
    { http: { status: 403 } },
  );
}
