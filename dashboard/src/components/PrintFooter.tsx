// The footer of every printed page: the as-of date and the filters the
// figures were read with, the day of printing and the page number. Written as
// CSS page-margin boxes, so it repeats on each page and never covers content.
import { useI18n } from '../app/i18n-context.tsx';
import { todayIso } from '../lib/date.ts';
import { type ExportMeta, shownValue } from './export-meta.tsx';

/** A CSS string literal of any text. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ')}"`;
}

export function PrintFooter({ meta }: { meta: ExportMeta }) {
  const i18n = useI18n();
  const line = [
    meta.asOf ? `${i18n.t('asOf')} ${i18n.date(meta.asOf)}` : null,
    ...meta.filters.map(([label, value]) => `${label}: ${shownValue(value)}`),
    i18n.t('printedOn', { date: i18n.date(todayIso()) }),
  ]
    .filter(Boolean)
    .join(' · ');
  const css = `@media print { @page { @bottom-left { content: ${cssString(line)}; } @bottom-right { content: counter(page) " / " counter(pages); } } }`;
  return <style data-print-footer={line}>{css}</style>;
}
