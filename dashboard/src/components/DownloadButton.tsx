import { useState } from 'react';
import { useI18n } from '../app/i18n-context.tsx';
import type { ExportTable } from '../lib/csv.ts';
import { downloadCsv } from './download.ts';
import { useExportMeta } from './export-meta.tsx';

type TableOf = () => Omit<ExportTable, 'meta'> & { meta?: ExportTable['meta'] };

/**
 * "Tải CSV" and "Tải XLSX": the figures of a chart or table, with the
 * screen's filters and as-of date written in. The XLSX writer is loaded on
 * the first click only.
 */
export function DownloadButton({ table }: { table: TableOf }) {
  const i18n = useI18n();
  const meta = useExportMeta();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const full = (): ExportTable => {
    const t = table();
    return {
      ...t,
      codesTitle: i18n.t('csv.codes'),
      meta: [
        [i18n.t('csv.title'), t.title],
        ...meta.filters,
        ...(meta.asOf ? [[i18n.t('csv.asOf'), i18n.date(meta.asOf)] as const] : []),
        ...(t.meta ?? []),
        [i18n.t('csv.source'), `${window.location.origin}/graphql`],
        [i18n.t('csv.generated'), new Date().toISOString().slice(0, 19).replace('T', ' ')],
      ],
    };
  };
  const onXlsx = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const { downloadXlsx } = await import('./xlsx-download.ts');
      await downloadXlsx(full(), meta.asOf);
    } catch (e) {
      setFailed((e as Error).message || String(e));
    } finally {
      setBusy(false);
    }
  };
  const title = table().title;
  return (
    <span className="download-buttons no-print">
      <button
        type="button"
        className="btn btn-small"
        data-format="csv"
        onClick={() => downloadCsv(full(), meta.asOf)}
        aria-label={`${i18n.t('downloadCsv')}: ${title}`}
      >
        <span aria-hidden="true">⤓</span> {i18n.t('downloadCsv')}
      </button>
      <button type="button" className="btn btn-small" data-format="xlsx" onClick={onXlsx} disabled={busy} aria-label={`${i18n.t('downloadXlsx')}: ${title}`}>
        <span aria-hidden="true">⤓</span> {i18n.t('downloadXlsx')}
      </button>
      {failed ? (
        <span className="field-error" role="alert">
          {i18n.t('downloadFailed', { message: failed })}
        </span>
      ) : null}
    </span>
  );
}
