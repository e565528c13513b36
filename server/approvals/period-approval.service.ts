// Approval of a period's figures: a reporting unit submits a month or quarter
// once it has ended, the province approves it or returns it with a reason, and
// reopens an approved one (with a reason) when it must be corrected. Every step
// is one transaction with its entry in the audit log; approved periods lock
// their records on every write path (period-lock.ts).
import { appendAudit } from '../audit/audit.repository.ts';
import { AuditAction, AuditEntity } from '../audit/audit.types.ts';
import { addDays, formatDate, today } from '../common/dates.ts';
import { badInput, notFound } from '../common/errors.ts';
import type { Db } from '../db/sql.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Label } from '../labels/language.ts';
import type { AdminUnit } from '../geo/admin-unit.entity.ts';
import { adminUnitsById } from '../geo/unit-map.repository.ts';
import { assertMayWrite, type Write } from '../writes/write-context.ts';
import { conflict, forbidden } from '../writes/write-errors.ts';
import { insertRow, lockRow, tableOf, unitWithin, updateRow } from '../writes/write.repository.ts';
import { ApprovalStatus, PeriodApproval, type PeriodKind } from './period-approval.entity.ts';
import {
  approvalOf,
  approvalsById,
  coverageCounts,
  reportingSlots,
  reportingUnitOf,
  type CoverageRequest,
  type ReportingUnitFacts,
} from './period-approval.repository.ts';
import {
  ApprovalCoverage,
  ApprovalState,
  ReportingPeriod,
  ReportingPeriods,
  ReportingSummary,
  ReportingStage,
  type PeriodSubmissionInput,
  type ReportingPeriodsArgs,
} from './period-approval.types.ts';
import { dueOn, periodLabel, periodOf, periodsBetween, type Period } from './periods.ts';
import { periodNumber } from './period-lock.ts';

const LABEL = { vi: 'Kỳ báo cáo', en: 'Period approval' };
const unitName = (u: Pick<ReportingUnitFacts, 'type' | 'name'>) => `${u.type} ${u.name}`;
const statusLabel = (s: ApprovalStatus): Label => ENUM_LABELS.ApprovalStatus[s];

/** Refuses a viewer whose write scope does not hold the unit. */
async function assertInScope(w: Write, unitId: number, what: Label): Promise<void> {
  assertMayWrite(w.viewer);
  const scope = w.viewer.writeScopeId;
  if (scope === null || scope === undefined || (await unitWithin(w.tx, scope, unitId))) return;
  throw forbidden({ vi: `Bạn không thể ${what.vi}: đơn vị này nằm ngoài phạm vi của bạn.`, en: `You may not ${what.en}: the unit lies outside your scope.` });
}

