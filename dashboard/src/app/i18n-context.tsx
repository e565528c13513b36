// The language of the view (from the URL) and formatters bound to it.
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { setRequestLanguage } from '../api/client.ts';
import { formatDate, formatMonth } from '../lib/date.ts';
import { formatBillions, formatBillionsNumber, formatNumber, formatPercent, formatVnd } from '../lib/format.ts';
import { enumLabel, translate, type Lang, type MessageKey, type Params } from '../lib/i18n.ts';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  label: (labels: Record<string, { vi: string; en: string }>, value: string | null | undefined) => string;
  num: (value: number | null | undefined, digits?: number) => string;
  pct: (value: number | null | undefined, digits?: number) => string;
  vnd: (amount: string | number | null | undefined) => string;
  bn: (amount: string | number | null | undefined) => string;
  bnTick: (amount: string | number | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  month: (key: string | null | undefined) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    label: (labels, value) => enumLabel(labels, value, lang),
    num: (value, digits = 2) => formatNumber(value, lang, digits),
    pct: (value, digits = 1) => formatPercent(value, lang, digits),
    vnd: (amount) => formatVnd(amount, lang),
    bn: (amount) => formatBillions(amount, lang),
    bnTick: (amount) => formatBillionsNumber(amount, lang, 1),
    date: (iso) => formatDate(iso, lang),
    month: (key) => formatMonth(key, lang),
  };
}

const I18nContext = createContext<I18n>(makeI18n('vi'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => {
    // Before any panel below asks: the hub's messages come in the view's language.
    setRequestLanguage(lang);
    return makeI18n(lang);
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A screen's own dictionary bound to the view's language. */
export function useTranslator<K extends string>(translate: (lang: Lang, key: K, params?: Params) => string): (key: K, params?: Params) => string {
  const { lang } = useI18n();
  return useCallback((key: K, params?: Params) => translate(lang, key, params), [lang, translate]);
}
