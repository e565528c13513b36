// From progress results to plain Vietnamese: what each metric counts (a noun
// phrase per metric and parameters), where ("toàn tỉnh", "huyện Yên Thế"),
// and one sentence per target — "Lũy kế đến ngày 14/12/2024, toàn tỉnh có 345
// sản phẩm đạt từ 3 sao trở lên, đạt 98,6% kế hoạch năm (350 sản phẩm)".
// The one place that reads TargetProgress for wording: a new metric or status
// needs a line here (unknown ones fall back to the catalogue's own label).
import { formatDate } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { MetricParams } from '../metrics/metric-definition.ts';
import type { Plan } from '../plans/plan.entity.ts';
import type { TargetProgress } from '../progress/progress.types.ts';
import type { ReportUnit } from './report.repository.ts';
import { capitalise, viNumber, viPercent, viVnd } from './vietnamese-text.ts';

/** What a metric counts, lower case, and the noun its figures are counted in. */
interface Phrase {
  what: string;
  noun: string;
}

const stars = (p: MetricParams, fallback = 3): string => {
  const min = p.minStars ?? fallback;
  if (p.maxStars !== undefined && p.maxStars < 5) return min === p.maxStars ? `đạt ${min} sao` : `đạt từ ${min} đến ${p.maxStars} sao`;
  return min >= 5 ? 'đạt 5 sao' : `đạt từ ${min} sao trở lên`;
};

const LEVEL: Record<string, string> = { district: 'cấp huyện', province: 'cấp tỉnh', central: 'cấp quốc gia' };
const level = (p: MetricParams) => (p.level ? ` do ${LEVEL[p.level] ?? p.level} công nhận` : '');
const label = (group: keyof typeof ENUM_LABELS, value: unknown): string =>
  (ENUM_LABELS[group] as Record<string, { vi: string }>)[String(value)]?.vi.toLowerCase() ?? String(value);

const PHRASES: Record<string, (p: MetricParams) => Phrase> = {
  certified_products: (p) => ({ what: `sản phẩm ${stars(p)}${level(p)}`, noun: 'sản phẩm' }),
  new_certified_products: (p) => ({ what: `sản phẩm mới ${stars(p)}`, noun: 'sản phẩm' }),
  upgraded_products: () => ({ what: 'sản phẩm được nâng hạng sao', noun: 'sản phẩm' }),
  national_5star_candidates: () => ({ what: 'sản phẩm được đề xuất đánh giá, phân hạng 5 sao cấp quốc gia', noun: 'sản phẩm' }),
  named_products_certified: (p) => ({ what: `sản phẩm được kế hoạch nêu tên ${stars(p)}${level(p)}`, noun: 'sản phẩm' }),
  subjects: (p) => ({ what: p.type ? `chủ thể OCOP là ${label('SubjectType', p.type)}` : 'chủ thể OCOP', noun: 'chủ thể' }),
  cooperative_share: () => ({ what: 'tỷ lệ chủ thể OCOP là hợp tác xã', noun: '' }),
  value_chain_subjects: () => ({ what: 'tổ chức kinh tế liên kết theo chuỗi giá trị', noun: 'tổ chức' }),
  communes_with_products: () => ({ what: 'xã có sản phẩm đăng ký tham gia OCOP', noun: 'xã' }),
  allocated_vnd: (p) => ({ what: `kinh phí được phân bổ${p.source ? ` từ ${label('FundingSource', p.source)}` : ''}`, noun: '' }),
  disbursed_vnd: (p) => ({ what: `kinh phí đã giải ngân${p.source ? ` từ ${label('FundingSource', p.source)}` : ''}`, noun: '' }),
  disbursement_rate: () => ({ what: 'tỷ lệ giải ngân', noun: '' }),
  training_classes: (p) => ({ what: `lớp tập huấn${p.audience ? ` cho ${label('TrainingAudience', p.audience)}` : ''}`, noun: 'lớp' }),
  learners_trained: () => ({ what: 'lượt học viên được tập huấn', noun: 'lượt học viên' }),
  training_coverage: () => ({ what: 'tỷ lệ học viên được tập huấn so với kế hoạch', noun: '' }),
  promotion_events: (p) => ({
    what: `hoạt động xúc tiến thương mại${p.scope ? ` (${label('EventScope', p.scope)})` : ''}`,
    noun: 'hoạt động',
  }),
  sales_points: (p) => ({ what: p.status === 'upgraded' ? 'điểm bán sản phẩm OCOP được nâng cấp' : 'điểm bán sản phẩm OCOP mới', noun: 'điểm' }),
  tourism_products: (p) => ({ what: `sản phẩm dịch vụ du lịch cộng đồng ${stars(p)}`, noun: 'sản phẩm' }),
  expiring_certificates: (p) => ({ what: `sản phẩm có giấy chứng nhận hết hạn trong ${p.months ?? 6} tháng tới`, noun: 'sản phẩm' }),
  subjects_supported: () => ({ what: 'chủ thể được hỗ trợ kinh phí', noun: 'chủ thể' }),
};

