// The periodic report's content: the header of Decree 30/2020, then the body
// written from the figures (report-figures.ts) in the words of
// report-sentences.ts, the officer's sections, recipients, signature and the
// list of sources. The DOCX and PDF writers draw exactly this model.
import { formatDate } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { MetricParams } from '../metrics/metric-definition.ts';
import { TargetUnit } from '../plans/plan.entity.ts';
import type { MilestoneProgress, MilestoneStatus, TargetProgress } from '../progress/progress.types.ts';
import { barChartSvg, type BarChartSpec } from './report-charts.ts';
import type { ReportDraft } from './report-draft.entity.ts';
import { UNIT_FIGURES, type ActivityRow, type ReportFigures, type UnitFigure, type UnitRow } from './report-figures.ts';
import { BASIS_VI, periodLabel, regimeName } from './report-period.ts';
import { cellText, metricPhrase, statusPhrase, targetLine, targetText, unitName, valueText, wherePhrase } from './report-sentences.ts';
import {
  PeriodicReport,
  ReportApproval,
  ReportBlock,
  ReportBlockKind,
  ReportChart,
  ReportHeader,
  ReportPeriod,
  ReportSection,
  ReportSource,
  ReportSourceKind,
  ReportTable,
} from './report.types.ts';
import type { ReportUnit } from './report.repository.ts';
import { capitalise, placeDateLine, viAmount, viNumber, viPercent, viVnd, vndInWords } from './vietnamese-text.ts';

const NBSP = '\u00a0';
const DASH = '—';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const ACTUAL_COLOR = '#2a6f97';
const ALLOCATED_COLOR = '#8d99ae';

const paragraph = (text: string): ReportBlock => Object.assign(new ReportBlock(), { kind: ReportBlockKind.paragraph, text, table: null, chart: null });

function table(
  caption: string,
  headers: string[],
  rows: string[][],
  widths: number[],
  options: { numeric?: number[]; total?: boolean; notes?: string[] } = {},
): ReportBlock {
  const t = Object.assign(new ReportTable(), {
    caption,
    headers,
    rows,
    widths,
    numericColumns: options.numeric ?? [],
    totalRow: options.total ?? false,
    notes: options.notes ?? [],
  });
  return Object.assign(new ReportBlock(), { kind: ReportBlockKind.table, text: null, table: t, chart: null });
}

function chart(caption: string, description: string, spec: BarChartSpec): ReportBlock {
  const c = Object.assign(new ReportChart(), { caption, description, svg: barChartSvg(spec) });
  return Object.assign(new ReportBlock(), { kind: ReportBlockKind.chart, text: null, table: null, chart: c });
}

const officerText = (text: string | null): ReportBlock =>
  Object.assign(new ReportBlock(), { kind: ReportBlockKind.officer_text, text, table: null, chart: null });

/** A value of a column of the table by unit (or by source), written in the unit the catalogue gives its metric. */
const cell = (f: ReportFigures, key: UnitFigure, v: number | null) => cellText(v, f.unitColumns[key].unit);

/** A column's heading, from what its catalogue metric counts: "Sản phẩm mới đạt từ 3 sao trở lên trong năm", "… (đồng)". */
function columnHeading(f: ReportFigures, key: UnitFigure): string {
  const m = f.unitColumns[key];
  const what = capitalise(metricPhrase(m.id, m.labelVi, UNIT_FIGURES[key].params).what);
  const yearly = m.valueKind === 'flow' ? `${what} trong năm` : what;
  return m.unit === TargetUnit.vnd ? `${yearly} (đồng)` : yearly;
}
const billionFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const billions = (v: number) => billionFormat.format(v);

/** The reporting body: "Ủy ban nhân dân tỉnh Bắc Giang". */
const bodyName = (unit: ReportUnit) => `Ủy ban nhân dân ${unitName(unit)}`;

/** The place of the date line: the unit's own name ("Bắc Giang"), or with its type when the name is a number ("Quận 1"). */
const placeName = (unit: ReportUnit) => (/^\d/.test(unit.name) ? unitName(unit) : unit.name);

function header(f: ReportFigures, draft: ReportDraft | null, title: string): ReportHeader {
  return Object.assign(new ReportHeader(), {
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    issuingBody: ['ỦY BAN NHÂN DÂN', unitName(f.unit).toUpperCase()],
    numberLine: `Số:${NBSP}${draft?.documentNumber ?? NBSP.repeat(8)}/BC-UBND`,
    placeDate: placeDateLine(placeName(f.unit), draft?.issuedOn ?? null, f.window.year),
    documentType: 'BÁO CÁO',
    summary: title,
  });
}

