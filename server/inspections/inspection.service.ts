// Checks after recognition (hậu kiểm): planned one by one (by risk, after a
// complaint) or drawn at random for a year's plan; carried out with findings
// and a consequence. Revocation and downgrade go through the certificate
// writer, so the certificate's validity, the product's status, the result
// cache and every KPI follow in the same transaction. Each step is audited.
import { appendAudit } from '../audit/audit.repository.ts';
import { AuditAction, AuditEntity } from '../audit/audit.types.ts';
import { today } from '../common/dates.ts';
import { badInput } from '../common/errors.ts';
import { assertUnitWrite } from '../dossiers/dossier.service.ts';
import { certificateWriter, revokeCertificate } from '../evaluations/evaluation.writer.ts';
import type { Label } from '../labels/language.ts';
import { lockAtVersion } from '../writes/locking.ts';
import type { Write } from '../writes/write-context.ts';
import { Problems } from '../writes/write-errors.ts';
import { insertRow, readRow, tableOf, unitIdByCodeOn, updateRow } from '../writes/write.repository.ts';
import { Evaluation } from '../evaluations/evaluation.entity.ts';
import { Inspection, InspectionConsequence, InspectionMethod, InspectionState } from './inspection.entity.ts';
import { certificateFacts, insertSample, validCertificateOf } from './inspection.repository.ts';
import type { InspectionFindingInput, InspectionSampleInput, PlanInspectionInput, SettleInspectionInput } from './inspection.types.ts';

const LABEL: Label = { vi: 'Đợt kiểm tra', en: 'Inspection' };
const PLAN: Label = { vi: 'lập kế hoạch kiểm tra sản phẩm này', en: 'plan checks of this product' };

async function audit(
  w: Write,
  action: Exclude<AuditAction, AuditAction.import>,
  unitId: number,
  before: Inspection | null,
  after: Inspection,
  extra: Record<string, unknown> = {},
) {
  await appendAudit(w, { action, entity: AuditEntity.inspection, entityId: after.id, unitId, before, after: { ...after, ...extra } });
}

export async function planInspection(w: Write, input: PlanInspectionInput): Promise<Inspection> {
  if (input.method === InspectionMethod.random) {
    throw badInput('input.method', {
      vi: 'mẫu ngẫu nhiên được rút bằng drawInspectionSample (có hạt giống ghi lại)',
      en: 'a random sample is drawn with drawInspectionSample (with its recorded seed)',
    });
  }
  const cert = await validCertificateOf(w.tx, input.productId, input.plannedOn);
  if (!cert) {
    throw badInput('input.productId', {
      vi: `sản phẩm ${input.productId} không có giấy chứng nhận còn hiệu lực ngày ${input.plannedOn}: không có gì để hậu kiểm`,
      en: `product ${input.productId} holds no certificate valid on ${input.plannedOn}: there is nothing to check`,
    });
  }
  await assertUnitWrite(w, cert.unitId, PLAN);
  const row = await insertRow(w.tx, tableOf(w.tx, Inspection), {
    productId: input.productId,
    certificateId: cert.id,
    year: Number(input.plannedOn.slice(0, 4)),
    method: input.method,
    riskScore: input.riskScore ?? null,
    plannedOn: input.plannedOn,
    state: InspectionState.planned,
  });
  await audit(w, AuditAction.create, cert.unitId, null, row);
  return row;
}

export async function drawInspectionSample(w: Write, input: InspectionSampleInput): Promise<Inspection[]> {
  const unitId = await unitIdByCodeOn(w.tx, input.unitCode, today(), null);
  if (unitId === undefined)
    throw badInput('input.unitCode', { vi: `không có đơn vị mã ${input.unitCode} hôm nay`, en: `no unit has code ${input.unitCode} today` });
  await assertUnitWrite(w, unitId, { vi: 'lập kế hoạch kiểm tra trong đơn vị này', en: 'plan checks in this unit' });
  const rows = await insertSample(w.tx, { unitId, year: input.year, count: input.count, seed: input.seed, plannedOn: input.plannedOn });
  for (const row of rows) await audit(w, AuditAction.create, unitId, null, row);
  return rows;
}

/** The check locked at the client's version, with its certificate's unit, and the viewer's right to act on it. */
async function open(w: Write, id: number, version: number, state: InspectionState, verb: Label) {
  const before = await lockAtVersion(w.tx, Inspection, LABEL, id, version);
  const cert = (await certificateFacts(w.tx, before.certificateId))!;
  await assertUnitWrite(w, cert.unitId, verb);
  if (before.state !== state) {
    throw badInput('id', { vi: `đợt kiểm tra ${id} không ở trạng thái có thể ${verb.vi}`, en: `inspection ${id} is not in a state where it can ${verb.en}` });
  }
  return { before, cert };
}

/** Revokes the checked certificate through the certificate writer (validity, product status and figures follow). */
async function revoke(w: Write, certificateId: number, on: string, reason: string): Promise<void> {
  const cert = (await certificateFacts(w.tx, certificateId))!;
  await revokeCertificate(w, certificateId, cert.version, { revokedOn: on, reason });
}

