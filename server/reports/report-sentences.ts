// From progress results to plain Vietnamese: what each metric counts (a noun
// phrase per metric and parameters), where ("toàn tỉnh", "huyện Yên Thế"),
// and one sentence per target — "Lũy kế đến ngày 14/12/2024, toàn tỉnh có 428
// sản phẩm đạt từ 3 sao trở lên, đạt 122,3% kế hoạch năm (350 sản phẩm); đã
// đạt mức kế hoạch trước thời hạn". Every figure, status, forecast and reason is
// the progress API's (the dashboard's); values are written in the unit the
// catalogue gives them. The one place that reads TargetProgress for wording:
// every catalogue metric has a phrase here (a unit test holds it to that), and
// every status a verdict.
import { formatDate } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { MetricParams } from '../metrics/metric-definition.ts';
import { TargetUnit, type Plan } from '../plans/plan.entity.ts';
import type { TargetProgress } from '../progress/progress.types.ts';
import { ProgressStatus } from '../progress/status.ts';
import type { ReportUnit } from './report.repository.ts';
import { capitalise, viAmount, viNumber, viPercent, viVnd } from './vietnamese-text.ts';

/** What a metric counts, lower case, and the noun its figures are counted in. */
interface Phrase {
  what: string;
  noun: string;
  /** A level held on the date (a valid certificate), not a count accumulated to it: "Đến ngày", never "Lũy kế đến ngày". */
  onDate?: boolean;
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
const fromSource = (p: MetricParams) => (p.source ? ` từ ${label('FundingSource', p.source)}` : '');

/** By catalogue metric id (test/unit/report-sentences.test.ts: one for every metric). */
export const PHRASES: Readonly<Record<string, (p: MetricParams) => Phrase>> = {
  // The two readings of a cumulative count: the plans' "lũy kế" wording is recognised_products'.
  certified_products: (p) => ({ what: `sản phẩm ${stars(p)}${level(p)} còn hiệu lực chứng nhận`, noun: 'sản phẩm', onDate: true }),
  recognised_products: (p) => ({ what: `sản phẩm ${stars(p)}${level(p)}`, noun: 'sản phẩm' }),
  new_certified_products: (p) => ({ what: `sản phẩm mới ${stars(p)}${level(p)}`, noun: 'sản phẩm' }),
  upgraded_products: () => ({ what: 'sản phẩm được nâng hạng sao', noun: 'sản phẩm' }),
  national_5star_candidates: () => ({ what: 'sản phẩm được đề xuất đánh giá, phân hạng 5 sao cấp quốc gia', noun: 'sản phẩm' }),
  named_products_certified: (p) => ({ what: `sản phẩm được kế hoạch nêu tên ${stars(p)}${level(p)}`, noun: 'sản phẩm', onDate: true }),
  registered_products: () => ({ what: 'sản phẩm tham gia Chương trình', noun: 'sản phẩm' }),
  certificates_issued: () => ({ what: 'giấy chứng nhận sản phẩm OCOP được cấp', noun: 'giấy chứng nhận' }),
  evaluations: () => ({ what: 'lượt sản phẩm được đánh giá, phân hạng', noun: 'lượt' }),
  subjects: (p) => ({ what: p.type ? `chủ thể OCOP là ${label('SubjectType', p.type)}` : 'chủ thể OCOP', noun: 'chủ thể' }),
  cooperative_share: () => ({ what: 'tỷ lệ chủ thể OCOP là hợp tác xã', noun: '' }),
  value_chain_subjects: () => ({ what: 'tổ chức kinh tế liên kết theo chuỗi giá trị', noun: 'tổ chức' }),
  communes_with_products: (p) =>
    p.minStars === undefined
      ? { what: 'xã có sản phẩm đăng ký tham gia OCOP', noun: 'xã' }
      : { what: `xã có sản phẩm OCOP ${stars(p)} còn hiệu lực chứng nhận`, noun: 'xã', onDate: true },
  allocated_vnd: (p) => ({ what: `kinh phí được phân bổ${fromSource(p)}`, noun: '' }),
  disbursed_vnd: (p) => ({ what: `kinh phí đã giải ngân${fromSource(p)} theo đơn vị chi`, noun: '' }),
  disbursed_from_allocation_vnd: (p) => ({ what: `kinh phí đã giải ngân từ các khoản được phân bổ${fromSource(p)}`, noun: '' }),
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
  expiring_certificates: (p) => ({ what: `sản phẩm có giấy chứng nhận hết hạn trong ${p.months ?? 6} tháng tới`, noun: 'sản phẩm', onDate: true }),
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

/** The verdict on a target in a table cell, lower case: the status the progress API gives, in the report's words. */
const STATUS_PHRASE: Record<ProgressStatus, string> = {
  achieved: 'đã hoàn thành chỉ tiêu',
  not_achieved: 'không hoàn thành chỉ tiêu',
  on_track: 'đúng tiến độ',
  at_risk: 'có nguy cơ không hoàn thành đúng hạn',
  off_track: 'chậm so với tiến độ',
  not_started: 'chưa có kết quả',
  no_data: 'chưa tính được (không có số liệu làm cơ sở)',
  invalid_definition: 'chưa tính được (định nghĩa chỉ tiêu không hợp lệ)',
};

/** On track and already at the planned figure before the due date: said so, the verdict still to come. */
const reachedEarly = (p: Pick<TargetProgress, 'status' | 'actual' | 'targetMin'>) =>
  p.status === ProgressStatus.on_track && p.actual !== null && p.actual >= p.targetMin;

export function statusPhrase(p: Pick<TargetProgress, 'status' | 'actual' | 'targetMin'>): string {
  return reachedEarly(p) ? 'đã đạt mức kế hoạch trước thời hạn' : STATUS_PHRASE[p.status];
}

/** A value in its unit, as a sentence writes it: "345", "33,3%", "20.967.000.000 đồng". */
export function valueText(value: number, unit: TargetUnit): string {
  if (unit === TargetUnit.percent) return viPercent(value);
  if (unit === TargetUnit.vnd) return viVnd(BigInt(Math.round(value)));
  return viNumber(value);
}

/** A value in its unit, as a table cell writes it (money without "đồng": the column says it); "—" for none. */
export function cellText(value: number | null, unit: TargetUnit): string {
  if (value === null) return '—';
  return unit === TargetUnit.vnd ? viAmount(BigInt(Math.round(value))) : valueText(value, unit);
}

/** A count with its noun ("350 sản phẩm"); money and percentages carry their own unit. */
const withNoun = (figure: string, unit: TargetUnit, noun: string) =>
  unit === TargetUnit.count || unit === TargetUnit.people ? [figure, noun].filter(Boolean).join(' ') : figure;

/** The planned figure with its noun: "350 sản phẩm", "25–30 sản phẩm", "35%". */
export function targetText(p: Pick<TargetProgress, 'targetMin' | 'targetMax' | 'unit'>, noun: string): string {
  const figure =
    p.targetMax !== null && p.targetMax !== p.targetMin
      ? `${valueText(p.targetMin, p.unit)}–${valueText(p.targetMax, p.unit)}`
      : valueText(p.targetMin, p.unit);
  return withNoun(figure, p.unit, noun);
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

/** Before the due date, where the run rate leads (the progress API's forecast): ", dự báo đến hạn 31/12/2024 đạt 12 sản phẩm". */
function outlook(p: TargetProgress, noun: string): string {
  if (p.final || p.forecast === null || reachedEarly(p) || p.status === ProgressStatus.not_started) return '';
  return `, dự báo đến hạn ${formatDate(p.target.dueDate)} đạt ${withNoun(valueText(p.forecast, p.unit), p.unit, noun)}`;
}

/** A cumulative count read the other way, by the catalogue's name: " Theo cách tính “Sản phẩm OCOP còn hiệu lực”: 346 sản phẩm." */
function otherReadingText(p: TargetProgress, noun: string): string {
  const other = p.otherReading;
  if (!other || other.actual === null) return '';
  return ` Theo cách tính “${other.metric.labelVi}”: ${withNoun(valueText(other.actual, p.unit), p.unit, noun)}.`;
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
  const verdict = statusPhrase(p);
  const target = targetText(p, phrase.noun);
  const label = `${capitalise(phrase.what)} (${where})`;

  if (p.districts.length) return districtsLine(p, phrase, where, units, verdict);

  const on = formatDate(p.measuredOn);
  const planText = planned(p, plan, target);
  if (p.status === ProgressStatus.invalid_definition) {
    return {
      label,
      sentence: `Chỉ tiêu “${p.target.wording}” (${where}) chưa tính được vì định nghĩa chỉ tiêu không hợp lệ: ${p.reason?.vi ?? ''}.`,
      planned: target,
      actual: '—',
      ratio: '—',
      verdict,
    };
  }
  if (p.actual === null) {
    return {
      label,
      sentence: `Đến ngày ${on}, chưa tính được ${phrase.what} của ${where} so với ${planText}: ${p.reason?.vi ?? 'không có số liệu làm cơ sở'}.`,
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
  const span = from ? `Từ ngày ${from} đến ngày ${on}` : `${p.metric.kind === 'stock' && phrase.noun && !phrase.onDate ? 'Lũy kế đến' : 'Đến'} ngày ${on}`;
  let body: string;
  if (p.unit === TargetUnit.percent || p.unit === TargetUnit.vnd || !phrase.noun) body = `${span}, ${phrase.what} của ${where} là ${actual}${against}`;
  else if (p.actual === 0) body = `${span}, ${where} chưa có ${phrase.what}, so với ${planText}`;
  else body = `${span}, ${where} có ${from ? 'thêm ' : ''}${actual} ${phrase.what}${against}`;
  return {
    label,
    sentence: `${body}; ${verdict}${outlook(p, phrase.noun)}.${otherReadingText(p, phrase.noun)}`,
    planned: target,
    actual,
    ratio: ratio ?? '—',
    verdict,
  };
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
