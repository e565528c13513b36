// The status rules of docs/targets.md, at their boundaries.
import { describe, expect, it } from 'vitest';
import { AT_RISK_FRACTION, elapsedFraction, forecastAtDue, progressFigures, ProgressStatus } from '../../server/progress/status.ts';
import { monthEnds } from '../../server/common/dates.ts';

// 2024 has 366 days; on 2024-07-01 exactly half (183 days) has elapsed.
const year = { periodStart: '2024-01-01', dueDate: '2024-12-31', baseline: 0, targetMin: 100 };
const status = (asOf: string, actual: number | null, extra: Partial<typeof year> = {}) => progressFigures({ ...year, ...extra, asOf, actual }).status;

describe('path and forecast', () => {
  it('runs the expected path from the baseline to the target over the period', () => {
    expect(elapsedFraction('2024-01-01', '2024-12-31', '2024-07-01')).toBeCloseTo(0.5, 5);
    expect(progressFigures({ ...year, baseline: 300, targetMin: 350, asOf: '2024-07-01', actual: 320 }).expectedToDate).toBeCloseTo(325, 5);
    expect(elapsedFraction('2024-01-01', '2024-12-31', '2023-12-01')).toBe(0);
    expect(elapsedFraction('2024-01-01', '2024-12-31', '2025-02-01')).toBe(1);
  });

  it('forecasts from the run rate since the period start, and is the actual once due', () => {
    expect(forecastAtDue({ ...year, asOf: '2024-07-01', actual: 40 })).toBeCloseTo(80, 5);
    expect(forecastAtDue({ ...year, baseline: 300, targetMin: 350, asOf: '2024-07-01', actual: 320 })).toBeCloseTo(340, 5);
    expect(forecastAtDue({ ...year, asOf: '2025-01-10', actual: 70 })).toBe(70);
  });
});

describe('status', () => {
  it('is achieved exactly at the target, whatever the date', () => {
    expect(status('2024-03-01', 100)).toBe(ProgressStatus.achieved);
    expect(status('2025-03-01', 100)).toBe(ProgressStatus.achieved);
    expect(status('2024-03-01', 99.99)).not.toBe(ProgressStatus.achieved);
  });

  it('is overdue from the day after the due date', () => {
    expect(status('2024-12-31', 10)).not.toBe(ProgressStatus.overdue);
    expect(status('2025-01-01', 99)).toBe(ProgressStatus.overdue);
  });

  it('is not started before the period or without progress over the baseline', () => {
    expect(status('2023-12-31', 0)).toBe(ProgressStatus.not_started);
    expect(status('2024-05-01', 0)).toBe(ProgressStatus.not_started);
    expect(status('2024-05-01', 300, { baseline: 300, targetMin: 350 })).toBe(ProgressStatus.not_started);
  });

  it('is on track at the expected path, at risk just below it, off track below the at-risk line', () => {
    // Half-way: expected 50; forecast = 2 × actual.
    expect(status('2024-07-01', 50)).toBe(ProgressStatus.on_track);
    expect(status('2024-07-01', 49.9)).toBe(ProgressStatus.at_risk); // forecast 99.8
    expect(status('2024-07-01', (AT_RISK_FRACTION * 100) / 2)).toBe(ProgressStatus.at_risk); // forecast exactly 85
    expect(status('2024-07-01', (AT_RISK_FRACTION * 100) / 2 - 0.01)).toBe(ProgressStatus.off_track);
  });
});

describe('month ends', () => {
  it('lists every month end, capped at the last date', () => {
    expect(monthEnds('2024-01-15', '2024-03-10')).toEqual(['2024-01-31', '2024-02-29', '2024-03-10']);
    expect(monthEnds('2024-12-01', '2024-11-30')).toEqual([]);
  });
});