export async function recordInspection(w: Write, id: number, version: number, input: InspectionFindingInput): Promise<Inspection> {
  const { before, cert } = await open(w, id, version, InspectionState.planned, { vi: 'ghi kết quả kiểm tra', en: 'record findings' });
  const problems = new Problems();
  if (input.inspectedOn < before.plannedOn)
    problems.add('input.inspectedOn', {
      vi: `không trước ngày lập kế hoạch (${before.plannedOn})`,
      en: `must not be before the planned day (${before.plannedOn})`,
    });
  if (input.inspectedOn > today()) problems.add('input.inspectedOn', { vi: 'không sau hôm nay', en: 'must not be after today' });
  const c = input.consequence;
  if (c === InspectionConsequence.fix_deadline) {
    if (!input.fixBy || input.fixBy <= input.inspectedOn)
      problems.add('input.fixBy', { vi: 'cần hạn khắc phục sau ngày kiểm tra', en: 'needs a deadline after the check' });
  } else if (input.fixBy) problems.add('input.fixBy', { vi: 'chỉ dùng khi yêu cầu khắc phục có thời hạn', en: 'only with fix_deadline' });
  const decides = c === InspectionConsequence.revocation || c === InspectionConsequence.downgrade;
  if (decides && !input.decisionNumber?.trim())
    problems.add('input.decisionNumber', { vi: 'cần số quyết định thu hồi hoặc hạ hạng', en: 'needs the number of the revocation or downgrade decision' });
  let reevaluation: Evaluation | undefined;
  if (c === InspectionConsequence.downgrade) {
    reevaluation = input.reevaluationId == null ? undefined : await readRow(w.tx, tableOf(w.tx, Evaluation), input.reevaluationId);
    if (!reevaluation || reevaluation.productId !== before.productId) {
      problems.add('input.reevaluationId', { vi: 'cần một lần đánh giá lại của chính sản phẩm này', en: 'needs a re-evaluation of this very product' });
    } else if (reevaluation.stars >= cert.stars || reevaluation.stars < 3) {
      problems.add('input.reevaluationId', {
        vi: `đánh giá lại được ${reevaluation.stars} sao: hạ hạng cần từ 3 đến ${cert.stars - 1} sao (dưới 3 sao là thu hồi)`,
        en: `the re-evaluation has ${reevaluation.stars}★: a downgrade needs 3 to ${cert.stars - 1}★ (below 3★ is a revocation)`,
      });
    }
  } else if (input.reevaluationId != null) problems.add('input.reevaluationId', { vi: 'chỉ dùng khi hạ hạng', en: 'only with downgrade' });
  problems.throwIfAny();
  let newCertificateId: number | null = null;
  if (decides) {
    await revoke(w, before.certificateId, input.inspectedOn, `${input.decisionNumber}: ${input.findings}`);
    if (reevaluation) {
      newCertificateId = (
        await certificateWriter.create(w, { evaluationId: reevaluation.id, decisionNumber: input.decisionNumber!, decidedOn: input.inspectedOn })
      ).row.id;
    }
  }
  const row = await updateRow(w.tx, tableOf(w.tx, Inspection), id, {
    state: c === InspectionConsequence.fix_deadline ? InspectionState.awaiting_fix : InspectionState.closed,
    inspectedOn: input.inspectedOn,
    findings: input.findings,
    consequence: c,
    fixBy: input.fixBy ?? null,
    decisionNumber: input.decisionNumber ?? null,
    newCertificateId,
  });
  await audit(w, AuditAction.update, cert.unitId, before, row);
  return row;
}

/** A deadline to fix ends: fixed (closed), or not (the certificate is revoked). */
export async function settleInspection(w: Write, id: number, version: number, input: SettleInspectionInput): Promise<Inspection> {
  const { before, cert } = await open(w, id, version, InspectionState.awaiting_fix, { vi: 'kết thúc hạn khắc phục', en: 'settle the deadline' });
  const problems = new Problems();
  if (input.on < before.inspectedOn!)
    problems.add('input.on', { vi: `không trước ngày kiểm tra (${before.inspectedOn})`, en: `must not be before the check (${before.inspectedOn})` });
  if (input.on > today()) problems.add('input.on', { vi: 'không sau hôm nay', en: 'must not be after today' });
  if (!input.fixed && !input.decisionNumber?.trim())
    problems.add('input.decisionNumber', { vi: 'không khắc phục: cần số quyết định thu hồi', en: 'not fixed: needs the number of the revocation decision' });
  problems.throwIfAny();
  if (!input.fixed) await revoke(w, before.certificateId, input.on, `${input.decisionNumber}: ${input.resolution}`);
  const row = await updateRow(w.tx, tableOf(w.tx, Inspection), id, {
    state: InspectionState.closed,
    fixedOn: input.fixed ? input.on : null,
    resolution: input.resolution,
    ...(input.fixed ? {} : { consequence: InspectionConsequence.revocation, decisionNumber: input.decisionNumber }),
  });
  await audit(w, AuditAction.update, cert.unitId, before, row);
  return row;
}
