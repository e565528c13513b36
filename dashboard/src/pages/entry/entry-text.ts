// The data-entry screen's own words in the view's language (lib/i18n-entry.ts).
import { useTranslator } from '../../app/i18n-context.tsx';
import { translateEntry, type EntryKey } from '../../lib/i18n-entry.ts';
import type { Params } from '../../lib/i18n.ts';

export type EntryText = (key: EntryKey, params?: Params) => string;

export function useEntryText(): EntryText {
  return useTranslator(translateEntry);
}
