import { describe, expect, it } from 'vitest';
import { languageOf } from '../../server/labels/language.ts';

describe('languageOf', () => {
  it('answers in Vietnamese unless English is preferred', () => {
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('')).toBe('vi');
    expect(languageOf('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(languageOf('fr-FR,de;q=0.5')).toBe('vi');
  });

  it('picks English by rank and quality', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('fr, en;q=0.8, vi;q=0.5')).toBe('en');
    expect(languageOf('vi;q=0.2, en;q=0.7')).toBe('en');
    expect(languageOf('en;q=0, vi')).toBe('vi');
  });
});
