// One council round: where it stands and the step the user's seat or role
// takes next (open scoring, close it, finalise, approve), its council, its
// dossiers with the scoring progress and, once approved, the certificates and
// their public pages; after closing, the chair's summary.
import { useState, type FormEvent } from 'react';
import { APPROVE_RESULTS, CLOSE_SCORING, FINALISE, OPEN_SCORING, useRound, type RoundDetail } from '../../api/council-rounds.ts';
import { cycleWrite } from '../../api/cycle-writes.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { FormField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDate, parseDateInput, todayIso } from '../../lib/date.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, roundName, useAction, type Action } from './cycle-shared.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';
import { RoundDossiers } from './RoundDossiers.tsx';
import { runsRounds } from './RoundsView.tsx';

export function RoundView({ id, me }: { id: number; me: Me }) {
  const { update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const round = useRound({ id });
  const r = round.data ?? null;
  const manager = runsRounds(me);
  return (
    <>
      <p>
        <button type="button" className="btn btn-small" data-action="back" onClick={() => update({ round: null })}>
          ← {tx('backToRounds')}
        </button>
      </p>
      <Panel id="round" title={r ? roundName(r.round, i18n, tx) : tx('round')} query={round} isEmpty={(x) => !x}>
        {(x) => <RoundSteps round={x!} manager={manager} />}
      </Panel>
      {r ? <MembersPanel round={r} manager={manager} /> : null}
      {r ? <RoundDossiers round={r} manager={manager} /> : null}
      {r && (r.state === 'closed' || r.state === 'finalised' || r.state === 'approved') ? <ResultsPanel id={r.id} /> : null}
    </>
  );
}

function RoundSteps({ round, manager }: { round: RoundDetail; manager: boolean }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const action = useAction();
  const seat = round.mySeat?.role ?? null;
  const v = { id: round.id, version: round.version };
  const step = (name: 'open' | 'close' | 'finalise') => {
    const write = { open: () => cycleWrite(OPEN_SCORING, v), close: () => cycleWrite(CLOSE_SCORING, v), finalise: () => cycleWrite(FINALISE, v) }[name];
    void action.run(write, tx(`done.${name}`));
  };
  return (
    <>
      <dl className="facts">
        <dt>{tx('colState')}</dt>
        <dd data-field="round-state" data-state={round.state}>
          {i18n.label(ENUM_LABELS.CouncilRoundState, round.state)}
        </dd>
        <dt>{tx('heldOn')}</dt>
        <dd>{i18n.date(round.round.heldOn)}</dd>
        <dt>{tx('mySeat')}</dt>
        <dd>{seat ? `${round.mySeat!.name} · ${i18n.label(ENUM_LABELS.CouncilRole, seat)}` : '—'}</dd>
        {round.decisionNumber ? (
          <>
            <dt>{tx('decision')}</dt>
            <dd>{`${round.decisionNumber} · ${i18n.date(round.decidedOn)}`}</dd>
          </>
        ) : null}
      </dl>
      <div className="form-actions">
        {round.state === 'setup' && (manager || seat === 'secretary') ? (
          <button type="button" className="btn btn-primary" data-action="open-scoring" disabled={action.busy} onClick={() => step('open')}>
            {tx('openScoring')}
          </button>
        ) : null}
        {round.state === 'scoring' && seat === 'secretary' ? (
          <button type="button" className="btn btn-primary" data-action="close-scoring" disabled={action.busy} onClick={() => step('close')}>
            {tx('closeScoring')}
          </button>
        ) : null}
        {round.state === 'closed' && seat === 'chair' ? (
          <button type="button" className="btn btn-primary" data-action="finalise" disabled={action.busy} onClick={() => step('finalise')}>
            {tx('finalise')}
          </button>
        ) : null}
      </div>
      {round.state === 'scoring' ? <p className="field-hint">{tx('sealedNote')}</p> : null}
      {round.state === 'finalised' && manager ? <ApproveForm round={round} action={action} /> : null}
      <ActionMessages action={action} />
    </>
  );
}

/** The competent level's decision on a finalised round: its number and date; certificates follow. */
function ApproveForm({ round, action }: { round: RoundDetail; action: Action }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(formatDate(todayIso(), 'vi'));
  const [dateError, setDateError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const decidedOn = parseDateInput(date);
    setDateError(decidedOn ? null : i18n.t('invalidDate'));
    if (!decidedOn) return;
    void action.run(
      () => cycleWrite(APPROVE_RESULTS, { id: round.id, version: round.version, input: { decisionNumber: number.trim(), decidedOn } }),
      tx('done.approve'),
    );
  };
  return (
    <form className="entry-form" onSubmit={submit} aria-label={tx('approveTitle')} noValidate>
      <h3>{tx('approveTitle')}</h3>
      <div className="form-row">
        <FormField label={tx('decisionNumber')} name="decisionNumber">
          {(p) => <input {...p} type="text" name="decisionNumber" autoComplete="off" value={number} onChange={(e) => setNumber(e.target.value)} />}
        </FormField>
        <FormField label={tx('decidedOn')} name="decidedOn" hint={i18n.t('asOfHint')} error={dateError}>
          {(p) => <input {...p} type="text" inputMode="numeric" name="decidedOn" size={11} value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-action="approve" disabled={action.busy}>
          {tx('approve')}
        </button>
      </div>
    </form>
  );
}
