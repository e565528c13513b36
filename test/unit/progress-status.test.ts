// The status rules of docs/targets.md, at their boundaries.
import { describe, expect, it } from 'vitest';
import { monthEnds } from '../../server/common/dates.ts';
import { MilestoneKind, type Milestone } from '../../server/plans/plan.entity.ts';
import { milestoneProgress } from '../../server/progress/milestones.ts';
import type { RoundHeld } from '../../server/progress/progress.repository.ts';
import { AT_RISK_FRACTION, elapsedFraction, forecastAtDue, type ProgressInput, progressFigures, ProgressStatus } from '../../server/progress/status.ts';

// 2024 has 366 days; on 2024-07-01 exactly half (183 days) has elapsed.
const year: Omit<ProgressInput, 'asOf' | 'actual'> = { periodStart: '2024-01-01', dueDate: '2024-12-31', baseline: 0, targetMin: 100, shape: 'count' };
const figures = (asOf: string, actual: number | null, extra: Partial<ProgressInput> = {}) => progressFigures({ ...year, ...extra, asOf, actual });
const status = (asOf: string, actual: number | null, extra: Partial<ProgressInput> = {}) => figures(asOf, actual, extra).status;

describe('path and forecast', () => {
  it('runs the expected path from the baseline to the target over the period', () => {
    expect(elapsedFraction('2024-01-01', '2024-12-31', '2024-07-01')).toBeCloseTo(0.5, 5);
    expect(figures('2024-07-01', 320, { baseline: 300, targetMin: 350 }).expectedToDate).toBeCloseTo(325, 5);
    expect(elapsedFraction('2024-01-01', '2024-12-31', '2023-12-01')).toBe(0);
    expect(elapsedFraction('2024-01-01', '2024-12-31', '2025-02-01')).toBe(1);
  });

  it('forecasts a count or stock from its run rate since the period start, a ratio at its current level', () => {
    expect(forecastAtDue({ ...year, asOf: '2024-07-01', actual: 40 })).toBeCloseTo(80, 5);
    expect(forecastAtDue({ ...year, baseline: 300, targetMin: 350, shape: 'stock', asOf: '2024-07-01', actual: 320 })).toBeCloseTo(340, 5);
    expect(forecastAtDue({ ...year, baseline: 35.5, targetMin: 35, shape: 'ratio', asOf: '2024-01-02', actual: 34.4 })).toBe(34.4);
  });

  it('gives no forecast once the due date has come: the verdict is final', () => {
    expect(forecastAtDue({ ...year, asOf: '2024-12-30', actual: 70 })).not.toBeNull();
    expect(forecastAtDue({ ...year, asOf: '2024-12-31', actual: 70 })).toBeNull();
    expect(forecastAtDue({ ...year, asOf: '2025-01-10', actual: 70 })).toBeNull();
  });
});

describe('status before the due date', () => {
  it('is on track at the expected path, at risk just below it, behind below the at-risk line', () => {
    // Half-way: expected 50; forecast = 2 × actual.
    expect(status('2024-07-01', 50)).toBe(ProgressStatus.on_track);
    expect(status('2024-07-01', 49.9)).toBe(ProgressStatus.at_risk); // forecast 99.8
    expect(status('2024-07-01', (AT_RISK_FRACTION * 100) / 2)).toBe(ProgressStatus.at_risk); // forecast exactly 85
    expect(status('2024-07-01', (AT_RISK_FRACTION * 100) / 2 - 0.01)).toBe(ProgressStatus.off_track);
  });

  it('is on track, not achieved, when the target is already reached before the due date', () => {
    expect(status('2024-03-01', 100)).toBe(ProgressStatus.on_track);
    expect(status('2024-12-30', 150)).toBe(ProgressStatus.on_track);
  });

  it('is not started before the period, and for a count or sum that has nothing yet', () => {
    expect(status('2023-12-31', 0)).toBe(ProgressStatus.not_started);
    expect(status('2024-05-01', 0)).toBe(ProgressStatus.not_started);
    expect(status('2024-05-01', 1)).not.toBe(ProgressStatus.not_started);
  });

  it('judges a stock that has not grown (or fell) instead of calling it not started', () => {
    expect(status('2024-07-01', 300, { baseline: 300, targetMin: 350, shape: 'stock' })).toBe(ProgressStatus.at_risk); // forecast 300 ≥ 85% of 350
    expect(status('2024-07-01', 280, { baseline: 300, targetMin: 350, shape: 'stock' })).toBe(ProgressStatus.off_track); // forecast 260
    expect(status('2024-01-01', 301, { baseline: 300, targetMin: 350, shape: 'stock' })).toBe(ProgressStatus.on_track);
  });

  it('judges a ratio on its level from the period’s first day', () => {
    const share = { baseline: 35.5, targetMin: 35, shape: 'ratio' } as const;
    expect(status('2023-12-31', 35.5, share)).toBe(ProgressStatus.not_started);
    expect(status('2024-01-01', 36.7, share)).toBe(ProgressStatus.on_track);
    expect(status('2024-01-01', 34.4, share)).toBe(ProgressStatus.at_risk);
    expect(status('2024-06-30', 0, share)).toBe(ProgressStatus.off_track); // a rate of 0 is a level, not "nothing yet"
    expect(status('2024-06-30', 35 * AT_RISK_FRACTION, share)).toBe(ProgressStatus.at_risk);
    expect(status('2024-06-30', 35 * AT_RISK_FRACTION - 0.01, share)).toBe(ProgressStatus.off_track);
  });

  it('is no data where the metric has no basis, before and after the due date', () => {
    expect(status('2024-05-01', null, { shape: 'ratio' })).toBe(ProgressStatus.no_data);
    expect(status('2025-05-01', null, { shape: 'ratio' })).toBe(ProgressStatus.no_data);
  });
});

