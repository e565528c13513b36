// What the cycle's sub-views share: a step's state (busy, refused, done) with
// its messages, how rounds and dossiers are named on screen (never by id), and
// reading a chosen file as base64 for uploadDossierFile.
import { useCallback, useState, type ReactNode } from 'react';
import { refusalLines } from '../../api/cycle-writes.ts';
import type { I18n } from '../../app/i18n-context.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText, type CycleText } from './cycle-text.ts';

export interface Action {
  busy: boolean;
  error: string[];
  done: string | null;
  /** Runs a step; says `done` when it worked, the hub's refusal (fields named by `fieldLabel`) when not. Resolves to whether it worked. */
  run: (step: () => Promise<unknown>, done: string, fieldLabel?: (field: string) => string | undefined) => Promise<boolean>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (step: () => Promise<unknown>, doneText: string, fieldLabel?: (field: string) => string | undefined) => {
    setBusy(true);
    setError([]);
    setDone(null);
    try {
      await step();
      setDone(doneText);
      return true;
    } catch (e) {
      setError(refusalLines(e, fieldLabel));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, run };
}

/** The outcome of the last step: the hub's refusal (field and reason), or what was done. */
export function ActionMessages({ action }: { action: Action }) {
  const tx = useCycleText();
  return (
    <div aria-live="polite">
      {action.error.length ? (
        <div className="panel-error" role="alert" data-field="error">
          <p>
            <strong>{tx('refused')}</strong>
          </p>
          <ul>
            {action.error.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : action.done ? (
        <p className="report-verdict tone-good" role="status" data-field="done">
          <span aria-hidden="true">✓</span> {action.done}
        </p>
      ) : null}
    </div>
  );
}

interface RoundNaming {
  year: number;
  sequence: number;
  level: string;
  unit?: { name: string; type: string } | null;
}

/** "Đợt 3/2026, cấp tỉnh, Tỉnh Bắc Ninh". */
export function roundName(r: RoundNaming, i18n: I18n, tx: CycleText): string {
  const unit = r.unit ? `, ${r.unit.type} ${r.unit.name}` : '';
  return `${tx('roundName', { sequence: r.sequence, year: r.year, level: i18n.label(ENUM_LABELS.EvaluationLevel, r.level) })}${unit}`;
}

export function productName(p: { name: string; code: string } | null | undefined): string {
  return p ? `${p.name} (${p.code})` : '—';
}

export function stars(n: number | null | undefined): string {
  return n ? `${'★'.repeat(n)}` : '—';
}

/** The file's bytes as base64 (without the data: prefix). */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A table of the cycle's lists: its caption for screen readers, its column headings, its rows. */
export function CycleTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
