import { describe, expect, it } from 'vitest';
import { en, enumLabel, FUNDING_SOURCE_LABELS, isLang, STATUS_LABELS, translate, vi } from '../../dashboard/src/lib/i18n.ts';
import { unitsAsOf } from '../../dashboard/src/lib/provinces.ts';
import { lookOf, PROGRESS_LOOK } from '../../dashboard/src/lib/status.ts';
import { metricUnit, paramWords, targetTitle } from '../../dashboard/src/lib/targets.ts';

describe('dictionaries', () => {
  it('have the same keys and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of [...Object.entries(vi), ...Object.entries(en)]) expect(v, k).not.toBe('');
  });
  it('use the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(params(en[key]), key).toEqual(params(vi[key]));
  });
  it('write Vietnamese with its diacritics', () => {
    expect(vi['screen.overview']).toBe('Tổng quan');
    expect(vi['screen.districts']).toBe('So sánh huyện');
    expect(vi['screen.budget']).toBe('Ngân sách');
    expect(vi['screen.products']).toBe('Sản phẩm');
    expect(vi['screen.training']).toBe('Đào tạo & Xúc tiến');
    expect(vi['screen.plans']).toBe('Kế hoạch');
  });
  it('fill in parameters', () => {
    expect(translate('vi', 'forecast', { date: '31/12/2024' })).toBe('Dự báo đến 31/12/2024');
    expect(translate('en', 'forecast', { date: '31 Dec 2024' })).toBe('Forecast at 31 Dec 2024');
    expect(translate('vi', 'forecast')).toBe('Dự báo đến {date}');
  });
  it('label enum values and tell languages apart', () => {
    expect(enumLabel(STATUS_LABELS, 'off_track', 'vi')).toBe('Chậm tiến độ');
    expect(enumLabel(FUNDING_SOURCE_LABELS, 'central', 'en')).toBe('Central budget');
    expect(enumLabel(STATUS_LABELS, 'new_value', 'vi')).toBe('new_value');
    expect(enumLabel(STATUS_LABELS, null, 'vi')).toBe('—');
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});

describe('status looks', () => {
  it('give every status an icon as well as a colour', () => {
    for (const s of Object.keys(STATUS_LABELS)) {
      const look = lookOf(PROGRESS_LOOK, s);
      expect(look.icon, s).not.toBe('');
      expect(look.tone, s).toBeTruthy();
    }
    expect(new Set(Object.values(PROGRESS_LOOK).map((l) => l.icon)).size).toBe(Object.keys(PROGRESS_LOOK).length);
  });
});

describe('targets and provinces', () => {
  it('name targets by metric and parameters', () => {
    const metric = { labelVi: 'Sản phẩm mới đạt OCOP', labelEn: 'Newly certified products' };
    expect(targetTitle(metric, { minStars: 3 }, 'vi')).toBe('Sản phẩm mới đạt OCOP (≥ 3★)');
    expect(targetTitle(metric, { minStars: 5 }, 'en')).toBe('Newly certified products (5★)');
    expect(targetTitle(metric, {}, 'vi')).toBe('Sản phẩm mới đạt OCOP');
    expect(paramWords({ status: 'upgraded' }, 'vi')).toEqual(['nâng cấp']);
    expect(paramWords({ scope: 'out_of_province' }, 'en')).toEqual(['other provinces']);
  });
  it('know the unit of a metric', () => {
    expect(metricUnit({ id: 'allocated_vnd', rollup: 'sum' })).toBe('vnd');
    expect(metricUnit({ id: 'disbursement_rate', rollup: 'ratio_of_sums' })).toBe('percent');
    expect(metricUnit({ id: 'cooperative_share', rollup: 'distinct_share' })).toBe('percent');
    expect(metricUnit({ id: 'certified_products', rollup: 'distinct_count' })).toBe('count');
  });
  it('read codes on the pre-2025 map', () => {
    expect(unitsAsOf('2024-12-31')).toBe('2024-12-31');
    expect(unitsAsOf('2025-12-31')).toBe('2025-06-30');
  });
});
