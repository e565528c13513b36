// A metric's parameters against the ones it declares (issue 11, item 4).
import { describe, expect, it } from 'vitest';
import { findMetric, METRICS } from '../../server/metrics/catalogue.ts';
import { paramProblems } from '../../server/metrics/metric-params.ts';

const problems = (metric: string, params: Record<string, unknown>) => paramProblems(findMetric(metric)!, params).map((p) => [p.name, p.message.en]);

describe('metric parameters', () => {
  it('accepts the declared ones with values in range', () => {
    expect(problems('certified_products', { minStars: 3, maxStars: 4, level: 'province' })).toEqual([]);
    expect(problems('expiring_certificates', { months: 12 })).toEqual([]);
    expect(problems('sales_points', {})).toEqual([]);
  });

  it('refuses a wrong type, a value out of range or not among the choices, naming the parameter', () => {
    expect(problems('certified_products', { minStars: 'abc' })).toEqual([['minStars', 'must be a whole number from 1 to 5 (fewest stars), got "abc"']]);
    expect(problems('certified_products', { minStars: 3.5 })[0][0]).toBe('minStars');
    expect(problems('certified_products', { minStars: 6 })[0][0]).toBe('minStars');
    expect(problems('disbursed_vnd', { source: 'bank' })).toEqual([
      ['source', 'must be one of central, provincial, district, commune, other (funding source), got "bank"'],
    ]);
    expect(problems('certified_products', { minStars: 4, maxStars: 3 })).toEqual([['maxStars', 'must be at least minStars (4)']]);
  });

  it('refuses a parameter the metric does not declare, saying which it takes', () => {
    expect(problems('training_classes', { minStars: 3 })).toEqual([['minStars', 'is not a parameter of metric training_classes; it takes audience']]);
    expect(problems('upgraded_products', { minStars: 3 })).toEqual([['minStars', 'metric upgraded_products takes no parameters']]);
  });

  it('says every message in Vietnamese too', () => {
    const [p] = paramProblems(findMetric('certified_products')!, { level: 'commune' });
    expect(p.message.vi).toBe('phải là một trong district, province, central (cấp công nhận), nhận được "commune"');
    for (const m of METRICS) for (const spec of Object.values(m.params)) expect(spec?.label.vi).toBeTruthy();
  });
});
