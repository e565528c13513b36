// A new council round of the user's province, in setup: its number in the
// year and the day the council meets.
import { useState, type FormEvent } from 'react';
import { CREATE_ROUND } from '../../api/council-rounds.ts';
import { cycleWrite } from '../../api/cycle-writes.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { FormField } from '../../components/fields.tsx';
import { formatDate, parseDateInput, todayIso, yearOf } from '../../lib/date.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, useAction } from './cycle-shared.tsx';

export function CreateRoundForm({ unit, onCreated }: { unit: NonNullable<Me['unit']>; onCreated: (id: number) => void }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const [sequence, setSequence] = useState('1');
  const [year, setYear] = useState(String(yearOf(todayIso())));
  const [heldOn, setHeldOn] = useState(formatDate(todayIso(), 'vi'));
  const [dateError, setDateError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const held = parseDateInput(heldOn);
    setDateError(held ? null : i18n.t('invalidDate'));
    if (!held) return;
    let id = 0;
    const input = { level: 'province' as const, unitId: unit.id, year: Number(year), sequence: Number(sequence), heldOn: held };
    const ok = await action.run(async () => {
      id = (await cycleWrite(CREATE_ROUND, { input })).createCouncilRound.id;
    }, tx('roundCreated'));
    if (ok) onCreated(id);
  };

  return (
    <section className="panel" aria-labelledby="create-round-title" id="create-round">
      <header className="panel-header">
        <h2 id="create-round-title" className="panel-title">
          {tx('createRound', { unit: `${unit.type} ${unit.name}` })}
        </h2>
      </header>
      <form className="entry-form panel-body" onSubmit={submit} aria-label={tx('createRound', { unit: unit.name })} noValidate>
        <div className="form-row">
          <FormField label={tx('sequence')} name="sequence">
            {(p) => <input {...p} type="text" inputMode="numeric" name="sequence" size={4} value={sequence} onChange={(e) => setSequence(e.target.value)} />}
          </FormField>
          <FormField label={i18n.t('year')} name="year">
            {(p) => <input {...p} type="text" inputMode="numeric" name="year" size={6} value={year} onChange={(e) => setYear(e.target.value)} />}
          </FormField>
          <FormField label={tx('heldOn')} name="heldOn" hint={i18n.t('asOfHint')} error={dateError}>
            {(p) => <input {...p} type="text" inputMode="numeric" name="heldOn" size={11} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}
          </FormField>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" data-action="create-round" disabled={action.busy}>
            {tx('create')}
          </button>
        </div>
        <ActionMessages action={action} />
      </form>
    </section>
  );
}
