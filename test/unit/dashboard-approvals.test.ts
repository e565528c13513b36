import { describe, expect, it } from 'vitest';
import { nationalUnits } from '../../seeds/admin-units/units.ts';
import { actionsFor, approvalScope, matchesFilter, periodColumn, periodGrid, periodLabel } from '../../dashboard/src/lib/approvals.ts';
import { approvalsEn, approvalsVi } from '../../dashboard/src/lib/i18n-approvals.ts';
import { NEW_PROVINCES, newProvinceLabel, newProvinceOf, OLD_PROVINCES, oldProvinceFor } from '../../dashboard/src/lib/provinces.ts';
import { figureOptions, mapDay, provinceCodeOn, provinceScope, provinceTitle } from '../../dashboard/src/lib/reading.ts';
import { isOwnUnit } from '../../dashboard/src/pages/shared/own-unit.ts';

describe('the provinces table', () => {
  it('matches the hub unit data: 63 old provinces, each with its successor, and the 34 of today', () => {
    const provinces = nationalUnits().filter((u) => u.level === 'province');
    const old = provinces.filter((u) => !u.key.startsWith('2025:'));
    const today = provinces.filter((u) => u.key.startsWith('2025:'));
    expect(OLD_PROVINCES.map((p) => [p.code, p.name, `2025:${p.successor}`])).toEqual(old.map((u) => [u.code, u.name, u.successorKey]));
    expect(NEW_PROVINCES.map((p) => [p.code, p.name])).toEqual(today.map((u) => [u.code, u.name]).sort(([a], [b]) => a.localeCompare(b)));
  });
  it('names a province of today with the old provinces it took over', () => {
    const bacNinh = newProvinceOf('24');
    expect(bacNinh.parts).toEqual(['27', '24']);
    expect(newProvinceLabel(bacNinh, 'vi')).toBe('Bắc Ninh (gồm Bắc Ninh và Bắc Giang cũ)');
    expect(newProvinceLabel(bacNinh, 'en')).toBe('Bắc Ninh (formerly Bắc Ninh and Bắc Giang)');
    expect(newProvinceLabel(newProvinceOf('74'), 'vi')).toBe('Hồ Chí Minh (gồm Hồ Chí Minh, Bình Dương và Bà Rịa - Vũng Tàu cũ)');
    expect(newProvinceLabel(newProvinceOf('01'), 'vi')).toBe('Hà Nội');
    // A province of today stands for the old one whose code it kept (Bắc Ninh 24 = old Bắc Giang 24), else its first part.
    expect(oldProvinceFor('24')).toBe('24');
    expect(oldProvinceFor('68')).toBe('68');
    expect(oldProvinceFor('44')).toBe('44');
  });
});

describe('reading figures on a map', () => {
  const today = '2026-12-04';
  it("asks by the old province as recorded or on the old map, by its successor on today's", () => {
    expect(provinceScope({ province: '60', map: 'recorded' }, '2024-12-31', today)).toEqual({ provinceCode: '60', unitsAsOf: '2024-12-31' });
    expect(provinceScope({ province: '60', map: 'recorded' }, '2026-06-30', today)).toEqual({ provinceCode: '60', unitsAsOf: '2025-06-30' });
    expect(provinceScope({ province: '60', map: 'old' }, '2026-06-30', today)).toEqual({ provinceCode: '60', mapOn: '2025-06-30' });
    expect(provinceScope({ province: '60', map: 'today' }, '2026-06-30', today)).toEqual({ provinceCode: '68', mapOn: today });
    expect(provinceCodeOn({ province: '74' }, '2025-06-30')).toBe('74');
    expect(provinceCodeOn({ province: '74' }, '2025-07-01')).toBe('79');
    expect(provinceTitle({ province: '60', map: 'old' }, 'vi')).toBe('Bình Thuận (60)');
  });
  it('leaves the defaults out of the request, so a view as recorded asks what it always asked', () => {
    expect(figureOptions({ map: 'recorded', approved: false }, today)).toEqual({});
    expect(figureOptions({ map: 'today', approved: true }, today)).toEqual({ mapOn: today, approvedOnly: true });
    expect(mapDay('old', today)).toBe('2025-06-30');
  });
  it("tells the officer's own unit from a reused code on the other map", () => {
    expect(isOwnUnit({ code: '07210', validTo: null }, { code: '07210', validTo: null })).toBe(true);
    expect(isOwnUnit({ code: '07210', validTo: null }, { code: '07210', validTo: '2025-06-30' })).toBe(false);
    expect(isOwnUnit(null, { code: '213', validTo: '2025-06-30' })).toBe(false);
  });
});

describe('the approval screen', () => {
  it('offers a unit officer submission and the province the decisions, at the stages the hub allows them', () => {
    expect(actionsFor('commune_officer', 'awaiting_submission')).toEqual(['submit']);
    expect(actionsFor('district_officer', 'returned')).toEqual(['submit']);
    expect(actionsFor('commune_officer', 'awaiting_approval')).toEqual([]);
    expect(actionsFor('province_admin', 'awaiting_approval')).toEqual(['approve', 'return']);
    expect(actionsFor('province_admin', 'approved')).toEqual(['reopen']);
    expect(actionsFor('analyst', 'awaiting_submission')).toEqual([]);
    expect(actionsFor('admin', 'in_progress')).toEqual([]);
  });
  it('lists by default what waits for someone', () => {
    const p = (stage: string, overdue = false) => ({ stage, overdue });
    expect(matchesFilter(p('returned'), null)).toBe(true);
    expect(matchesFilter(p('approved'), null)).toBe(false);
    expect(matchesFilter(p('awaiting_submission', true), 'overdue')).toBe(true);
    expect(matchesFilter(p('in_progress'), 'all')).toBe(true);
  });
  it("reads a user's own unit (an abolished one on its last day), else the province of today", () => {
    expect(approvalScope({ code: '213', validTo: '2025-06-30' }, '24')).toEqual({ unitCode: '213', unitsAsOf: '2025-06-30' });
    expect(approvalScope({ code: '07210', validTo: null }, '24')).toEqual({ unitCode: '07210' });
    expect(approvalScope(null, '60')).toEqual({ unitCode: '68' });
  });
  it('names periods in both languages and lays them out unit by period', () => {
    expect(periodLabel('month', 2026, 3, 'vi')).toBe('tháng 3/2026');
    expect(periodLabel('quarter', 2026, 1, 'en')).toBe('Q1 2026');
    expect(periodColumn('month', 12, 'en')).toBe('Dec');
    const unit = (code: string, validTo: string | null = null) => ({ code, validTo });
    const grid = periodGrid(
      [
        { unit: unit('213', '2025-06-30'), number: 6 },
        { unit: unit('07210'), number: 7 },
        { unit: unit('213', '2025-06-30'), number: 5 },
      ],
      12,
    );
    expect(grid.map((r) => [r.unit.code, r.cells.flatMap((c, i) => (c ? [i + 1] : []))])).toEqual([
      ['213', [5, 6]],
      ['07210', [7]],
    ]);
  });
  it('has every word in both languages with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(approvalsEn).sort()).toEqual(Object.keys(approvalsVi).sort());
    for (const key of Object.keys(approvalsVi) as (keyof typeof approvalsVi)[]) expect(params(approvalsEn[key]), key).toEqual(params(approvalsVi[key]));
  });
});