describe('status on and after the due date', () => {
  it('is final from the due date itself: achieved exactly at the target, not achieved below it', () => {
    expect(status('2024-12-31', 100)).toBe(ProgressStatus.achieved);
    expect(status('2024-12-31', 99.99)).toBe(ProgressStatus.not_achieved);
    expect(status('2024-12-30', 99.99)).toBe(ProgressStatus.on_track);
    expect(status('2025-06-01', 0)).toBe(ProgressStatus.not_achieved);
    expect(status('2025-06-01', 34.4, { baseline: 35.5, targetMin: 35, shape: 'ratio' })).toBe(ProgressStatus.not_achieved);
  });
});

describe('milestones', () => {
  const milestone = (deadline: string, extra: Partial<Milestone> = {}): Milestone =>
    ({
      id: 1,
      key: 'm',
      planId: 1,
      kind: MilestoneKind.ceremony,
      title: 'm',
      deadline,
      scopeUnitId: 9,
      doneOn: null,
      wording: null,
      version: 1,
      ...extra,
    }) as Milestone;
  const one = (m: Milestone, asOf: string, rounds: RoundHeld[] = []) => {
    const [p] = milestoneProgress([m], rounds, asOf);
    return [p.status, p.doneOn, p.late];
  };

  it('is due on its deadline, pending before it, overdue after it', () => {
    expect(one(milestone('2024-10-30'), '2024-10-29')).toEqual(['pending', null, false]);
    expect(one(milestone('2024-10-30'), '2024-10-30')).toEqual(['due', null, false]);
    expect(one(milestone('2024-10-30'), '2024-10-31')).toEqual(['overdue', null, false]);
  });

  it('is done on or before its deadline, done late after it, and not done before the as-of date reaches the day', () => {
    expect(one(milestone('2024-10-30', { doneOn: '2024-10-30' }), '2024-12-31')).toEqual(['done', '2024-10-30', false]);
    expect(one(milestone('2024-10-30', { doneOn: '2024-10-31' }), '2024-12-31')).toEqual(['done_late', '2024-10-31', true]);
    expect(one(milestone('2024-10-30', { doneOn: '2024-10-31' }), '2024-10-30')).toEqual(['due', null, false]);
  });

  it('is closed by the rounds of its level held for its deadline, once every one of them has met', () => {
    const round = milestone('2024-10-30', { kind: MilestoneKind.province_round });
    const held = (deadline: string, heldOn: string | null, allHeld = true): RoundHeld => ({
      planId: 1,
      scopeUnitId: 9,
      level: 'province',
      deadline,
      heldOn,
      allHeld,
    });
    // An earlier round held for another deadline closes nothing.
    expect(one(round, '2024-12-31', [held('2024-07-20', '2024-07-27')])).toEqual(['overdue', null, false]);
    expect(one(round, '2024-12-31', [held('2024-07-20', '2024-07-27'), held('2024-10-30', '2024-10-21')])).toEqual(['done', '2024-10-21', false]);
    expect(one(round, '2024-12-31', [held('2024-10-30', '2024-10-21', false)])).toEqual(['overdue', null, false]);
    expect(one(round, '2024-12-31', [held('2024-10-30', '2024-11-04')])).toEqual(['done_late', '2024-11-04', true]);
    expect(one(round, '2024-12-31', [{ ...held('2024-10-30', '2024-10-21'), level: 'district' }])).toEqual(['overdue', null, false]);
  });
});

describe('month ends', () => {
  it('lists every month end, capped at the last date', () => {
    expect(monthEnds('2024-01-15', '2024-03-10')).toEqual(['2024-01-31', '2024-02-29', '2024-03-10']);
    expect(monthEnds('2024-12-01', '2024-11-30')).toEqual([]);
  });
});
