// What an import did, or (dry run, or any problem) would have done: the
// counts, a sentence saying whether anything was written, and every problem
// as a table by spreadsheet row and column header, in the server's words.
import type { ImportProblem, ImportReport } from '../../api/import-data.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { Panel, ready } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useEntryText } from './entry-text.ts';

/** A report, with the name of the file it is about. */
export interface ShownReport {
  report: ImportReport;
  fileName: string;
}

export function ImportReportView({ shown }: { shown: ShownReport }) {
  const i18n = useI18n();
  const tx = useEntryText();
  const r = shown.report;
  const kind = i18n.label(ENUM_LABELS.ImportKind, r.kind);
  const title = tx(r.dryRun ? 'reportDryTitle' : 'reportWriteTitle');
  const problems = r.problems.length;
  const verdict = r.dryRun
    ? problems
      ? tx('reportBadDry', { count: problems })
      : tx('reportOkDry')
    : r.written
      ? r.batchId === null
        ? tx('reportNothingChanged')
        : tx('reportWritten', { created: r.created, updated: r.updated, unchanged: r.unchanged, batch: r.batchId })
      : tx('reportNotWritten', { count: problems });
  const tone = problems ? 'bad' : r.written ? 'good' : 'info';

  const columns: Column<ImportProblem>[] = [
    { key: 'row', header: tx('problemRow'), cell: (p) => p.row, sortValue: (p) => p.row, numeric: true, rowHeader: true },
    {
      key: 'column',
      header: tx('problemColumn'),
      cell: (p) => (p.column === null ? <em>{tx('problemWholeRow')}</em> : <code>{p.column}</code>),
      sortValue: (p) => p.column ?? '',
      exportValue: (p) => p.column,
    },
    { key: 'message', header: tx('problemMessage'), cell: (p) => p.message, exportValue: (p) => p.message },
  ];

  return (
    <Panel
      id="import-report"
      level={3}
      title={title}
      query={ready(r)}
      className={`import-report tone-border-${tone}`}
      exportTable={
        problems ? () => ({ ...tableExport(`${tx('problemsTitle')} – ${shown.fileName}`, columns, r.problems), meta: [[tx('importKind'), kind]] }) : undefined
      }
    >
      {() => (
        <>
          <p className="panel-summary">{tx('reportOf', { file: shown.fileName, kind })}</p>
          <dl className="report-figures">
            <Figure label={tx('reportRows')} value={r.rows} field="rows" />
            <Figure label={tx('reportCreated')} value={r.created} field="created" />
            <Figure label={tx('reportUpdated')} value={r.updated} field="updated" />
            <Figure label={tx('reportUnchanged')} value={r.unchanged} field="unchanged" />
            <Figure label={tx('reportProblems')} value={problems} field="problems" />
          </dl>
          <p className={`report-verdict tone-${tone}`} role="status" data-field="verdict">
            <span aria-hidden="true">{problems ? '✕' : r.written ? '✓' : 'ℹ'}</span> {verdict}
          </p>
          {problems ? (
            <DataTable
              caption={tx('problemsTitle')}
              columns={columns}
              rows={r.problems}
              rowKey={(p) => `${p.row}:${p.column ?? ''}:${p.message}`}
              defaultSort="row"
            />
          ) : null}
        </>
      )}
    </Panel>
  );
}

function Figure({ label, value, field }: { label: string; value: number; field: string }) {
  const i18n = useI18n();
  return (
    <div>
      <dt>{label}</dt>
      <dd data-field={field}>{i18n.num(value, 0)}</dd>
    </div>
  );
}
