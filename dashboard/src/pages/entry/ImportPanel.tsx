// A CSV/XLSX file of one kind: a dry run first, its report (every problem by
// row and column, in the server's words), then "Ghi dữ liệu" for the real run,
// offered only once a dry run of that very file found nothing wrong.
import { useId, useState, type FormEvent } from 'react';
import { importData } from '../../api/import-data.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField, SelectField } from '../../components/fields.tsx';
import { errorMessage } from '../../components/Panel.tsx';
import { bytesToBase64, IMPORT_KINDS, importFormatOf, MAX_IMPORT_BYTES, type ImportKind } from '../../lib/entry.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { ImportColumns } from './ImportColumns.tsx';
import { ImportReportView, type ShownReport } from './ImportReportView.tsx';
import { useEntryText } from './entry-text.ts';

type Busy = 'check' | 'write' | null;

function fileKey(file: File, kind: ImportKind): string {
  return `${kind}:${file.name}:${file.size}:${file.lastModified}`;
}

export function ImportPanel({ disabled }: { disabled: boolean }) {
  const i18n = useI18n();
  const tx = useEntryText();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>('products');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<ShownReport | null>(null);
  /** The file and kind of the last dry run that found no problem. */
  const [cleared, setCleared] = useState<string | null>(null);

  const reset = () => {
    setShown(null);
    setCleared(null);
    setError(null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) {
      setFileError(tx('importNoFile'));
      return;
    }
    const format = importFormatOf(file.name);
    if (!format) {
      setFileError(tx('importBadFormat'));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(tx('importTooLarge'));
      return;
    }
    setBusy(dryRun ? 'check' : 'write');
    setError(null);
    try {
      const fileBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const report = await importData({ kind, format, fileBase64, dryRun });
      setShown({ report, fileName: file.name });
      setCleared(dryRun && report.problems.length === 0 ? fileKey(file, kind) : null);
    } catch (e) {
      setError(tx('importFailed', { message: errorMessage(e as Error, i18n) }));
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };

  const canWriteNow = !disabled && !busy && file !== null && cleared === fileKey(file, kind);
  return (
    <section className="panel" id="import" aria-labelledby={`${id}-t`} aria-busy={busy !== null}>
      <header className="panel-header">
        <h2 id={`${id}-t`} className="panel-title">
          {tx('importTitle')}
        </h2>
      </header>
      <form onSubmit={onSubmit} className="entry-form" aria-labelledby={`${id}-t`}>
        <fieldset disabled={disabled} className="entry-fieldset">
          <SelectField
            label={tx('importKind')}
            name="kind"
            value={kind}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: i18n.label(ENUM_LABELS.ImportKind, k) }))}
            onChange={(k) => {
              setKind(k);
              reset();
            }}
          />
          <ImportColumns kind={kind} />
          <FormField label={tx('importFile')} name="file" hint={tx('importFileHint')} error={fileError}>
            {(p) => (
              <input
                {...p}
                type="file"
                name="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setFileError(null);
                  reset();
                }}
              />
            )}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="btn" data-action="dry-run" disabled={disabled || busy !== null}>
              {tx('importDryRun')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-action="write"
              disabled={!canWriteNow}
              aria-describedby={`${id}-write-hint`}
              onClick={() => void run(false)}
            >
              {tx('importWrite')}
            </button>
          </div>
          <p id={`${id}-write-hint`} className="field-hint">
            {tx('importWriteHint')}
          </p>
        </fieldset>
      </form>
      <div aria-live="polite">
        {busy ? (
          <p className="panel-loading" role="status">
            <span className="spinner" aria-hidden="true" /> {tx(busy === 'check' ? 'importChecking' : 'importWriting')}
          </p>
        ) : null}
      </div>
      {error ? (
        <div className="panel-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {shown && !busy ? <ImportReportView shown={shown} /> : null}
    </section>
  );
}
