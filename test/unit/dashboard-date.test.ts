import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultAsOf,
  formatDate,
  formatMonth,
  formatQuarter,
  isIsoDate,
  minDate,
  monthEnd,
  monthsOfYear,
  parseDateInput,
  todayIso,
} from '../../dashboard/src/lib/date.ts';

describe('formatDate', () => {
  it('writes dd/mm/yyyy in Vietnamese', () => {
    expect(formatDate('2024-12-31', 'vi')).toBe('31/12/2024');
    expect(formatDate('2024-02-01', 'vi')).toBe('01/02/2024');
  });
  it('writes day month year in English', () => {
    expect(formatDate('2024-12-31', 'en')).toBe('31 Dec 2024');
  });
  it('refuses what is not a date', () => {
    expect(formatDate('2024-02-30', 'vi')).toBe('—');
    expect(formatDate(null, 'vi')).toBe('—');
    expect(formatDate('31/12/2024', 'vi')).toBe('—');
  });
});

describe('months and quarters', () => {
  it('labels month and quarter keys', () => {
    expect(formatMonth('2024-07', 'vi')).toBe('07/2024');
    expect(formatMonth('2024-07', 'en')).toBe('Jul 2024');
    expect(formatMonth('2024-07-31', 'vi')).toBe('07/2024');
    expect(formatQuarter('2024-Q3', 'vi')).toBe('Quý 3/2024');
    expect(formatQuarter('2024-Q3', 'en')).toBe('Q3 2024');
    expect(formatQuarter('odd', 'vi')).toBe('odd');
  });
  it('lists the months of a year and their last days', () => {
    expect(monthsOfYear(2024)).toHaveLength(12);
    expect(monthsOfYear(2024)[0]).toBe('2024-01');
    expect(monthsOfYear(2024)[11]).toBe('2024-12');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2024-12')).toBe('2024-12-31');
  });
});

describe('parseDateInput', () => {
  it('reads dd/mm/yyyy, with dots or dashes, and ISO', () => {
    expect(parseDateInput('31/12/2024')).toBe('2024-12-31');
    expect(parseDateInput(' 1/2/2024 ')).toBe('2024-02-01');
    expect(parseDateInput('31.12.2024')).toBe('2024-12-31');
    expect(parseDateInput('31-12-2024')).toBe('2024-12-31');
    expect(parseDateInput('2024-12-31')).toBe('2024-12-31');
  });
  it('rejects impossible dates and other text', () => {
    expect(parseDateInput('31/02/2024')).toBeNull();
    expect(parseDateInput('29/02/2023')).toBeNull();
    expect(parseDateInput('12/31/2024')).toBeNull();
    expect(parseDateInput('hôm nay')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });
});

describe('as-of dates', () => {
  it("defaults to the plan's period end when it is past, else today", () => {
    expect(defaultAsOf('2024-12-31', '2026-11-22')).toBe('2024-12-31');
    expect(defaultAsOf('2027-12-31', '2026-11-22')).toBe('2026-11-22');
    expect(defaultAsOf('2026-11-22', '2026-11-22')).toBe('2026-11-22');
  });
  it('adds days across months and years', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-12-31', 90)).toBe('2025-03-31');
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('validates ISO dates, picks the earlier one, reads today locally', () => {
    expect(isIsoDate('2024-12-31')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(minDate('2024-12-31', '2024-06-30')).toBe('2024-06-30');
    expect(todayIso(new Date(2024, 0, 5, 23, 30))).toBe('2024-01-05');
  });
});
