// Council rounds: those the user runs (the province's) or sits on, a form to
// create one, and one round opened.
import type { Me } from '../../api/me.ts';
import { useRounds } from '../../api/council-rounds.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { Panel } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { CreateRoundForm } from './CreateRoundForm.tsx';
import { useCycleText } from './cycle-text.ts';
import { CycleTable, roundName } from './cycle-shared.tsx';
import { RoundView } from './RoundView.tsx';

/** Those who run rounds: the province's officers and administrators. */
export function runsRounds(me: Me): boolean {
  return me.role === 'admin' || me.role === 'province_admin';
}

export function RoundsView({ me }: { me: Me }) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const manager = runsRounds(me);
  const rounds = useRounds({ mine: !manager, unitCode: manager ? (me.unit?.code ?? null) : null });
  if (state.round) return <RoundView id={state.round} me={me} />;
  return (
    <>
      <Panel id="round-list" title={tx('roundsTitle')} query={rounds} isEmpty={(r) => r.length === 0}>
        {(list) => (
          <CycleTable caption={tx('roundsTitle')} columns={[tx('round'), tx('colState'), tx('mySeat'), tx('colActions')]}>
            {list.map((r) => {
              const name = roundName(r.round, i18n, tx);
              return (
                <tr key={r.id} data-round={`${r.round.sequence}/${r.round.year}`}>
                  <th scope="row">{name}</th>
                  <td data-field="state">{i18n.label(ENUM_LABELS.CouncilRoundState, r.state)}</td>
                  <td>{r.mySeat ? i18n.label(ENUM_LABELS.CouncilRole, r.mySeat.role) : '—'}</td>
                  <td>
                    <button type="button" className="btn btn-small" data-action="open" onClick={() => update({ round: r.id })}>
                      {tx('open')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </CycleTable>
        )}
      </Panel>
      {manager && me.unit ? <CreateRoundForm unit={me.unit} onCreated={(id) => update({ round: id })} /> : null}
    </>
  );
}
