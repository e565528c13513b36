// The data-entry screen's own words in the view's language (lib/i18n-entry.ts).
import { useCallback } from 'react';
import { useI18n } from '../../app/i18n-context.tsx';
import { translateEntry, type EntryKey } from '../../lib/i18n-entry.ts';
import type { Params } from '../../lib/i18n.ts';

export type EntryText = (key: EntryKey, params?: Params) => string;

export function useEntryText(): EntryText {
  const { lang } = useI18n();
  return useCallback((key: EntryKey, params?: Params) => translateEntry(lang, key, params), [lang]);
}
