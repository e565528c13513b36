// The report screen's own words in the view's language (lib/i18n-report.ts).
import { useCallback } from 'react';
import { useI18n } from '../../app/i18n-context.tsx';
import { translateReport, type ReportKey } from '../../lib/i18n-report.ts';
import type { Params } from '../../lib/i18n.ts';

export type ReportText = (key: ReportKey, params?: Params) => string;

export function useReportText(): ReportText {
  const { lang } = useI18n();
  return useCallback((key: ReportKey, params?: Params) => translateReport(lang, key, params), [lang]);
}