export async function submitPeriod(w: Write, input: PeriodSubmissionInput): Promise<PeriodApproval> {
  const period = periodOf(input.kind, input.year, input.number);
  if (!period) throw badInput('input.number', { vi: 'quý chỉ từ 1 đến 4', en: 'a quarter is 1 to 4' });
  const label = periodLabel(period);
  const unit = await reportingUnitOf(w.tx, input.unitId);
  if (!unit) throw notFound({ vi: 'Đơn vị hành chính', en: 'Administrative unit' }, input.unitId);
  await assertInScope(w, unit.id, { vi: `nộp số liệu ${label.vi} của ${unitName(unit)}`, en: `submit the ${label.en} figures of ${unitName(unit)}` });
  if (!unit.reports) {
    throw badInput('input.unitId', {
      vi: `${unitName(unit)} không báo cáo theo kỳ: huyện báo cáo các kỳ đến 30/06/2025, xã báo cáo từ 01/07/2025`,
      en: `${unitName(unit)} does not report periods: districts report periods up to 30/06/2025, communes from 01/07/2025`,
    });
  }
  if ((unit.validFrom && unit.validFrom > period.start) || (unit.validTo && unit.validTo < period.end)) {
    throw badInput('input.unitId', { vi: `${unitName(unit)} không tồn tại suốt ${label.vi}`, en: `${unitName(unit)} did not exist throughout ${label.en}` });
  }
  if (today() < period.end) {
    throw badInput('input.number', {
      vi: `${label.vi} chưa kết thúc: nộp được từ ngày ${formatDate(period.end)}`,
      en: `${label.en} has not ended: it can be submitted from ${formatDate(period.end)}`,
    });
  }
  const before = await approvalOf(w.tx, unit.id, input.kind, period.start);
  if (before && (before.status === ApprovalStatus.submitted || before.status === ApprovalStatus.approved)) {
    const s = statusLabel(before.status);
    throw badInput('input', {
      vi: `số liệu ${label.vi} của ${unitName(unit)} đã ở trạng thái "${s.vi}"`,
      en: `the ${label.en} figures of ${unitName(unit)} are already "${s.en}"`,
    });
  }
  const table = tableOf(w.tx, PeriodApproval);
  const submitted = { status: ApprovalStatus.submitted, submittedAt: new Date(), submittedById: w.viewer.user.id, reason: null };
  const row = before
    ? await updateRow(w.tx, table, before.id, submitted)
    : await insertRow(w.tx, table, { unitId: unit.id, periodKind: input.kind, periodStart: period.start, periodEnd: period.end, ...submitted });
  await appendAudit(w, {
    action: AuditAction.submit,
    entity: AuditEntity.period_approval,
    entityId: row.id,
    unitId: unit.id,
    before: before ?? null,
    after: row,
  });
  return row;
}

export type Decision = AuditAction.approve | AuditAction.return | AuditAction.reopen;

/** What each decision needs the period to be, and makes it. */
const DECISIONS: Record<Decision, { from: ApprovalStatus; to: ApprovalStatus; verb: Label; done: string }> = {
  [AuditAction.approve]: { from: ApprovalStatus.submitted, to: ApprovalStatus.approved, verb: { vi: 'phê duyệt', en: 'approve' }, done: 'approved' },
  [AuditAction.return]: { from: ApprovalStatus.submitted, to: ApprovalStatus.returned, verb: { vi: 'trả lại', en: 'return' }, done: 'returned' },
  [AuditAction.reopen]: { from: ApprovalStatus.approved, to: ApprovalStatus.open, verb: { vi: 'mở lại', en: 'reopen' }, done: 'reopened' },
};

/** The province approves, returns or reopens a period; returning and reopening need a reason. */
export async function decidePeriod(w: Write, id: number, version: number, decision: Decision, reason: string | null): Promise<PeriodApproval> {
  const table = tableOf(w.tx, PeriodApproval);
  const before = await lockRow(w.tx, table, id);
  if (!before) throw notFound(LABEL, id);
  if (before.version !== version) throw conflict(LABEL, id, before.version, version);
  const rule = DECISIONS[decision];
  const label = periodLabel({
    kind: before.periodKind as PeriodKind,
    year: Number(before.periodStart.slice(0, 4)),
    number: periodNumber(before.periodKind, before.periodStart),
  });
  await assertInScope(w, before.unitId, { vi: `${rule.verb.vi} số liệu ${label.vi}`, en: `${rule.verb.en} the ${label.en} figures` });
  if (before.status !== rule.from) {
    const [now, needed] = [statusLabel(before.status), statusLabel(rule.from)];
    throw badInput('id', {
      vi: `kỳ ${label.vi} đang ở trạng thái "${now.vi}": chỉ ${rule.verb.vi} được kỳ "${needed.vi}"`,
      en: `the ${label.en} period is "${now.en}": only a "${needed.en}" period can be ${rule.done}`,
    });
  }
  const row = await updateRow(w.tx, table, id, { status: rule.to, decidedAt: new Date(), decidedById: w.viewer.user.id, reason });
  await appendAudit(w, { action: decision, entity: AuditEntity.period_approval, entityId: id, unitId: before.unitId, before, after: row });
  return row;
}

