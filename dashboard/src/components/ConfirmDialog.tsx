// A modal confirmation (the browser's <dialog>: focus kept inside, Escape
// cancels) that says what will happen, optionally asks for a reason, and
// shows the hub's refusal without closing.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../app/i18n-context.tsx';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Asks for a reason (required) with this label. */
  reasonLabel?: string;
  reasonHint?: string;
  /** Runs the action; a returned message is shown and the dialog stays open. */
  onConfirm: (reason: string) => Promise<string | null>;
  onClose: () => void;
  busyLabel: string;
  requiredText: string;
  tone?: 'primary' | 'danger';
}

export function ConfirmDialog(p: ConfirmDialogProps) {
  const i18n = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (p.reasonLabel && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    const refused = await p.onConfirm(reason.trim());
    setBusy(false);
    if (refused) setError(refused);
    else p.onClose();
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) p.onClose();
      }}
    >
      <form method="dialog" onSubmit={submit} noValidate>
        <h2 id={`${id}-t`}>{p.title}</h2>
        <div id={`${id}-d`} className="confirm-text">
          {p.children}
        </div>
        {p.reasonLabel ? (
          <div className={`field form-field${reasonMissing ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-r`}>{p.reasonLabel}</label>
            <textarea
              id={`${id}-r`}
              name="reason"
              rows={3}
              maxLength={1000}
              required
              value={reason}
              aria-invalid={reasonMissing}
              aria-describedby={`${id}-rh${reasonMissing ? ` ${id}-re` : ''}`}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonMissing(false);
              }}
            />
            <span id={`${id}-rh`} className="field-hint">
              {p.reasonHint}
            </span>
            {reasonMissing ? (
              <span id={`${id}-re`} className="field-error" data-error-for="reason">
                {p.requiredText}
              </span>
            ) : null}
          </div>
        ) : null}
        {error ? (
          <p className="panel-error" role="alert" data-field="dialog-error">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className={`btn ${p.tone === 'danger' ? 'btn-danger' : 'btn-primary'}`} disabled={busy} data-action="confirm">
            {busy ? p.busyLabel : p.confirmLabel}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={p.onClose} data-action="cancel">
            {i18n.t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