/** What the metric counts with these parameters; the catalogue's label for a metric this file does not know yet. */
export function metricPhrase(metricId: string, labelVi: string, params: MetricParams): Phrase {
  const { each: _each, ...rest } = params as MetricParams & { each?: unknown };
  return PHRASES[metricId]?.(rest) ?? { what: labelVi.toLowerCase(), noun: '' };
}

/** "tỉnh Bắc Giang", "thành phố Bắc Giang", "Quận 1". */
export function unitName(u: Pick<ReportUnit, 'type' | 'name'>): string {
  return /^\d/.test(u.name) ? `${u.type} ${u.name}` : `${u.type.toLowerCase()} ${u.name}`;
}

/** Where a figure is: "toàn tỉnh" for the reporting unit itself, else the unit's name. */
export function wherePhrase(scope: ReportUnit | undefined, reporting: ReportUnit): string {
  if (!scope) return 'địa bàn';
  return scope.id === reporting.id ? `toàn ${scope.type.toLowerCase()}` : unitName(scope);
}

const STATUS_PHRASE: Record<string, string> = {
  achieved: 'đã hoàn thành chỉ tiêu',
  on_track: 'đúng tiến độ',
  at_risk: 'có nguy cơ không hoàn thành đúng hạn',
  off_track: 'chậm so với tiến độ',
  not_started: 'chưa có kết quả',
  overdue: 'đã quá hạn mà chưa hoàn thành',
};

/** The verdict on a target, lower case; a status added later reads as its label. */
export function statusPhrase(status: string): string {
  return STATUS_PHRASE[status] ?? label('ProgressStatus', status);
}

/** A value in its target's unit: "345", "33,3%", "20.967.000.000 đồng". */
export function valueText(value: number, unit: string): string {
  if (unit === 'percent') return viPercent(value);
  if (unit === 'vnd') return viVnd(BigInt(Math.round(value)));
  return viNumber(value);
}

/** The planned figure with its noun: "350 sản phẩm", "25–30 sản phẩm", "35%". */
export function targetText(p: Pick<TargetProgress, 'targetMin' | 'targetMax' | 'unit'>, noun: string): string {
  const figure =
    p.targetMax !== null && p.targetMax !== p.targetMin
      ? `${valueText(p.targetMin, p.unit)}–${valueText(p.targetMax, p.unit)}`
      : valueText(p.targetMin, p.unit);
  return p.unit === 'count' || p.unit === 'people' ? [figure, noun].filter(Boolean).join(' ') : figure;
}

