// The periods of analytics' time dimensions: every one of a range, and the dates a stock is read at.
import { describe, expect, it } from 'vitest';
import { periodEnds, periodKeys } from '../../server/analytics/analytics-periods.ts';
import { AnalyticsDimension as D } from '../../server/analytics/analytics.types.ts';

describe('period keys', () => {
  it('lists every year, quarter or month between two dates or keys, both ends included', () => {
    expect(periodKeys(D.YEAR, '2022-06-30', '2024-01-01')).toEqual(['2022', '2023', '2024']);
    expect(periodKeys(D.QUARTER, '2023-11-15', '2024-Q2')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodKeys(D.MONTH, '2024-11', '2025-02-10')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodKeys(D.MONTH, '2024-03-01', '2024-02-01')).toEqual([]);
  });

  it('reads a stock at each period end, the last one cut at the range end', () => {
    expect(periodEnds(D.QUARTER, '2024-01-01', '2024-08-15')).toEqual(['2024-03-31', '2024-06-30', '2024-08-15']);
    expect(periodEnds(D.MONTH, '2024-01-20', '2024-03-31')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(periodEnds(D.YEAR, '2023-05-01', '2024-12-31')).toEqual(['2023-12-31', '2024-12-31']);
  });
});
