import { describe, expect, it } from 'vitest';
import { carryState, DEFAULT_STATE, hrefOf, parseState, screenOfPath, serializeState, SCREEN_PATHS, SCREENS } from '../../dashboard/src/lib/url-state.ts';

describe('screens', () => {
  it('maps each path to its screen and back', () => {
    for (const s of SCREENS) expect(screenOfPath(SCREEN_PATHS[s])).toBe(s);
    expect(screenOfPath('/')).toBe('overview');
    expect(screenOfPath('/index.html')).toBe('overview');
    expect(screenOfPath('/ngan-sach/')).toBe('budget');
    expect(screenOfPath('/nhap-lieu')).toBe('entry');
    expect(screenOfPath('/nope')).toBeNull();
  });
});

describe('parseState', () => {
  it('reads every filter', () => {
    const s = parseState(
      '?province=60&plan=3&year=2024&asOf=2024-06-30&metric=new_certified_products&stars=4&denom=communes&district=219&q=toi%20den&product=12&sort=-rank&period=quarter&month=6&view=sheets&round=7&dossier=9&lang=en',
    );
    expect(s).toEqual({
      lang: 'en',
      province: '60',
      plan: 3,
      asOf: '2024-06-30',
      year: 2024,
      metric: 'new_certified_products',
      stars: 4,
      denom: 'communes',
      district: '219',
      q: 'toi den',
      product: 12,
      sort: '-rank',
      period: 'quarter',
      month: 6,
      map: 'recorded',
      approved: false,
      kind: 'month',
      stage: null,
      view: 'sheets',
      round: 7,
      dossier: 9,
    });
  });
  it('falls back to defaults for anything invalid', () => {
    const s = parseState(
      '?province=99&plan=-1&asOf=2024-02-30&year=1800&stars=9&denom=x&district=21&lang=fr&metric=DROP%20TABLE&sort=a;b&period=week&month=13&view=nope&round=0',
    );
    expect(s).toEqual(DEFAULT_STATE);
  });
  it('defaults to Bắc Giang in Vietnamese', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE.province).toBe('24');
    expect(DEFAULT_STATE.lang).toBe('vi');
  });
});

describe('serializeState', () => {
  it('leaves defaults out and keeps a stable order', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState({ ...DEFAULT_STATE, lang: 'en', province: '74', asOf: '2025-12-31' })).toBe('?province=74&asOf=2025-12-31&lang=en');
  });
  it('round-trips: a link reproduces the view', () => {
    const state = { ...DEFAULT_STATE, province: '51', plan: 5, asOf: '2022-12-31', q: 'tỏi đen & co', district: '536', denom: 'subjects' as const };
    expect(parseState(serializeState(state))).toEqual(state);
  });
  it('builds screen links carrying the shared filters only', () => {
    const state = { ...DEFAULT_STATE, province: '60', asOf: '2024-12-31', district: '593', q: 'x', product: 4, sort: 'rank', lang: 'en' as const };
    expect(hrefOf('budget', carryState(state))).toBe('/ngan-sach?province=60&asOf=2024-12-31&lang=en');
    expect(hrefOf('overview', DEFAULT_STATE)).toBe('/');
  });
  it('keeps the map and "approved data only" across screens, not the approval screen\'s own filters', () => {
    const state = { ...DEFAULT_STATE, map: 'today' as const, approved: true, kind: 'quarter' as const, stage: 'returned' as const, district: '07210' };
    expect(serializeState(state)).toBe('?map=today&approved=1&kind=quarter&stage=returned&district=07210');
    expect(parseState(serializeState(state))).toEqual(state);
    expect(hrefOf('approvals', carryState(state))).toBe('/phe-duyet?map=today&approved=1');
    expect(parseState('?map=mars&approved=yes&kind=week&stage=lost')).toEqual(DEFAULT_STATE);
  });
});
