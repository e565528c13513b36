import { useI18n } from '../app/i18n-context.tsx';
import type { ExportTable } from '../lib/csv.ts';
import { downloadCsv } from './download.ts';
import { useExportMeta } from './export-meta.tsx';

/** "Tải CSV": the figures of a chart or table, with the screen's filters and as-of date written in. */
export function DownloadButton({ table }: { table: () => Omit<ExportTable, 'meta'> & { meta?: ExportTable['meta'] } }) {
  const i18n = useI18n();
  const meta = useExportMeta();
  const onClick = () => {
    const t = table();
    downloadCsv(
      {
        ...t,
        meta: [
          [i18n.t('csv.title'), t.title],
          ...meta.filters,
          ...(meta.asOf ? [[i18n.t('csv.asOf'), i18n.date(meta.asOf)] as const] : []),
          ...(t.meta ?? []),
          [i18n.t('csv.source'), `${window.location.origin}/graphql`],
          [i18n.t('csv.generated'), new Date().toISOString().slice(0, 19).replace('T', ' ')],
        ],
      },
      meta.asOf,
    );
  };
  const title = table().title;
  return (
    <button type="button" className="btn btn-small no-print" onClick={onClick} aria-label={`${i18n.t('downloadCsv')}: ${title}`}>
      <span aria-hidden="true">⤓</span> {i18n.t('downloadCsv')}
    </button>
  );
}
