// A planned check's findings and consequence, or the settlement of a deadline
// to fix (fixed, or not: then the certificate is revoked with a decision).
import { useState, type FormEvent } from 'react';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { RECORD, SETTLE, type InspectionRow } from '../../api/inspections.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField } from '../../components/fields.tsx';
import { formatDate, parseDateInput, todayIso } from '../../lib/date.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, productName, stars, useAction } from './cycle-shared.tsx';

const CONSEQUENCES = ['none', 'warning', 'fix_deadline', 'downgrade', 'revocation'] as const;
type Consequence = (typeof CONSEQUENCES)[number];

export function InspectionActions({ inspection }: { inspection: InspectionRow }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const [date, setDate] = useState(formatDate(todayIso(), 'vi'));
  const [findings, setFindings] = useState('');
  const [consequence, setConsequence] = useState<Consequence>('none');
  const [decision, setDecision] = useState('');
  const [fixBy, setFixBy] = useState('');
  const [fixed, setFixed] = useState(true);
  const [reevaluationId, setReevaluationId] = useState('');
  // A downgrade lands on a re-evaluation of the product with fewer stars than its certificate.
  const lower = (inspection.product?.evaluations ?? []).filter((e) => inspection.certificate && e.stars < inspection.certificate.stars && e.stars >= 3);
  const on = parseDateInput(date);
  const name = productName(inspection.product);
  const v = { id: inspection.id, version: inspection.version };

  const record = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      inspectedOn: on ?? '',
      findings: findings.trim(),
      consequence,
      decisionNumber: decision.trim() || null,
      fixBy: fixBy.trim() ? (parseDateInput(fixBy) ?? fixBy.trim()) : null,
      reevaluationId: consequence === 'downgrade' && reevaluationId ? Number(reevaluationId) : null,
    };
    void action.run(() => cycleWrite(RECORD, { ...v, input }), tx('inspectionRecorded', { product: name }));
  };
  const settle = (e: FormEvent) => {
    e.preventDefault();
    const input = { fixed, on: on ?? '', resolution: findings.trim(), decisionNumber: decision.trim() || null };
    void action.run(() => cycleWrite(SETTLE, { ...v, input }), tx('inspectionSettled', { product: name }));
  };
  const dateField = (
    <FormField
      label={inspection.state === 'planned' ? tx('inspectedOn') : tx('settledOn')}
      name="on"
      hint={i18n.t('asOfHint')}
      error={on ? null : i18n.t('invalidDate')}
    >
      {(p) => <input {...p} type="text" inputMode="numeric" name="on" size={11} value={date} onChange={(e) => setDate(e.target.value)} />}
    </FormField>
  );
  const decisionField = (
    <FormField label={tx('decisionNumber')} name="decisionNumber" hint={tx('decisionHint')}>
      {(p) => <input {...p} type="text" name="decisionNumber" autoComplete="off" value={decision} onChange={(e) => setDecision(e.target.value)} />}
    </FormField>
  );

  if (inspection.state === 'awaiting_fix')
    return (
      <form className="entry-form" onSubmit={settle} aria-label={tx('settleFor', { product: name })} noValidate>
        <div className="form-row">
          {dateField}
          <FormField label={tx('fixedQuestion')} name="fixed">
            {(p) => (
              <select {...p} name="fixed" value={fixed ? 'yes' : 'no'} onChange={(e) => setFixed(e.target.value === 'yes')}>
                <option value="yes">{tx('fixedYes')}</option>
                <option value="no">{tx('fixedNo')}</option>
              </select>
            )}
          </FormField>
        </div>
        <FormField label={tx('resolution')} name="resolution">
          {(p) => <input {...p} type="text" name="resolution" autoComplete="off" value={findings} onChange={(e) => setFindings(e.target.value)} />}
        </FormField>
        {!fixed ? decisionField : null}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" data-action="settle" disabled={action.busy}>
            {tx('settle')}
          </button>
        </div>
        <ActionMessages action={action} />
      </form>
    );

  return (
    <form className="entry-form" onSubmit={record} aria-label={tx('recordFor', { product: name })} noValidate>
      <div className="form-row">
        {dateField}
        <FormField label={tx('consequence')} name="consequence">
          {(p) => (
            <select {...p} name="consequence" value={consequence} onChange={(e) => setConsequence(e.target.value as Consequence)}>
              {CONSEQUENCES.map((c) => (
                <option key={c} value={c}>
                  {i18n.label(ENUM_LABELS.InspectionConsequence, c)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label={tx('findings')} name="findings">
        {(p) => <textarea {...p} name="findings" rows={2} value={findings} onChange={(e) => setFindings(e.target.value)} />}
      </FormField>
      {consequence === 'downgrade' || consequence === 'revocation' ? decisionField : null}
      {consequence === 'fix_deadline' ? (
        <FormField label={tx('fixByLabel')} name="fixBy" hint={i18n.t('asOfHint')}>
          {(p) => <input {...p} type="text" inputMode="numeric" name="fixBy" size={11} value={fixBy} onChange={(e) => setFixBy(e.target.value)} />}
        </FormField>
      ) : null}
      {consequence === 'downgrade' ? (
        <FormField label={tx('reevaluation')} name="reevaluationId" hint={tx('downgradeHint')}>
          {(p) => (
            <select {...p} name="reevaluationId" value={reevaluationId} onChange={(e) => setReevaluationId(e.target.value)}>
              <option value="">{lower.length ? tx('choose') : tx('noReevaluation')}</option>
              {lower.map((e) => (
                <option key={e.id} value={e.id}>{`${i18n.date(e.evaluatedOn)} · ${stars(e.stars)}`}</option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-action="record" disabled={action.busy}>
          {tx('record')}
        </button>
      </div>
      <ActionMessages action={action} />
    </form>
  );
}
