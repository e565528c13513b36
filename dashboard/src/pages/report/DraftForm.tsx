// The officer's part of the report: difficulties and proposals, and the
// number, date, signer and recipients the office fills in. Saved as the
// report's draft (created, then updated at the version read); the hub's
// problems appear next to their fields, a conflict or refusal above the button.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { saveReportDraft, type PeriodicReport, type ReportDraft, type ReportDraftInput } from '../../api/report.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField } from '../../components/fields.tsx';
import { errorMessage } from '../../components/Panel.tsx';
import { formatDate, parseDateInput } from '../../lib/date.ts';
import { fieldErrorsOf } from '../../lib/entry.ts';
import type { ReportKey } from '../../lib/i18n-report.ts';
import { useReportText } from './report-text.ts';

const TEXT_FIELDS = ['difficulties', 'proposals', 'documentNumber', 'signerTitle', 'signerName', 'recipients'] as const;
const FIELDS = [...TEXT_FIELDS, 'issuedOn'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function valuesOf(draft: ReportDraft | null): Values {
  return {
    difficulties: draft?.difficulties ?? '',
    proposals: draft?.proposals ?? '',
    documentNumber: draft?.documentNumber ?? '',
    signerTitle: draft?.signerTitle ?? '',
    signerName: draft?.signerName ?? '',
    recipients: draft?.recipients ?? '',
    issuedOn: draft?.issuedOn ? formatDate(draft.issuedOn, 'vi') : '',
  };
}

const LABELS: Record<Field, { label: ReportKey; hint?: ReportKey; rows?: number }> = {
  difficulties: { label: 'difficulties', hint: 'textHint', rows: 6 },
  proposals: { label: 'proposals', hint: 'textHint', rows: 6 },
  documentNumber: { label: 'documentNumber', hint: 'documentNumberHint' },
  issuedOn: { label: 'issuedOn', hint: 'issuedOnHint' },
  signerTitle: { label: 'signerTitle', hint: 'signerTitleHint', rows: 2 },
  signerName: { label: 'signerName' },
  recipients: { label: 'recipients', hint: 'recipientsHint', rows: 4 },
};

export function DraftForm({ report, writable }: { report: PeriodicReport; writable: boolean }) {
  const i18n = useI18n();
  const tr = useReportText();
  const draft = report.draft ?? null;
  const [values, setValues] = useState<Values>(() => valuesOf(draft));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Another unit or period: its own draft.
  const identity = `${report.unit.id}|${report.period.code}|${report.period.year}|${report.period.endMonth}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fields are reset when the report's identity changes, not on every refetch.
  useEffect(() => {
    setValues(valuesOf(draft));
    setErrors({});
    setMessage(null);
  }, [identity]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issuedOn = values.issuedOn.trim() ? parseDateInput(values.issuedOn) : null;
    if (values.issuedOn.trim() && !issuedOn) {
      setErrors({ issuedOn: i18n.t('invalidDate') });
      return;
    }
    const input: ReportDraftInput = {
      unitId: report.unit.id,
      period: report.period.code,
      year: report.period.year,
      endMonth: report.period.endMonth,
      issuedOn,
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f].trim() || null])),
    };
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const saved = await saveReportDraft(draft, input);
      setMessage({ text: tr('saved', { version: saved.version }), error: false });
    } catch (err) {
      const error = err as Error;
      const problems = error instanceof ApiError ? error.details.flatMap((d) => d.fields ?? []) : [];
      const { byField } = fieldErrorsOf(problems, FIELDS);
      setErrors(byField);
      const code = error instanceof ApiError ? error.code : undefined;
      const text =
        code === 'BAD_USER_INPUT' && Object.keys(byField).length
          ? tr('fixFields')
          : code === 'CONFLICT'
            ? tr('conflict', { message: error.message })
            : code === 'FORBIDDEN'
              ? tr('forbidden', { message: error.message })
              : tr('notSaved', { message: errorMessage(error, i18n) });
      setMessage({ text, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="entry-form doc-draft" onSubmit={submit} aria-label={tr('draftTitle')} noValidate>
      {!writable ? (
        <p className="notice" role="note">
          {tr('draftReadOnly')}
        </p>
      ) : null}
      <fieldset disabled={!writable || busy} className="entry-fieldset">
        {FIELDS.map((field) => {
          const { label, hint, rows } = LABELS[field];
          return (
            <FormField key={field} name={field} label={tr(label)} hint={hint ? tr(hint) : undefined} error={errors[field]}>
              {(p) =>
                rows ? (
                  <textarea {...p} name={field} rows={rows} value={values[field]} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
                ) : (
                  <input {...p} name={field} type="text" value={values[field]} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
                )
              }
            </FormField>
          );
        })}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {busy ? tr('saving') : tr('save')}
          </button>
          <p className={message?.error ? 'field-error' : 'form-status'} role={message?.error ? 'alert' : 'status'} data-field="draft-status">
            {message?.text ?? (draft ? tr('savedBefore', { version: draft.version }) : '')}
          </p>
        </div>
      </fieldset>
    </form>
  );
}
