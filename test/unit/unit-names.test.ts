// Units read with their kind, so the province and the city of one name differ;
// English messages date as "31 Dec 2024", never ISO.
import { describe, expect, it } from 'vitest';
import { formatDateEn } from '../../server/common/dates.ts';
import { unitTitle } from '../../server/labels/unit-names.ts';
import { unitHeading } from '../../dashboard/src/lib/units.ts';

describe('unitTitle', () => {
  it('tells the province from the city of the same name, in both languages', () => {
    expect(unitTitle({ type: 'Tỉnh', name: 'Bắc Giang' }, 'vi')).toBe('tỉnh Bắc Giang');
    expect(unitTitle({ type: 'Thành phố', name: 'Bắc Giang' }, 'vi')).toBe('TP. Bắc Giang');
    expect(unitTitle({ type: 'Tỉnh', name: 'Bắc Giang' }, 'en')).toBe('Bắc Giang province');
    expect(unitTitle({ type: 'Thành phố', name: 'Bắc Giang' }, 'en')).toBe('Bắc Giang city');
    expect(unitTitle({ type: 'Huyện', name: 'Lục Ngạn' }, 'en')).toBe('Lục Ngạn district');
  });

  it('keeps the bare name of a unit of unknown kind, and starts a line with a capital', () => {
    expect(unitTitle({ type: 'district', name: 'Unit 901' }, 'vi')).toBe('Unit 901');
    expect(unitHeading({ type: 'Huyện', name: 'Yên Thế' }, 'vi')).toBe('Huyện Yên Thế');
  });
});

describe('formatDateEn', () => {
  it('writes a date as English readers do', () => {
    expect(formatDateEn('2024-12-31')).toBe('31 Dec 2024');
    expect(formatDateEn('2025-03-01')).toBe('1 Mar 2025');
  });
});
