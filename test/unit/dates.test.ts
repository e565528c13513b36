// "Today" is the date in Vietnam, whatever the server's clock zone.
import { describe, expect, it } from 'vitest';
import { formatDate, today } from '../../server/common/dates.ts';

describe('today', () => {
  it('turns at midnight in Vietnam (17:00 UTC), not at midnight UTC', () => {
    expect(today(new Date('2026-12-01T16:59:59.999Z'))).toBe('2026-12-01');
    expect(today(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    // 06:59 in Hà Nội on 2 December is still 1 December in UTC.
    expect(today(new Date('2026-12-01T23:59:00Z'))).toBe('2026-12-02');
  });

  it('crosses years and leap days in Vietnam time', () => {
    expect(today(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(today(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
  });
});

describe('formatDate', () => {
  it('writes day/month/year', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024');
  });
});
