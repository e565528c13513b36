// The attention list: every target not on track (behind, at risk, not started,
// not measurable, invalid) and every failed one, lagging disbursement,
// certificates about to expire, milestones past due — each with its reason.
import type DataLoader from 'dataloader';
import { addDays, daysBetween, formatDate, formatDateEn } from '../common/dates.ts';
import { unitTitle } from '../labels/unit-names.ts';
import { capitalise } from '../reports/vietnamese-text.ts';
import { cachedResult } from '../common/result-cache.ts';
import type { Context } from '../context.ts';
import type { Db } from '../db/sql.ts';
import type { AdminUnit } from '../geo/admin-unit.entity.ts';
import { findMetric } from '../metrics/catalogue.ts';
import { TargetUnit } from '../plans/plan.entity.ts';
import { evaluateMetrics, resultKey } from '../metrics/metric.repository.ts';
import { Alert, AlertKind, AlertSeverity } from './alerts.types.ts';
import { MilestoneStatus, type TargetProgress } from './progress.types.ts';
import { activeTargets, planMilestones, roundsHeld, unitAndDistricts } from './progress.repository.ts';
import { milestoneProgress } from './milestones.ts';
import { computeProgress } from './progress.service.ts';
import { ProgressStatus } from './status.ts';

/** Disbursement this many percentage points behind the share of the year elapsed is "lagging". */
export const DISBURSEMENT_LAG_POINTS = 20;
export const EXPIRY_WINDOW_MONTHS = 6;

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function alert(kind: AlertKind, severity: AlertSeverity, messageVi: string, messageEn: string, extra: Partial<Alert> & { unitId?: number } = {}): Alert {
  return Object.assign(new Alert(), { kind, severity, messageVi, messageEn, unit: null, target: null, milestone: null, count: null, ...extra });
}

function flatten(progress: TargetProgress[]): TargetProgress[] {
  return progress.flatMap((p) => [p, ...flatten(p.districts)]);
}

/** A figure as the alert states it, with its unit where it is a percentage. */
function figure(value: number | null, unit: TargetUnit, format: Intl.NumberFormat): string {
  if (value === null) return '—';
  const n = format.format(Math.round(value * 100) / 100);
  return unit === TargetUnit.percent ? `${n}%` : n;
}

/** The alert a target's status calls for: every target not on track and every failed one. */
function targetAlert(p: TargetProgress, unit: AdminUnit | null): Alert | null {
  const name = { vi: `${p.metric.labelVi} (${unit ? unitTitle(unit, 'vi') : ''})`, en: `${p.metric.labelEn} (${unit ? unitTitle(unit, 'en') : ''})` };
  const range = (f: Intl.NumberFormat) =>
    p.targetMax === null ? figure(p.targetMin, p.unit, f) : `${figure(p.targetMin, p.unit, f)}–${figure(p.targetMax, p.unit, f)}`;
  const actual = { vi: figure(p.actual, p.unit, vi), en: figure(p.actual, p.unit, en) };
  const due = { vi: formatDate(p.target.dueDate), en: formatDateEn(p.target.dueDate) };
  const extra = { target: p.target, unitId: p.target.scopeUnitId };
  switch (p.status) {
    case ProgressStatus.not_achieved:
      return alert(
        AlertKind.target_not_achieved,
        AlertSeverity.high,
        `${name.vi} không đạt: đến hạn ${due.vi} đạt ${actual.vi}/${range(vi)}.`,
        `${name.en} not achieved: ${actual.en} of ${range(en)} by its due date ${due.en}.`,
        extra,
      );
    case ProgressStatus.off_track:
    case ProgressStatus.at_risk: {
      const behind = p.status === ProgressStatus.off_track;
      return alert(
        AlertKind.target_off_track,
        behind ? AlertSeverity.high : AlertSeverity.medium,
        `${name.vi} ${behind ? 'chậm tiến độ' : 'có nguy cơ không đạt'}: đạt ${actual.vi}/${range(vi)}, dự báo ${figure(p.forecast, p.unit, vi)} vào ${due.vi}.`,
        `${name.en} is ${behind ? 'behind' : 'at risk'}: ${actual.en} of ${range(en)}, forecast ${figure(p.forecast, p.unit, en)} by ${due.en}.`,
        extra,
      );
    }
    case ProgressStatus.not_started:
      return alert(
        AlertKind.target_not_started,
        AlertSeverity.medium,
        `${name.vi} chưa có kết quả nào từ đầu kỳ: đạt ${actual.vi}/${range(vi)}, hạn ${due.vi}.`,
        `${name.en} has nothing yet since its period began: ${actual.en} of ${range(en)}, due ${due.en}.`,
        extra,
      );
    case ProgressStatus.no_data:
      return alert(
        AlertKind.target_no_data,
        AlertSeverity.medium,
        `${name.vi} không đo được từ dữ liệu hiện có: ${p.reason?.vi}.`,
        `${name.en} cannot be measured from the data held: ${p.reason?.en}.`,
        extra,
      );
    case ProgressStatus.invalid_definition:
      return alert(
        AlertKind.target_invalid,
        AlertSeverity.high,
        `Chỉ tiêu ${name.vi} có định nghĩa không hợp lệ, cần sửa: ${p.reason?.vi}.`,
        `The target ${name.en} has an invalid definition to correct: ${p.reason?.en}.`,
        extra,
      );
    default:
      return null;
  }
}

