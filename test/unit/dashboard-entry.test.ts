// Data-entry helpers (dashboard/src/lib/entry.ts) and the screen's dictionary.
import { describe, expect, it } from 'vitest';
import {
  allocationScope,
  base64ToBytes,
  bytesToBase64,
  canWrite,
  fieldErrorsOf,
  groupVndInput,
  importFormatOf,
  parseVndInput,
  payeeOn,
  payeeUnitsFilter,
  remainingVnd,
} from '../../dashboard/src/lib/entry.ts';
import { entryEn, entryVi, translateEntry } from '../../dashboard/src/lib/i18n-entry.ts';

describe('parseVndInput', () => {
  it('reads amounts typed with dot, space or comma grouping, with or without the currency', () => {
    expect(parseVndInput('120.000.000')).toBe('120000000');
    expect(parseVndInput('120000000')).toBe('120000000');
    expect(parseVndInput(' 120 000 000 ')).toBe('120000000');
    expect(parseVndInput('120\u00a0000\u00a0000')).toBe('120000000');
    expect(parseVndInput('120,000,000')).toBe('120000000');
    expect(parseVndInput('120.000.000 đ')).toBe('120000000');
    expect(parseVndInput('120.000.000đ')).toBe('120000000');
    expect(parseVndInput('20.967.000.000 ₫')).toBe('20967000000');
    expect(parseVndInput('5 triệu')).toBeNull();
    expect(parseVndInput('1.000 VND')).toBe('1000');
    expect(parseVndInput('0')).toBe('0');
    expect(parseVndInput('000123')).toBe('123');
    // Exact beyond a double.
    expect(parseVndInput('123.456.789.012.345.678.901')).toBe('123456789012345678901');
  });
  it('refuses decimals, mixed or misplaced separators, signs and words', () => {
    for (const bad of ['', '  ', 'đ', '1,5', '12.34', '1.000,5', '1.000,000', '1.0000', '.000', '-5', '+5', 'abc', '12a', '1e6'])
      expect(parseVndInput(bad), bad).toBeNull();
  });
  it('groups digits back with dots', () => {
    expect(groupVndInput('120000000')).toBe('120.000.000');
    expect(groupVndInput('999')).toBe('999');
    expect(groupVndInput('1000')).toBe('1.000');
  });
});

describe('files', () => {
  it('tells the import format by the file name', () => {
    expect(importFormatOf('products.csv')).toBe('CSV');
    expect(importFormatOf('Lớp tập huấn.XLSX')).toBe('XLSX');
    expect(importFormatOf('a.txt')).toBe('CSV');
    expect(importFormatOf('a.xls')).toBeNull();
    expect(importFormatOf('README')).toBeNull();
  });
  it('encodes bytes as base64, large files included', () => {
    const text = 'Mã sản phẩm,Tên\nNK-SP-01,Vải thiều\n';
    const bytes = new TextEncoder().encode(text);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(text).toString('base64'));
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
  it('decodes base64 files from the hub back to their bytes', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(Buffer.from(base64ToBytes(bytesToBase64(big))).equals(Buffer.from(big))).toBe(true);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(base64ToBytes(Buffer.from('\ufeffMã sản phẩm;Tên').toString('base64')))).toBe(
      '\ufeffMã sản phẩm;Tên',
    );
  });
});

