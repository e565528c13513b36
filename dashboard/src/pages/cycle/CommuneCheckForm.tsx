// The commune's check of a submitted dossier: its four findings (QĐ 26/2026
// Điều 6 khoản 2) forward it to the province; or it goes back to the subject
// with a reason and the documents missing or unusable.
import { useState, type FormEvent } from 'react';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { CHECK, RETURN, type DossierDetail } from '../../api/dossiers.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField } from '../../components/fields.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import type { Action } from './cycle-shared.tsx';

const CHECKS = ['origin', 'local_labour', 'idea_origin', 'local_identity'] as const;

/** `action` belongs to the dossier's view: its outcome stays in sight once the dossier moves on and this form goes. */
export function CommuneCheckForm({ dossier, action }: { dossier: DossierDetail; action: Action }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const [met, setMet] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const subjectItems = dossier.checklist.items.filter((i) => i.stage === 'subject');

  const check = (e: FormEvent) => {
    e.preventDefault();
    const checks = CHECKS.map((code) => ({ code, met: met[code] === true }));
    void action.run(() => cycleWrite(CHECK, { id: dossier.id, version: dossier.version, input: { checks, note: note.trim() || null } }), tx('checked'));
  };
  const sendBack = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () => cycleWrite(RETURN, { id: dossier.id, version: dossier.version, input: { reason: reason.trim(), missingDocumentIds: missing } }),
      tx('returned'),
    );
  };

  return (
    <section className="panel" aria-labelledby="commune-check-title" id="commune-check">
      <header className="panel-header">
        <h2 id="commune-check-title" className="panel-title">
          {tx('checkTitle')}
        </h2>
      </header>
      <div className="panel-body">
        {dossier.checklist.missingForForwarding.length ? (
          <p className="notice">{tx('forwardingMissing', { n: dossier.checklist.missingForForwarding.length })}</p>
        ) : null}
        <form className="entry-form" onSubmit={check} aria-label={tx('checkTitle')} noValidate>
          <fieldset className="field check-list">
            <legend>{tx('checkFindings')}</legend>
            {CHECKS.map((code) => (
              <label key={code}>
                <input type="checkbox" name={code} checked={met[code] === true} onChange={(e) => setMet({ ...met, [code]: e.target.checked })} />{' '}
                {i18n.label(ENUM_LABELS.CommuneCheck, code)}
              </label>
            ))}
          </fieldset>
          <FormField label={tx('note')} name="note">
            {(p) => <input {...p} type="text" name="note" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" data-action="check" disabled={action.busy}>
              {tx('confirmCheck')}
            </button>
          </div>
        </form>
        <form className="entry-form" onSubmit={sendBack} aria-label={tx('returnTitle')} noValidate>
          <h3>{tx('returnTitle')}</h3>
          <FormField label={tx('returnReason')} name="reason">
            {(p) => <textarea {...p} name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </FormField>
          <fieldset className="field check-list">
            <legend>{tx('returnDocuments')}</legend>
            {subjectItems.map((item) => (
              <label key={item.documentId}>
                <input
                  type="checkbox"
                  checked={missing.includes(item.documentId)}
                  onChange={(e) => setMissing(e.target.checked ? [...missing, item.documentId] : missing.filter((m) => m !== item.documentId))}
                />{' '}
                {i18n.lang === 'en' ? item.name.en : item.name.vi}
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="btn btn-danger" data-action="return" disabled={action.busy}>
              {tx('returnDossier')}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