function opening(f: ReportFigures, label: string): ReportSection {
  const plans = f.plans.map((p) => `${p.documentNumber ? `Kế hoạch số ${p.documentNumber}` : p.title} của ${p.issuerName}`);
  const lead = plans.length ? `Thực hiện ${plans.join('; ')}, ` : '';
  const text = `${lead}${bodyName(f.unit)} báo cáo kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) ${label} như sau:`;
  return section('opening', '', [paragraph(capitalise(text))]);
}

function section(key: string, heading: string, blocks: ReportBlock[]): ReportSection {
  return Object.assign(new ReportSection(), { key, heading, blocks });
}

function basis(f: ReportFigures, label: string, approval: ReportApproval, illustrative: { records: number; total: number }): ReportBlock[] {
  const rule = f.window.rule;
  const blocks = [
    paragraph(
      `Theo chế độ báo cáo định kỳ (${regimeName()}), số liệu ${label} được chốt từ ngày ${formatDate(f.window.from)} đến ngày ${formatDate(f.window.to)}: ` +
        `“${rule.ruleVi.replace(/\.$/, '')}”.`,
    ),
    paragraph(
      f.asOf < f.window.to
        ? `Kỳ báo cáo chưa kết thúc: các số liệu được tính đến ngày ${formatDate(f.asOf)}.`
        : `Các số liệu được tính đến hết ngày ${formatDate(f.asOf)}.`,
    ),
  ];
  if (f.targets.length) {
    const starts = [...new Set(f.plans.map((p) => formatDate(p.periodStart)))].join(', ');
    const later = [...new Set(f.targets.filter((t) => t.target.dueDate > f.asOf).map((t) => formatDate(t.target.dueDate)))];
    blocks.push(
      paragraph(
        `Các chỉ tiêu kế hoạch được đánh giá tại ngày ${formatDate(f.asOf)}: chỉ tiêu lũy kế lấy giá trị tại ngày này; chỉ tiêu phát sinh tính từ ngày bắt đầu kỳ kế hoạch (${starts}) đến ngày này.` +
          (later.length
            ? ` Các chỉ tiêu có thời hạn sau ngày chốt số liệu (${later.join(', ')}) được báo cáo theo kết quả tại ngày chốt, chưa phải kết quả cuối cùng của kế hoạch.`
            : ''),
      ),
    );
  }
  blocks.push(
    paragraph(
      `Số liệu theo địa bàn và kinh phí tính từ ngày ${formatDate(f.yearStart)} đến ngày ${formatDate(f.asOf)}; ` +
        'hoạt động tập huấn, xúc tiến thương mại được nêu cả trong kỳ báo cáo và lũy kế từ đầu năm.',
    ),
    paragraph(approval.statement),
  );
  if (illustrative.records > 0) {
    blocks.push(
      paragraph(
        `Lưu ý: ${viNumber(illustrative.records)} trong ${viNumber(illustrative.total)} bản ghi dữ liệu dùng để tính các số liệu của báo cáo là dữ liệu minh họa ` +
          '(dữ liệu giả lập để vận hành thử hệ thống), không phải số liệu chính thức; không dùng báo cáo này thay cho báo cáo chính thức.',
      ),
    );
  }
  return blocks;
}

function targetBlocks(f: ReportFigures): ReportBlock[] {
  if (!f.targets.length) return [paragraph(`Không có chỉ tiêu kế hoạch nào đặt cho ${unitName(f.unit)} trong năm ${f.window.year}.`)];
  const planOf = (t: TargetProgress) => f.plans.find((p) => p.id === t.target.planId);
  const lines = f.targets.map((t) => targetLine(t, planOf(t), f.scopes.get(t.target.scopeUnitId), f.unit, f.scopes));
  const blocks = lines.map((l) => paragraph(`- ${l.sentence}`));
  blocks.push(
    table(
      `Kết quả thực hiện các chỉ tiêu kế hoạch đến ngày ${formatDate(f.asOf)}`,
      ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ', 'Đánh giá'],
      lines.map((l, i) => [String(i + 1), l.label, l.planned, l.actual, l.ratio, capitalise(l.verdict)]),
      [7, 33, 16, 11, 10, 23],
      { numeric: [2, 3, 4] },
    ),
  );
  for (const t of f.targets.filter((x) => x.districts.length)) blocks.push(...districtBlocks(t, f));
  return blocks;
}

