// Numbers, money in words and the place-and-date line as the report writes them.
import { describe, expect, it } from 'vitest';
import { placeDateLine, viNumber, viPercent, viVnd, vndInWords } from '../../server/reports/vietnamese-text.ts';

describe('vndInWords', () => {
  it('reads the Bắc Giang 2024 budget as the plan itself writes it', () => {
    expect(vndInWords('20967000000')).toBe('Hai mươi tỷ, chín trăm sáu mươi bảy triệu đồng');
  });

  it.each([
    ['0', 'Không đồng'],
    ['5', 'Năm đồng'],
    ['10', 'Mười đồng'],
    ['11', 'Mười một đồng'],
    ['15', 'Mười lăm đồng'],
    ['21', 'Hai mươi mốt đồng'],
    ['24', 'Hai mươi tư đồng'],
    ['25', 'Hai mươi lăm đồng'],
    ['105', 'Một trăm linh năm đồng'],
    ['110', 'Một trăm mười đồng'],
    ['1000', 'Một nghìn đồng'],
    ['1005', 'Một nghìn, không trăm linh năm đồng'],
    ['1500000', 'Một triệu, năm trăm nghìn đồng'],
    ['5867000000', 'Năm tỷ, tám trăm sáu mươi bảy triệu đồng'],
    ['15100000000', 'Mười lăm tỷ, một trăm triệu đồng'],
    ['18142469000', 'Mười tám tỷ, một trăm bốn mươi hai triệu, bốn trăm sáu mươi chín nghìn đồng'],
    ['2000000000000', 'Hai nghìn tỷ đồng'],
    [
      '999999999999999999',
      'Chín trăm chín mươi chín triệu tỷ, chín trăm chín mươi chín nghìn tỷ, chín trăm chín mươi chín tỷ, chín trăm chín mươi chín triệu, chín trăm chín mươi chín nghìn, chín trăm chín mươi chín đồng',
    ],
  ])('%s → %s', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it('refuses what it cannot read', () => {
    expect(() => vndInWords('-1')).toThrow(RangeError);
    expect(() => vndInWords('1000000000000000000')).toThrow(RangeError);
  });
});

describe('figures', () => {
  it('groups with dots and writes decimals with a comma', () => {
    expect(viNumber(345)).toBe('345');
    expect(viNumber(1234)).toBe('1.234');
    expect(viPercent((345 / 350) * 100)).toBe('98,6%');
    expect(viVnd('20967000000')).toBe('20.967.000.000\u00a0đồng');
  });
});

describe('placeDateLine', () => {
  it('writes the place and the date of Decree 30/2020', () => {
    expect(placeDateLine('Bắc Giang', '2024-12-14', 2024)).toBe('Bắc Giang, ngày 14 tháng 12 năm 2024');
  });

  it('puts a zero before days under 10 and before months 1 and 2 only', () => {
    expect(placeDateLine('Bắc Giang', '2025-02-05', 2025)).toBe('Bắc Giang, ngày 05 tháng 02 năm 2025');
    expect(placeDateLine('Lý Sơn', '2022-04-09', 2022)).toBe('Lý Sơn, ngày 09 tháng 4 năm 2022');
    expect(placeDateLine('Bắc Giang', '2024-01-20', 2024)).toBe('Bắc Giang, ngày 20 tháng 01 năm 2024');
  });

  it('leaves day and month blank for the office when the report is not dated yet', () => {
    expect(placeDateLine('Bắc Giang', null, 2024)).toMatch(/^Bắc Giang, ngày\s+tháng\s+năm 2024$/);
  });
});
