// The report's words for the progress API's results (issue 12 in the report):
// every catalogue metric has a phrase, every status a verdict, and a sentence
// carries the API's own reason, forecast and other reading — never a figure of
// its own.
import { describe, expect, it } from 'vitest';
import { findMetric, METRICS } from '../../server/metrics/catalogue.ts';
import { MetricInfo } from '../../server/metrics/metric.types.ts';
import { TargetUnit, type Plan } from '../../server/plans/plan.entity.ts';
import { OtherReading, TargetProgress } from '../../server/progress/progress.types.ts';
import { ProgressStatus } from '../../server/progress/status.ts';
import { PHRASES, statusPhrase, targetLine } from '../../server/reports/report-sentences.ts';
import type { ReportUnit } from '../../server/reports/report.repository.ts';

const province: ReportUnit = { id: 1, code: '24', name: 'Bắc Giang', type: 'Tỉnh', level: 'province', validTo: null };
const plan = { id: 7, periodStart: '2024-01-01', periodEnd: '2024-12-31' } as Plan;

function progress(metricId: string, over: Partial<TargetProgress>, params: object = { minStars: 3 }): TargetProgress {
  const metric = findMetric(metricId);
  return Object.assign(new TargetProgress(), {
    target: { planId: 7, scopeUnitId: 1, dueDate: '2024-12-31', params, wording: 'Lũy kế tối thiểu 350 sản phẩm đạt từ 3 sao' },
    metric: metric ? MetricInfo.of(metric) : MetricInfo.unknown(metricId, TargetUnit.count),
    asOf: '2024-12-14',
    measuredOn: '2024-12-14',
    unit: TargetUnit.count,
    actual: 300,
    targetMin: 350,
    targetMax: null,
    ratio: 300 / 350,
    forecast: null,
    final: false,
    reason: null,
    otherReading: null,
    districts: [],
    ...over,
  });
}

const sentence = (p: TargetProgress) => targetLine(p, plan, province, province, new Map()).sentence;

describe('the report’s words', () => {
  it('have a phrase for every metric of the catalogue', () => {
    expect(METRICS.filter((m) => !PHRASES[m.id]).map((m) => m.id)).toEqual([]);
  });

  it('have a distinct verdict for every status', () => {
    const phrases = Object.values(ProgressStatus).map((status) => statusPhrase({ status, actual: 1, targetMin: 2 }));
    expect(new Set(phrases).size).toBe(Object.values(ProgressStatus).length);
    expect(statusPhrase({ status: ProgressStatus.on_track, actual: 360, targetMin: 350 })).toBe('đã đạt mức kế hoạch trước thời hạn');
  });

  it('give the final verdict on the due date, and the forecast before it', () => {
    const closed = progress('recognised_products', { status: ProgressStatus.not_achieved, final: true, measuredOn: '2024-12-31' });
    expect(sentence(closed)).toBe(
      'Lũy kế đến ngày 31/12/2024, toàn tỉnh có 300 sản phẩm đạt từ 3 sao trở lên, đạt 85,7% kế hoạch năm (350 sản phẩm); không hoàn thành chỉ tiêu.',
    );
    const running = progress('recognised_products', { status: ProgressStatus.at_risk, forecast: 310 });
    expect(sentence(running)).toContain('; có nguy cơ không hoàn thành đúng hạn, dự báo đến hạn 31/12/2024 đạt 310 sản phẩm.');
  });

  it('say a level held on the date is one, and give the other reading of a cumulative count by its catalogue name', () => {
    const valid = progress('certified_products', { status: ProgressStatus.off_track, forecast: 305 });
    expect(sentence(valid)).toMatch(/^Đến ngày 14\/12\/2024, toàn tỉnh có 300 sản phẩm đạt từ 3 sao trở lên còn hiệu lực chứng nhận,/);
    const other = Object.assign(new OtherReading(), { metric: MetricInfo.of(findMetric('certified_products')!), actual: 280, ratio: 0.8 });
    const cumulative = progress('recognised_products', { status: ProgressStatus.off_track, otherReading: other });
    expect(sentence(cumulative)).toMatch(/ Theo cách tính “Sản phẩm OCOP còn hiệu lực”: 280 sản phẩm\.$/);
  });

  it('carry the API’s reason where a target cannot be measured or is not validly defined', () => {
    const noData = progress(
      'cooperative_share',
      {
        unit: TargetUnit.percent,
        actual: null,
        ratio: null,
        targetMin: 35,
        status: ProgressStatus.no_data,
        reason: { vi: 'không có chủ thể nào', en: 'no subject' },
      },
      {},
    );
    expect(sentence(noData)).toBe(
      'Đến ngày 14/12/2024, chưa tính được tỷ lệ chủ thể OCOP là hợp tác xã của toàn tỉnh so với kế hoạch năm (35%): không có chủ thể nào.',
    );
    const invalid = progress('products_magic', {
      actual: null,
      ratio: null,
      status: ProgressStatus.invalid_definition,
      reason: { vi: 'metric: không có chỉ số này trong danh mục', en: 'metric: unknown metric' },
    });
    expect(sentence(invalid)).toBe(
      'Chỉ tiêu “Lũy kế tối thiểu 350 sản phẩm đạt từ 3 sao” (toàn tỉnh) chưa tính được vì định nghĩa chỉ tiêu không hợp lệ: metric: không có chỉ số này trong danh mục.',
    );
  });
});