/** What needs attention in the unit with this code on `asOf`, most severe first. */
export function alerts(ctx: Context, unitCode: string, asOf: string): Promise<Alert[]> {
  return cachedResult(ctx, ['alerts', unitCode, asOf], () => computeAlerts(ctx.db, ctx.loaders.unitById, unitCode, asOf));
}

async function computeAlerts(db: Db, unitById: DataLoader<number, AdminUnit | null>, unitCode: string, asOf: string): Promise<Alert[]> {
  const units = await unitAndDistricts(db, unitCode, asOf);
  if (!units.length) return [];
  const unit = units.find((u) => u.code === unitCode) ?? units[0];
  const districts = unit.level === 'province' ? units.filter((u) => u.level === 'district') : [unit];

  const targets = await activeTargets(db, unitCode, asOf);
  const planIds = [...new Set(targets.map((t) => t.planId))];
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const rate = findMetric('disbursement_rate')!;
  const expiring = findMetric('expiring_certificates')!;
  const [progress, milestones, rounds, figures] = await Promise.all([
    computeProgress(db, targets, asOf),
    planMilestones(db, planIds),
    roundsHeld(db, planIds),
    evaluateMetrics(db, [
      { metric: rate, rollup: rate.rollup, params: {}, scopeIds: districts.map((d) => d.id), dates: [asOf], periodStart: yearStart },
      { metric: expiring, rollup: expiring.rollup, params: { months: EXPIRY_WINDOW_MONTHS }, scopeIds: [unit.id], dates: [asOf], periodStart: yearStart },
    ]),
  ]);
  const alerts: Alert[] = [];

  const flat = flatten(progress);
  const scopeIds = [...new Set(flat.map((p) => p.target.scopeUnitId))];
  const scopeUnits = await unitById.loadMany(scopeIds);
  const unitOf = new Map(scopeIds.map((id, i) => [id, scopeUnits[i] instanceof Error ? null : scopeUnits[i]]));
  for (const p of flat) {
    const a = targetAlert(p, unitOf.get(p.target.scopeUnitId) ?? null);
    if (a) alerts.push(a);
  }

  const elapsed = Math.round((100 * (daysBetween(yearStart, asOf) + 1)) / (daysBetween(yearStart, `${asOf.slice(0, 4)}-12-31`) + 1));
  for (const d of districts) {
    const value = figures.get(resultKey(0, d.id, asOf))?.value ?? null;
    if (value !== null && value < elapsed - DISBURSEMENT_LAG_POINTS) {
      alerts.push(
        alert(
          AlertKind.disbursement_lagging,
          AlertSeverity.medium,
          `${capitalise(unitTitle(d, 'vi'))} mới giải ngân ${vi.format(value)}% kinh phí năm ${asOf.slice(0, 4)} khi đã qua ${elapsed}% thời gian của năm.`,
          `${unitTitle(d, 'en')} has disbursed ${en.format(value)}% of its ${asOf.slice(0, 4)} funds with ${elapsed}% of the year gone.`,
          { unitId: d.id },
        ),
      );
    }
  }

  const expiringCount = figures.get(resultKey(1, unit.id, asOf))?.value ?? 0;
  if (expiringCount > 0) {
    const until = addDays(asOf, 183);
    alerts.push(
      alert(
        AlertKind.certificates_expiring,
        AlertSeverity.medium,
        `${vi.format(expiringCount)} sản phẩm có giấy chứng nhận OCOP hết hạn trước ${formatDate(until)}: cần đánh giá lại.`,
        `${en.format(expiringCount)} products have OCOP certificates expiring within ${EXPIRY_WINDOW_MONTHS} months: re-evaluation needed.`,
        { unitId: unit.id, count: expiringCount },
      ),
    );
  }

  for (const m of milestoneProgress(milestones, rounds, asOf)) {
    if (m.status !== MilestoneStatus.overdue || m.milestone.deadline < addDays(asOf, -365)) continue;
    alerts.push(
      alert(
        AlertKind.milestone_overdue,
        AlertSeverity.high,
        `Quá hạn ${formatDate(m.milestone.deadline)} chưa hoàn thành: ${m.milestone.title}.`,
        `Not done by its deadline ${formatDateEn(m.milestone.deadline)}: ${m.milestone.title}.`,
        { milestone: m.milestone, unitId: m.milestone.scopeUnitId },
      ),
    );
  }
  const order = [AlertSeverity.high, AlertSeverity.medium, AlertSeverity.low];
  return alerts.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
}