/** "kế hoạch năm (350 sản phẩm)" when the target falls due at the end of its one-year plan, else "kế hoạch (1 sản phẩm, hạn 31/03/2025)". */
function planned(p: TargetProgress, plan: Plan | undefined, figure: string): string {
  const yearly = plan && plan.periodStart.endsWith('-01-01') && plan.periodEnd === `${plan.periodStart.slice(0, 4)}-12-31`;
  return yearly && p.target.dueDate === plan.periodEnd ? `kế hoạch năm (${figure})` : `kế hoạch (${figure}, hạn ${formatDate(p.target.dueDate)})`;
}

export interface TargetLine {
  /** What the target counts, where: "Sản phẩm đạt từ 3 sao trở lên (toàn tỉnh)". */
  label: string;
  sentence: string;
  planned: string;
  actual: string;
  ratio: string;
  verdict: string;
}

/** The sentence and table row of one target. */
export function targetLine(
  p: TargetProgress,
  plan: Plan | undefined,
  scope: ReportUnit | undefined,
  reporting: ReportUnit,
  units: Map<number, ReportUnit>,
): TargetLine {
  const phrase = metricPhrase(p.metric.id, p.metric.labelVi, p.target.params as MetricParams);
  const where = wherePhrase(scope, reporting);
  const verdict = statusPhrase(p.status);
  const target = targetText(p, phrase.noun);
  const label = `${capitalise(phrase.what)} (${where})`;

  if (p.districts.length) return districtsLine(p, phrase, where, units, verdict);

  const on = formatDate(p.measuredOn);
  const planText = planned(p, plan, target);
  if (p.actual === null) {
    return {
      label,
      sentence: `Đến ngày ${on}, chưa có số liệu để tính ${phrase.what} của ${where} (${planText}).`,
      planned: target,
      actual: '—',
      ratio: '—',
      verdict,
    };
  }
  const actual = valueText(p.actual, p.unit);
  const ratio = p.ratio === null ? null : viPercent(p.ratio * 100);
  const against = ratio ? `, đạt ${ratio} ${planText}` : ` (${planText})`;
  const from = plan && p.metric.kind !== 'stock' ? formatDate(plan.periodStart) : null;
  const span = from ? `Từ ngày ${from} đến ngày ${on}` : `${p.metric.kind === 'stock' && phrase.noun ? 'Lũy kế đến' : 'Đến'} ngày ${on}`;
  let body: string;
  if (p.unit === 'percent' || p.unit === 'vnd' || !phrase.noun) body = `${span}, ${phrase.what} của ${where} là ${actual}${against}`;
  else if (p.actual === 0) body = `${span}, ${where} chưa có ${phrase.what}, so với ${planText}`;
  else body = `${span}, ${where} có ${from ? 'thêm ' : ''}${actual} ${phrase.what}${against}`;
  return { label, sentence: `${body}; ${verdict}.`, planned: target, actual, ratio: ratio ?? '—', verdict };
}

/** A target set for every district: how many reached theirs. */
function districtsLine(p: TargetProgress, phrase: Phrase, where: string, units: Map<number, ReportUnit>, verdict: string): TargetLine {
  const count = new Map<string, number>();
  for (const d of p.districts) {
    const type = units.get(d.target.scopeUnitId)?.type.toLowerCase() ?? 'đơn vị';
    count.set(type, (count.get(type) ?? 0) + 1);
  }
  const kinds = [...count.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([type]) => type)
    .join(', ');
  const each = `${targetText(p.districts[0], '')} ${phrase.what}`;
  const sentence =
    `Chỉ tiêu mỗi ${kinds} có ít nhất ${each}: đến ngày ${formatDate(p.measuredOn)}, ` +
    `${viNumber(p.actual ?? 0)}/${viNumber(p.targetMin)} ${kinds} của ${where} đã đạt chỉ tiêu; ${verdict}.`;
  return {
    label: `${capitalise(`mỗi ${kinds} có ít nhất ${each}`)} (${where})`,
    sentence,
    planned: `${viNumber(p.targetMin)} ${kinds}`,
    actual: viNumber(p.actual ?? 0),
    ratio: p.ratio === null ? '—' : viPercent(p.ratio * 100),
    verdict,
  };
}
