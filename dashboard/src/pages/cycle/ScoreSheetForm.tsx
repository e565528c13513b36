// One member's sheet for one dossier: the scoring sheet of its rule set and
// product set, criterion by criterion with their maxima (a listed answer where
// the decision lists them), or part by part where the sheet is flagged
// parts_only; saved as a draft or submitted. The hub checks every point.
import { useState, type FormEvent } from 'react';
import { SAVE_SHEET, type MySheets, type SheetDossier } from '../../api/council-rounds.ts';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, productName, useAction } from './cycle-shared.tsx';

type Part = SheetDossier['sheet']['parts'][number];

/** "12,5" or "12.5" as a number; null when empty or not a number. */
function points(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(',', '.');
  if (!t || !/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

type Sheet = SheetDossier['sheet'];

/** Scored part by part: a sheet flagged parts_only (the decision's criteria not transcribed), or a part without criteria. */
const byParts = (sheet: Sheet, part: Part) => sheet.status === 'parts_only' || part.groups.every((g) => g.criteria.length === 0);

/** What the screen calls each key the hub may name in `input.scores[key]`. */
function keyLabels(sheet: Sheet, partLabel: (code: string) => string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const p of sheet.parts) {
    labels.set(p.code, partLabel(p.code));
    for (const g of p.groups) for (const c of g.criteria) if (!byParts(sheet, p)) labels.set(c.id, `${c.code}. ${c.nameVi}`);
  }
  return labels;
}

export function ScoreSheetForm({ round, dossier }: { round: MySheets; dossier: SheetDossier }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const sheet = dossier.sheet;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries((dossier.mySheet?.scores ?? []).map((s) => [s.key, i18n.num(s.points, 2).replace(/\s/g, '')])),
  );
  const open = round.state === 'scoring';
  const keys = sheet.parts.flatMap((p) => (byParts(sheet, p) ? [p.code] : p.groups.flatMap((g) => g.criteria.map((c) => c.id))));
  const labels = keyLabels(sheet, (code) => tx('partPoints', { code }));
  const fieldLabel = (field: string) => {
    const key = /^input\.scores\[(.+)\]$/.exec(field)?.[1];
    return key ? labels.get(key) : field === 'input.submit' ? tx('submitSheet') : undefined;
  };
  const total = keys.reduce((sum, k) => sum + (points(values[k]) ?? 0), 0);
  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const save = (submit: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    const scores = keys.filter((k) => points(values[k]) !== null).map((k) => ({ key: k, points: points(values[k])! }));
    const unreadable = keys.filter((k) => (values[k] ?? '').trim() && points(values[k]) === null);
    if (unreadable.length) {
      void action.run(() => Promise.reject(new Error(tx('unreadablePoints', { n: unreadable.length }))), '');
      return;
    }
    void action.run(
      () => cycleWrite(SAVE_SHEET, { roundId: round.id, dossierId: dossier.dossierId, input: { scores, submit } }),
      tx(submit ? 'sheetSubmitted' : 'sheetSaved', { total: i18n.num(total, 2) }),
      fieldLabel,
    );
  };

  return (
    <section className="panel score-sheet" aria-labelledby="sheet-title" id="score-sheet">
      <header className="panel-header">
        <h2 id="sheet-title" className="panel-title">
          {tx('sheetFor', { product: productName(dossier.product) })}
        </h2>
      </header>
      <form className="panel-body sheet-form" onSubmit={save(true)} noValidate aria-labelledby="sheet-title">
        <p className="field-hint">
          {sheet.nameVi} · {i18n.lang === 'en' ? sheet.provenanceNote.en : sheet.provenanceNote.vi}
        </p>
        <p className="field-hint">{tx('sealedMine')}</p>
        {sheet.parts.map((part) => (
          <fieldset key={part.code} className="sheet-part" disabled={!open}>
            <legend>{tx('partTitle', { code: part.code, name: i18n.lang === 'en' ? part.name.en : part.name.vi, max: i18n.num(part.maxPoints, 0) })}</legend>
            {byParts(sheet, part) ? (
              <PointsInput
                id={`pt-${part.code}`}
                label={tx('partPoints', { code: part.code })}
                max={part.maxPoints}
                value={values[part.code]}
                onChange={(v) => set(part.code, v)}
              />
            ) : (
              part.groups.map((g) => (
                <div key={g.code} className="sheet-group">
                  <p className="sheet-group-title">
                    {g.nameVi} ({tx('upTo', { max: i18n.num(g.maxPoints, 2) })}){g.oneOf ? ` · ${tx('oneOf')}` : ''}
                  </p>
                  {g.criteria.map((c) =>
                    c.options.length ? (
                      <div key={c.id} className="field sheet-criterion">
                        <label htmlFor={`pt-${c.id}`}>{`${c.code}. ${c.nameVi} (${tx('upTo', { max: i18n.num(c.maxPoints, 2) })})`}</label>
                        <select id={`pt-${c.id}`} name={c.id} value={values[c.id] ?? ''} onChange={(e) => set(c.id, e.target.value)}>
                          <option value="">{tx('notScored')}</option>
                          {c.options.map((o) => (
                            <option key={`${o.points}-${o.labelVi}`} value={String(o.points)}>{`${i18n.num(o.points, 2)} – ${o.labelVi}`}</option>
                          ))}
                        </select>
                      </div>
                    ) : (
                      <PointsInput
                        key={c.id}
                        id={`pt-${c.id}`}
                        label={`${c.code}. ${c.nameVi}`}
                        max={c.maxPoints}
                        value={values[c.id]}
                        onChange={(v) => set(c.id, v)}
                      />
                    ),
                  )}
                </div>
              ))
            )}
          </fieldset>
        ))}
        <p className="sheet-total" data-field="sheet-total" aria-live="polite">
          {tx('sheetTotal', { total: i18n.num(total, 2) })}
        </p>
        {open ? (
          <div className="form-actions sheet-actions">
            <button type="button" className="btn btn-touch" data-action="save-draft" disabled={action.busy} onClick={() => save(false)()}>
              {tx('saveDraft')}
            </button>
            <button type="submit" className="btn btn-primary btn-touch" data-action="submit-sheet" disabled={action.busy}>
              {tx('submitSheet')}
            </button>
          </div>
        ) : (
          <p className="notice">{tx('scoringNotOpen')}</p>
        )}
        <ActionMessages action={action} />
      </form>
    </section>
  );
}

function PointsInput({
  id,
  label,
  max,
  value,
  onChange,
}: {
  id: string;
  label: string;
  max: number;
  value: string | undefined;
  onChange: (v: string) => void;
}) {
  const i18n = useI18n();
  const tx = useCycleText();
  return (
    <div className="field sheet-criterion">
      <label htmlFor={id}>{`${label} (${tx('upTo', { max: i18n.num(max, 2) })})`}</label>
      <input id={id} name={id} type="text" inputMode="decimal" autoComplete="off" value={value ?? ''} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
