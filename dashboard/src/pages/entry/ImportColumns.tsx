// The columns of the chosen import kind, as the hub's importer reads them
// (importKinds): which are required, their headers in the view's language,
// types, examples and accepted values; and the kind's template to download.
import { useState } from 'react';
import { fetchImportTemplate, useImportKinds, type ImportColumnInfo } from '../../api/import-kinds.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { downloadBlob } from '../../components/download.ts';
import { errorMessage } from '../../components/Panel.tsx';
import { base64ToBytes, type ImportFormat, type ImportKind } from '../../lib/entry.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useEntryText } from './entry-text.ts';

export function ImportColumns({ kind }: { kind: ImportKind }) {
  const i18n = useI18n();
  const tx = useEntryText();
  const kinds = useImportKinds();
  const [templateError, setTemplateError] = useState<string | null>(null);
  const info = kinds.status === 'success' ? kinds.data.find((k) => k.kind === kind) : undefined;

  if (kinds.status === 'error') {
    return (
      <div className="panel-error" role="alert" data-field="columns">
        <p>{tx('importColumnsFailed', { message: errorMessage(kinds.error, i18n) })}</p>
        <button type="button" className="btn" onClick={kinds.retry}>
          <span aria-hidden="true">↻</span> {i18n.t('retry')}
        </button>
      </div>
    );
  }
  if (!info) {
    return (
      <p className="field-hint import-columns" data-field="columns" role="status">
        <span className="spinner" aria-hidden="true" /> {i18n.t('loading')}
      </p>
    );
  }

  const headers = (required: boolean) =>
    info.columns
      .filter((c) => c.required === required)
      .map((c) => c.header[i18n.lang])
      .join(', ');
  const columns: Column<ImportColumnInfo>[] = [
    { key: 'header', header: tx('columnHeader'), cell: (c) => c.header[i18n.lang], rowHeader: true },
    { key: 'required', header: tx('columnRequired'), cell: (c) => (c.required ? '✓' : '') },
    { key: 'type', header: tx('columnType'), cell: (c) => i18n.label(ENUM_LABELS.ImportCellType, c.type) },
    { key: 'example', header: tx('columnExample'), cell: (c) => <code>{c.example[i18n.lang]}</code> },
    {
      key: 'note',
      header: tx('columnNote'),
      cell: (c) =>
        [c.note?.[i18n.lang], c.choices ? tx('columnValues', { values: c.choices.map((v) => v.label[i18n.lang]).join(', ') }) : null].filter(Boolean).join(' '),
    },
  ];

  const download = async (format: ImportFormat) => {
    setTemplateError(null);
    try {
      const file = await fetchImportTemplate({ kind, format, language: i18n.lang });
      downloadBlob(file.fileName, new Blob([base64ToBytes(file.base64)], { type: file.contentType }));
    } catch (e) {
      setTemplateError(tx('templateFailed', { message: errorMessage(e as Error, i18n) }));
    }
  };

  return (
    <>
      <p className="field-hint import-columns" data-field="columns">
        {tx('importColumns', { required: headers(true), optional: headers(false) })}
      </p>
      <details className="import-column-table">
        <summary>{tx('importColumnsTitle')}</summary>
        <DataTable caption={tx('importColumnsTitle')} captionHidden columns={columns} rows={info.columns} rowKey={(c) => c.name} />
      </details>
      <div className="form-actions" data-field="templates">
        <button type="button" className="btn" data-template="CSV" onClick={() => void download('CSV')}>
          {tx('templateCsv')}
        </button>
        <button type="button" className="btn" data-template="XLSX" onClick={() => void download('XLSX')}>
          {tx('templateXlsx')}
        </button>
      </div>
      <p className="field-hint">{tx('templateHint')}</p>
      {templateError ? (
        <p className="field-error" role="alert">
          {templateError}
        </p>
      ) : null}
    </>
  );
}