describe('form errors and scope', () => {
  it("sorts the hub's field problems onto the form's fields", () => {
    const { byField, other } = fieldErrorsOf(
      [
        { field: 'input.amount', message: 'exceeds what remains of allocation 7' },
        { field: 'input.amount', message: 'must be at least 1' },
        { field: 'input.disbursedOn', message: 'must be in 2024 or later' },
        { field: 'input.subjectId', message: 'no subject 9' },
      ],
      ['amount', 'disbursedOn', 'unitId'] as const,
    );
    expect(byField).toEqual({ amount: 'exceeds what remains of allocation 7; must be at least 1', disbursedOn: 'must be in 2024 or later' });
    expect(other).toEqual([{ field: 'input.subjectId', message: 'no subject 9' }]);
  });
  it('lets officers and administrators write, not analysts', () => {
    expect(canWrite('district_officer')).toBe(true);
    expect(canWrite('commune_officer')).toBe(true);
    expect(canWrite('province_admin')).toBe(true);
    expect(canWrite('admin')).toBe(true);
    expect(canWrite('analyst')).toBe(false);
    expect(canWrite(null)).toBe(false);
  });
  it("pays from the user's own province or district, codes read before the 2025 reform", () => {
    expect(allocationScope({ code: '24', level: 'province', validTo: '2025-06-30' }, '60')).toEqual({ provinceCode: '24', unitsAsOf: '2025-06-30' });
    expect(allocationScope({ code: '219', level: 'district', validTo: '2025-06-30' }, '24')).toEqual({ districtCode: '219', unitsAsOf: '2025-06-30' });
    expect(allocationScope({ code: '51', level: 'province', validTo: null }, '24')).toEqual({ provinceCode: '51' });
    expect(allocationScope(null, '60')).toEqual({ provinceCode: '60', unitsAsOf: '2025-06-30' });
    // A commune officer pays from their province of today's allocations (those of the old provinces it took over included).
    expect(allocationScope({ code: '07210', level: 'commune', validTo: null, province: { code: '24' } }, '60')).toEqual({ provinceCode: '24' });
  });
  it('tells what remains of an allocation, exactly', () => {
    expect(remainingVnd('500000000', '200000000')).toBe('300000000');
    expect(remainingVnd('100', '250')).toBe('0');
    expect(remainingVnd('9007199254740993', '1')).toBe('9007199254740992');
    expect(remainingVnd(null, '0')).toBeNull();
  });
});

describe("the data-entry screen's words", () => {
  it('exist in both languages with the same parameters', () => {
    expect(Object.keys(entryEn).sort()).toEqual(Object.keys(entryVi).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(entryVi) as (keyof typeof entryVi)[]) {
      expect(entryVi[key], key).not.toBe('');
      expect(params(entryEn[key]), key).toEqual(params(entryVi[key]));
    }
  });
  it('fill in parameters', () => {
    expect(translateEntry('vi', 'reportBadDry', { count: 9 })).toBe('Có 9 lỗi. Chưa ghi gì; sửa tệp rồi kiểm tra lại.');
    expect(translateEntry('en', 'reportBadDry', { count: 9 })).toBe('9 problems. Nothing was written; fix the file and check again.');
  });
});

describe('the units a payment can go to', () => {
  const bacGiang = { code: '24', level: 'province', validTo: '2025-06-30', successor: { code: '24', level: 'province', validTo: null } };
  const lucNgan = { code: '218', level: 'district', validTo: '2025-06-30', successor: bacGiang.successor };
  it('are the recipient and its districts or communes on a date before the 2025 reform', () => {
    expect(payeeOn(bacGiang, '2025-06-30')).toBe(bacGiang);
    expect(payeeUnitsFilter(bacGiang, '2025-06-30')).toEqual({ provinceCode: '24', level: 'district', unitsAsOf: '2025-06-30', validOn: '2025-06-30' });
    expect(payeeUnitsFilter(lucNgan, '2024-03-01')).toEqual({ districtCode: '218', level: 'commune', unitsAsOf: '2025-06-30', validOn: '2024-03-01' });
  });
  it('are the province of today that took the recipient over, and its communes, for a payment since 1 July 2025', () => {
    for (const recipient of [bacGiang, lucNgan]) {
      const payee = payeeOn(recipient, '2026-03-15');
      expect(payee).toBe(bacGiang.successor);
      expect(payeeUnitsFilter(payee, '2026-03-15')).toEqual({ provinceCode: '24', level: 'commune', unitsAsOf: '2026-03-15', validOn: '2026-03-15' });
    }
    expect(payeeUnitsFilter({ code: '07210', level: 'commune', validTo: null }, '2026-03-15')).toBeNull();
  });
});