/** A target set for every district: each district's own result, as a table and a chart. */
function districtBlocks(t: TargetProgress, f: ReportFigures): ReportBlock[] {
  const phrase = metricPhrase(t.metric.id, t.metric.labelVi, t.target.params as MetricParams);
  const names = t.districts.map((d) => {
    const u = f.scopes.get(d.target.scopeUnitId);
    return u ? unitName(u) : DASH;
  });
  const caption = `${capitalise(phrase.what)} theo từng đơn vị (chỉ tiêu mỗi đơn vị ${targetText(t.districts[0], phrase.noun)})`;
  const rows = t.districts.map((d, i) => [
    String(i + 1),
    capitalise(names[i]),
    targetText(d, ''),
    d.actual === null ? DASH : valueText(d.actual, d.unit),
    d.ratio === null ? DASH : viPercent(d.ratio * 100),
    capitalise(statusPhrase(d)),
  ]);
  return [
    table(caption, ['STT', 'Đơn vị', 'Chỉ tiêu', 'Thực hiện', 'Tỷ lệ', 'Đánh giá'], rows, [7, 30, 12, 12, 12, 27], { numeric: [2, 3, 4] }),
    chart(
      `${capitalise(phrase.what)} theo từng đơn vị so với chỉ tiêu`,
      `${capitalise(phrase.what)} đến ngày ${formatDate(t.measuredOn)}: ` +
        t.districts.map((d, i) => `${capitalise(names[i])} ${d.actual === null ? DASH : valueText(d.actual, d.unit)}`).join('; ') +
        `. Chỉ tiêu mỗi đơn vị: ${targetText(t.districts[0], phrase.noun)}; ${viNumber(t.actual ?? 0)} đơn vị đã đạt.`,
      {
        categories: names.map(capitalise),
        series: [{ name: 'Thực hiện', color: ACTUAL_COLOR, values: t.districts.map((d) => d.actual) }],
        marker: { name: 'Chỉ tiêu', values: t.districts.map((d) => d.targetMin) },
        format: (v) => viNumber(v),
        axisLabel: phrase.noun || phrase.what,
      },
    ),
  ];
}

/** The columns of the table by unit, in order. */
const KEYS = Object.keys(UNIT_FIGURES) as UnitFigure[];

function unitBlocks(f: ReportFigures): ReportBlock[] {
  const where = wherePhrase(f.unit, f.unit);
  const rows: UnitRow[] = [...f.unitRows, f.total];
  const cells = rows.map((r, i) => [
    i < f.unitRows.length ? String(i + 1) : '',
    i < f.unitRows.length ? capitalise(unitName(r.unit)) + (r.unit.validTo && r.unit.validTo < f.asOf ? ' (đã giải thể)' : '') : capitalise(where),
    ...KEYS.map((key) => cell(f, key, r.values[key])),
  ]);
  const blocks = [
    table(
      `Kết quả theo địa bàn đến ngày ${formatDate(f.asOf)}`,
      ['STT', 'Đơn vị', ...KEYS.map((key) => columnHeading(f, key))],
      cells,
      [7, 16, 11, 11, 22, 22, 11],
      {
        numeric: [2, 3, 4, 5, 6],
        total: true,
        notes: [
          'Tỷ lệ giải ngân tính trên vốn được phân bổ trong năm (số đã chi từ chính các khoản phân bổ đó), nên có thể khác thương số của hai cột trước khi có khoản chi từ vốn các năm trước.',
        ],
      },
    ),
  ];
  const hasChart = f.targets.some((t) => t.districts.length);
  if (!hasChart && f.unitRows.length > 1 && f.unitRows.length <= 30) {
    const certified = columnHeading(f, 'certified');
    blocks.push(
      chart(
        `${certified} theo địa bàn`,
        `${certified} đến ngày ${formatDate(f.asOf)}: ` +
          f.unitRows.map((r) => `${capitalise(unitName(r.unit))} ${cell(f, 'certified', r.values.certified)}`).join('; ') +
          '.',
        {
          categories: f.unitRows.map((r) => capitalise(unitName(r.unit))),
          series: [{ name: certified, color: ACTUAL_COLOR, values: f.unitRows.map((r) => r.values.certified) }],
          format: (v) => viNumber(v),
          axisLabel: 'sản phẩm',
        },
      ),
    );
  }
  return blocks;
}

