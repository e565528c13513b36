import { describe, expect, it } from 'vitest';
import {
  formatBillions,
  formatBillionsNumber,
  formatChange,
  formatInteger,
  formatNumber,
  formatPercent,
  formatRange,
  formatRatio,
  formatTarget,
  formatValue,
  formatVnd,
  NBSP,
  sharePercent,
  sumVnd,
  toBillions,
} from '../../dashboard/src/lib/format.ts';

const plain = (s: string) => s.replaceAll(NBSP, ' ');

describe('formatVnd', () => {
  it('groups exact đồng the Vietnamese way', () => {
    expect(plain(formatVnd('20967000000', 'vi'))).toBe('20.967.000.000 ₫');
    expect(plain(formatVnd('20967000000', 'en'))).toBe('20,967,000,000 ₫');
  });
  it('never goes through a double', () => {
    expect(plain(formatVnd('123456789012345678901', 'vi'))).toBe('123.456.789.012.345.678.901 ₫');
  });
  it('handles small, zero, negative, numbers and missing values', () => {
    expect(plain(formatVnd('999', 'vi'))).toBe('999 ₫');
    expect(plain(formatVnd('0', 'vi'))).toBe('0 ₫');
    expect(plain(formatVnd('-1500000', 'vi'))).toBe('-1.500.000 ₫');
    expect(plain(formatVnd(5867000000, 'vi'))).toBe('5.867.000.000 ₫');
    expect(plain(formatVnd('000123', 'vi'))).toBe('123 ₫');
    expect(formatVnd(null, 'vi')).toBe('—');
    expect(formatVnd('abc', 'vi')).toBe('—');
  });
  it('keeps the amount and the symbol together', () => {
    expect(formatVnd('1000', 'vi')).toContain(NBSP);
  });
  it('is what Intl writes for đồng in Vietnamese, BigInt in, exact out', () => {
    const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
    for (const a of ['20967000000', '9007199254740993', '5', '-1500000']) expect(formatVnd(a, 'vi')).toBe(vnd.format(BigInt(a)));
    expect(plain(formatVnd(9007199254740993n, 'en'))).toBe('9,007,199,254,740,993 ₫');
  });
});

describe('formatInteger', () => {
  it('groups whole numbers given as digits, numbers or BigInts, exactly', () => {
    expect(formatInteger('9007199254740993', 'vi')).toBe('9.007.199.254.740.993');
    expect(formatInteger(120000000n, 'en')).toBe('120,000,000');
    expect(formatInteger(1234.6, 'vi')).toBe('1.235');
    expect(formatInteger('12.5', 'vi')).toBeNull();
    expect(formatInteger(Number.NaN, 'vi')).toBeNull();
  });
});

describe('tỷ đồng', () => {
  it('shows billions with a comma decimal in Vietnamese', () => {
    expect(plain(formatBillions('20967000000', 'vi'))).toBe('20,97 tỷ đồng');
    expect(plain(formatBillions('20967000000', 'en'))).toBe('20.97 billion ₫');
    expect(formatBillionsNumber('8970000000', 'vi')).toBe('8,97');
    expect(formatBillionsNumber(6_000_000_000, 'vi')).toBe('6');
    expect(toBillions('5867000000')).toBeCloseTo(5.867);
    expect(toBillions(null)).toBeNull();
    expect(formatBillions(null, 'vi')).toBe('—');
  });
});

describe('formatNumber', () => {
  it('groups thousands and drops trailing decimal zeros only', () => {
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
    expect(formatNumber(3, 'vi')).toBe('3');
  });
  it('keeps the zeros of whole numbers (axis ticks 90, 180, 360)', () => {
    expect(formatNumber(90, 'vi', 0)).toBe('90');
    expect(formatNumber(360, 'vi', 0)).toBe('360');
    expect(formatNumber(1000, 'vi', 0)).toBe('1.000');
    expect(formatNumber(120, 'en', 1)).toBe('120');
    expect(formatNumber(100.0, 'vi')).toBe('100');
  });
  it('rounds to the digits asked and prints no "-0"', () => {
    expect(formatNumber(0.004, 'vi')).toBe('0');
    expect(formatNumber(-0.004, 'vi')).toBe('0');
    expect(formatNumber(-12.345, 'vi', 1)).toBe('-12,3');
    expect(formatNumber(null, 'vi')).toBe('—');
    expect(formatNumber(Number.NaN, 'vi')).toBe('—');
  });
});

describe('percent, ranges, values', () => {
  it('formats percent values and ratios', () => {
    expect(formatPercent(35, 'vi')).toBe('35%');
    expect(formatPercent(82.68, 'vi')).toBe('82,7%');
    expect(formatPercent(82.68, 'en')).toBe('82.7%');
    expect(formatRatio(0.355, 'vi', 1)).toBe('35,5%');
    expect(formatPercent(null, 'vi')).toBe('—');
  });
  it('writes target ranges with an en dash', () => {
    expect(formatRange(25, 30, 'vi')).toBe('25–30');
    expect(formatRange(350, null, 'vi')).toBe('350');
    expect(formatRange(2, 2, 'vi')).toBe('2');
    expect(formatTarget(3, 5, 'count', 'vi')).toBe('3–5');
    expect(formatTarget(35, null, 'percent', 'vi')).toBe('35%');
    expect(plain(formatTarget(20_967_000_000, null, 'vnd', 'vi'))).toBe('20,97 tỷ đồng');
  });
  it('formats values in their unit', () => {
    expect(formatValue(345, 'count', 'vi')).toBe('345');
    expect(formatValue(1234, 'people', 'vi')).toBe('1.234');
    expect(formatValue(35.25, 'percent', 'vi')).toBe('35,3%');
    expect(plain(formatValue(5_867_000_000, 'vnd', 'vi'))).toBe('5,87 tỷ đồng');
    expect(formatValue(null, 'count', 'vi')).toBe('—');
  });
  it('shows rank changes with an arrow, not only a colour', () => {
    expect(plain(formatChange(2, 'vi'))).toBe('▲ 2');
    expect(plain(formatChange(-1, 'vi'))).toBe('▼ 1');
    expect(formatChange(0, 'vi')).toBe('–');
    expect(formatChange(null, 'vi')).toBe('–');
  });
});

describe('exact sums', () => {
  it('adds đồng strings exactly, skipping missing amounts', () => {
    expect(sumVnd(['5867000000', '8970000000', '6130000000', null])).toBe('20967000000');
    expect(sumVnd(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(sumVnd([])).toBe('0');
  });
  it('gives shares in percent', () => {
    expect(sharePercent('5867000000', '20967000000')).toBeCloseTo(27.98, 2);
    expect(sharePercent('1', '0')).toBeNull();
  });
});