/** Where each reporting period of the units within `scopeId` stands on `day`. */
export async function reportingPeriods(db: Db, scope: AdminUnit, args: ReportingPeriodsArgs, day = today()): Promise<ReportingPeriods> {
  if (args.from > args.to) throw badInput('to', { vi: 'kết thúc trước ngày bắt đầu', en: 'ends before `from`' });
  if (args.to > addDays(args.from, 3 * 366)) throw badInput('to', { vi: 'tối đa ba năm sau `from`', en: 'at most three years after `from`' });
  const periods: Period[] = periodsBetween(args.kind, args.from, args.to);
  const slots = await reportingSlots(db, scope.id, args.kind, periods);
  const [units, approvals] = await Promise.all([
    adminUnitsById(db, [...new Set(slots.map((s) => s.unitId))]),
    approvalsById(
      db,
      slots.flatMap((s) => (s.approvalId === null ? [] : [s.approvalId])),
    ),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const approvalById = new Map(approvals.map((a) => [a.id, a]));
  const all = slots.map((s) => {
    const approval = s.approvalId === null ? null : (approvalById.get(s.approvalId) ?? null);
    const status = approval?.status ?? ApprovalStatus.open;
    const stage =
      status === ApprovalStatus.open
        ? s.end > day
          ? ReportingStage.in_progress
          : ReportingStage.awaiting_submission
        : status === ApprovalStatus.submitted
          ? ReportingStage.awaiting_approval
          : status === ApprovalStatus.returned
            ? ReportingStage.returned
            : ReportingStage.approved;
    const due = dueOn(s);
    const overdue = (stage === ReportingStage.awaiting_submission || stage === ReportingStage.returned) && day > due;
    return Object.assign(new ReportingPeriod(), {
      unit: unitById.get(s.unitId)!,
      kind: args.kind,
      year: s.year,
      number: s.number,
      periodStart: s.start,
      periodEnd: s.end,
      dueOn: due,
      stage,
      overdue,
      approval,
    });
  });
  const count = (stage: ReportingStage) => all.filter((p) => p.stage === stage).length;
  const summary = Object.assign(new ReportingSummary(), {
    inProgress: count(ReportingStage.in_progress),
    awaitingSubmission: count(ReportingStage.awaiting_submission),
    awaitingApproval: count(ReportingStage.awaiting_approval),
    returned: count(ReportingStage.returned),
    approved: count(ReportingStage.approved),
    overdue: all.filter((p) => p.overdue).length,
  });
  const shown = all.filter((p) => (!args.stages?.length || args.stages.includes(p.stage)) && (!args.overdueOnly || p.overdue));
  return Object.assign(new ReportingPeriods(), { scope, summary, periods: shown });
}

/** Whether the data behind each figure (its scope's reporting units, the months from `from` to `to`) is approved, in request order. */
export async function approvalCoverage(db: Db, requests: CoverageRequest[]): Promise<ApprovalCoverage[]> {
  if (!requests.length) return [];
  const counts = new Map((await coverageCounts(db, requests)).map((c) => [c.i, c]));
  return requests.map((r, index) => {
    const c = counts.get(index + 1) ?? { periods: 0, approved: 0, submitted: 0, returned: 0 };
    const state =
      c.periods === 0
        ? ApprovalState.no_periods
        : c.approved === c.periods
          ? ApprovalState.approved
          : c.approved > 0
            ? ApprovalState.partly_approved
            : ApprovalState.not_approved;
    return Object.assign(new ApprovalCoverage(), {
      state,
      periods: c.periods,
      approved: c.approved,
      submitted: c.submitted,
      returned: c.returned,
      approvedShare: c.periods ? Math.round((10_000 * c.approved) / c.periods) / 100 : null,
      from: r.from <= r.to ? r.from : null,
      to: r.from <= r.to ? r.to : null,
    });
  });
}