const SOURCE_LABELS = ENUM_LABELS.FundingSource as Record<string, { vi: string }>;

function budgetBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const planned = new Map<string, bigint>();
  for (const line of f.budgetLines) if (line.amount !== null) planned.set(line.source, (planned.get(line.source) ?? 0n) + BigInt(line.amount));
  const plannedTotal = [...planned.values()].reduce((a, b) => a + b, 0n);
  if (plannedTotal > 0n) {
    const parts = [...planned.entries()].map(([source, amount]) => `${SOURCE_LABELS[source].vi.toLowerCase()}: ${viVnd(amount)}`);
    const unstated = f.budgetLines.filter((l) => l.amount === null).map((l) => l.activity.toLowerCase());
    blocks.push(
      paragraph(
        `Tổng kinh phí thực hiện theo kế hoạch là ${viVnd(plannedTotal)} (${vndInWords(plannedTotal)}), trong đó: ${parts.join('; ')}` +
          (unstated.length ? `; ngoài ra ${unstated.join('; ')} (kế hoạch không nêu số tiền).` : '.'),
      ),
    );
  } else if (f.plans.length) {
    blocks.push(paragraph('Kế hoạch không nêu số tiền kinh phí thực hiện.'));
  }
  const total = f.total.values;
  if (total.disbursed !== null && total.allocated !== null) {
    const disbursed = BigInt(Math.round(total.disbursed));
    blocks.push(
      paragraph(
        `Từ ngày ${formatDate(f.yearStart)} đến ngày ${formatDate(f.asOf)}, kinh phí được phân bổ cho ${wherePhrase(f.unit, f.unit)} là ${viVnd(BigInt(Math.round(total.allocated)))}; ` +
          `đã giải ngân ${viVnd(disbursed)} (${vndInWords(disbursed)}); tỷ lệ giải ngân ${cell(f, 'rate', total.rate)}.`,
      ),
    );
  }
  const rows = f.sourceRows.filter((r) => planned.has(r.source) || (r.allocated ?? 0) > 0 || (r.disbursed ?? 0) > 0);
  const cells = rows.map((r) => [
    SOURCE_LABELS[r.source].vi,
    planned.has(r.source) ? viAmount(planned.get(r.source)!) : DASH,
    cell(f, 'allocated', r.allocated),
    cell(f, 'disbursed', r.disbursed),
    cell(f, 'rate', r.rate),
  ]);
  cells.push([
    'Tổng cộng',
    plannedTotal > 0n ? viAmount(plannedTotal) : DASH,
    cell(f, 'allocated', total.allocated),
    cell(f, 'disbursed', total.disbursed),
    cell(f, 'rate', total.rate),
  ]);
  blocks.push(
    table(
      `Kinh phí theo nguồn vốn đến ngày ${formatDate(f.asOf)}`,
      ['Nguồn vốn', 'Kế hoạch (đồng)', 'Phân bổ (đồng)', 'Đã giải ngân (đồng)', 'Tỷ lệ giải ngân'],
      cells,
      [24, 20, 20, 20, 16],
      {
        numeric: [1, 2, 3, 4],
        total: true,
        notes: [
          'Cột “Kế hoạch” là kinh phí kế hoạch nêu; cột “Phân bổ” là các khoản phân bổ thực tế ghi nhận trong năm, kể cả phân bổ cho cấp xã và nguồn khác.',
        ],
      },
    ),
  );
  if (rows.length) {
    blocks.push(
      chart(
        'Kinh phí phân bổ và giải ngân theo nguồn vốn (tỷ đồng)',
        rows
          .map((r) => `${SOURCE_LABELS[r.source].vi}: phân bổ ${billions((r.allocated ?? 0) / 1e9)}, giải ngân ${billions((r.disbursed ?? 0) / 1e9)} tỷ đồng`)
          .join('; ') + '.',
        {
          categories: rows.map((r) => SOURCE_LABELS[r.source].vi),
          series: [
            { name: 'Phân bổ', color: ALLOCATED_COLOR, values: rows.map((r) => (r.allocated === null ? null : r.allocated / 1e9)) },
            { name: 'Đã giải ngân', color: ACTUAL_COLOR, values: rows.map((r) => (r.disbursed === null ? null : r.disbursed / 1e9)) },
          ],
          format: billions,
          axisLabel: 'tỷ đồng',
        },
      ),
    );
  }
  return blocks;
}

const inWindow = (a: ActivityRow | undefined) => (a ? cellText(a.inWindow, a.metric.unit) : DASH);

function activityBlocks(f: ReportFigures): ReportBlock[] {
  const rows = f.activity.map((a, i) => [
    String(i + 1),
    capitalise(metricPhrase(a.metric.id, a.metric.labelVi, a.params).what),
    cellText(a.inWindow, a.metric.unit),
    cellText(a.yearToDate, a.metric.unit),
  ]);
  const find = (id: string) => f.activity.find((a) => a.metric.id === id && Object.keys(a.params).length === 0);
  const classes = find('training_classes');
  const learners = find('learners_trained');
  const events = find('promotion_events');
  return [
    paragraph(
      `Trong kỳ báo cáo (từ ngày ${formatDate(f.window.from)} đến ngày ${formatDate(f.asOf)}), ${wherePhrase(f.unit, f.unit)} tổ chức ${inWindow(classes)} lớp tập huấn ` +
        `với ${inWindow(learners)} lượt học viên đã hoàn thành khóa học và ${inWindow(events)} hoạt động xúc tiến thương mại.`,
    ),
    table(
      'Đào tạo, tập huấn và xúc tiến thương mại',
      ['STT', 'Nội dung', `Trong kỳ báo cáo (${formatDate(f.window.from)}–${formatDate(f.asOf)})`, `Lũy kế từ ${formatDate(f.yearStart)}`],
      rows,
      [7, 53, 20, 20],
      { numeric: [2, 3] },
    ),
  ];
}

/** A milestone's state on the report's date, as the progress API gives it. */
function milestoneState(m: MilestoneProgress): string {
  const STATE: Record<MilestoneStatus, () => string> = {
    done: () => `Đã hoàn thành ngày ${formatDate(m.doneOn!)}`,
    done_late: () => `Đã hoàn thành ngày ${formatDate(m.doneOn!)} (chậm so với thời hạn)`,
    due: () => 'Đến hạn, chưa hoàn thành',
    pending: () => 'Chưa đến hạn',
    overdue: () => 'Quá hạn, chưa hoàn thành',
  };
  return STATE[m.status]();
}

function milestoneBlocks(f: ReportFigures): ReportBlock[] {
  const rows = f.milestones.map((m, i) => [String(i + 1), m.milestone.title, formatDate(m.milestone.deadline), milestoneState(m)]);
  return [table(`Tiến độ các nhiệm vụ của kế hoạch đến ngày ${formatDate(f.asOf)}`, ['STT', 'Nhiệm vụ', 'Thời hạn', 'Tình trạng'], rows, [7, 51, 14, 28])];
}

function sources(f: ReportFigures, illustrativeRecords: number): ReportSource[] {
  const source = (kind: ReportSourceKind, title: string, detail: string) => Object.assign(new ReportSource(), { kind, title, detail });
  const KINDS: Record<string, string> = {
    products: 'sản phẩm',
    certificates: 'giấy chứng nhận',
    allocations: 'khoản phân bổ kinh phí',
    disbursements: 'khoản giải ngân',
    training_classes: 'lớp tập huấn',
    promotion_events: 'hoạt động xúc tiến thương mại',
  };
  return [
    ...f.plans.map((p) =>
      source(
        ReportSourceKind.plan,
        p.title,
        `${p.issuerName}; ${p.documentNumber ? `số ${p.documentNumber}` : 'văn bản không ghi số'}` +
          `${p.issuedOn ? `; ngày ban hành ghi nhận: ${formatDate(p.issuedOn)}` : ''}; kỳ kế hoạch ${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}.`,
      ),
    ),
    ...f.metrics.map((m) => source(ReportSourceKind.metric, m.labelVi, `Cách tính phiên bản ${m.version} trong danh mục chỉ số của hệ thống.`)),
    source(
      ReportSourceKind.data,
      `Dữ liệu của hệ thống trong phạm vi ${unitName(f.unit)}`,
      f.provenance.map((r) => `${viNumber(r.total)} ${KINDS[r.kind] ?? r.kind}${r.illustrative ? ` (${viNumber(r.illustrative)} minh họa)` : ''}`).join('; ') +
        (illustrativeRecords ? '. Bản ghi “minh họa” là dữ liệu giả lập để vận hành thử, không phải số liệu chính thức.' : '. Không có bản ghi minh họa.'),
    ),
    source(
      ReportSourceKind.rule,
      regimeName(true),
      `Thời gian chốt số liệu ${f.window.rule.nameVi.toLowerCase()}: ${BASIS_VI[f.window.rule.basis] ?? f.window.rule.basis}.`,
    ),
    source(
      ReportSourceKind.rule,
      'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
      'Thể thức, kỹ thuật trình bày văn bản hành chính (Phụ lục I): khổ giấy, lề, phông chữ, cỡ chữ.',
    ),
  ];
}

const DEFAULT_RECIPIENTS: Record<string, string[]> = {
  province: ['Văn phòng Điều phối nông thôn mới Trung ương;', 'Thường trực Tỉnh ủy, HĐND tỉnh;', 'Lưu: VT.'],
  district: ['UBND tỉnh;', 'Văn phòng Điều phối nông thôn mới tỉnh;', 'Lưu: VT.'],
  commune: ['UBND tỉnh;', 'Văn phòng Điều phối nông thôn mới tỉnh;', 'Lưu: VT.'],
};

const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Tables and charts numbered in order through the report: "Bảng 1. …", "Biểu đồ 1. …". */
function numbered(sections: ReportSection[]): ReportSection[] {
  let tables = 0;
  let charts = 0;
  for (const b of sections.flatMap((s) => s.blocks)) {
    if (b.table) b.table.caption = `Bảng ${++tables}. ${b.table.caption}`;
    if (b.chart) b.chart.caption = `Biểu đồ ${++charts}. ${b.chart.caption}`;
  }
  return sections;
}

export function buildReport(f: ReportFigures, draft: ReportDraft | null, approval: ReportApproval): PeriodicReport {
  const label = periodLabel(f.window);
  const title = `Kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) ${label.vi}`;
  const illustrativeRecords = f.provenance.reduce((n, r) => n + r.illustrative, 0);
  const totalRecords = f.provenance.reduce((n, r) => n + r.total, 0);

  const body: [string, string, ReportBlock[]][] = [
    ['basis', 'THỜI GIAN CHỐT SỐ LIỆU VÀ CƠ SỞ SỐ LIỆU', basis(f, label.vi, approval, { records: illustrativeRecords, total: totalRecords })],
    ['targets', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH', targetBlocks(f)],
    ['units', 'KẾT QUẢ THEO ĐỊA BÀN', unitBlocks(f)],
    ['budget', 'KINH PHÍ THỰC HIỆN', budgetBlocks(f)],
    ['activity', 'ĐÀO TẠO, TẬP HUẤN VÀ XÚC TIẾN THƯƠNG MẠI', activityBlocks(f)],
    ...(f.milestones.length ? [['milestones', 'TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ', milestoneBlocks(f)] as [string, string, ReportBlock[]]] : []),
    ['difficulties', 'KHÓ KHĂN, VƯỚNG MẮC', [officerText(draft?.difficulties ?? null)]],
    ['proposals', 'ĐỀ XUẤT, KIẾN NGHỊ', [officerText(draft?.proposals ?? null)]],
  ];
  const sections = numbered([
    opening(f, label.vi),
    ...body.map(([key, heading, blocks], i) => section(key, `${ROMAN[i]}. ${heading}`, blocks)),
    section('closing', '', [paragraph(`Trên đây là báo cáo kết quả thực hiện Chương trình OCOP ${label.vi} của ${bodyName(f.unit)}./.`)]),
  ]);
  const period = Object.assign(new ReportPeriod(), {
    code: f.window.code,
    year: f.window.year,
    endMonth: f.window.endMonth,
    from: f.window.from,
    to: f.window.to,
    labelVi: label.vi,
    labelEn: label.en,
    ruleVi: f.window.rule.ruleVi,
    basis: f.window.rule.basis,
  });
  const recipients = lines(draft?.recipients);
  return Object.assign(new PeriodicReport(), {
    unitId: f.unit.id,
    unitName: unitName(f.unit),
    period,
    asOf: f.asOf,
    plans: f.plans,
    header: header(f, draft, title),
    sections,
    recipients: (recipients.length ? recipients : (DEFAULT_RECIPIENTS[f.unit.level] ?? DEFAULT_RECIPIENTS.commune)).map((r) =>
      r.startsWith('-') ? r : `- ${r}`,
    ),
    signerTitle: lines(draft?.signerTitle).length ? lines(draft?.signerTitle) : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signerName: draft?.signerName ?? null,
    approval,
    sources: sources(f, illustrativeRecords),
    illustrative: illustrativeRecords > 0,
    draft,
  });
}
