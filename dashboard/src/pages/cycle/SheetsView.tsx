// A council member's own score sheets: the rounds they sit on, the dossiers of
// one round with their sheet's state, and the sheet of one dossier. Sealed:
// only their own sheet is ever shown here. Laid out as a single column of
// cards so it works on a phone.
import { useMySheets, useRounds } from '../../api/council-rounds.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { Panel } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { productName, roundName } from './cycle-shared.tsx';
import { ScoreSheetForm } from './ScoreSheetForm.tsx';

export function SheetsView() {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const rounds = useRounds({ mine: true, unitCode: null });
  if (state.round) return <RoundSheets id={state.round} />;
  return (
    <Panel id="my-rounds" title={tx('myRoundsTitle')} query={rounds} isEmpty={(r) => r.length === 0}>
      {(list) => (
        <ul className="card-list">
          {list.map((r) => {
            const name = roundName(r.round, i18n, tx);
            return (
              <li key={r.id} className="card-item">
                <p>
                  <strong>{name}</strong>
                </p>
                <p className="field-hint">
                  {i18n.label(ENUM_LABELS.CouncilRoundState, r.state)}
                  {r.mySeat ? ` · ${i18n.label(ENUM_LABELS.CouncilRole, r.mySeat.role)}` : ''}
                </p>
                <button type="button" className="btn btn-touch" data-action="open" onClick={() => update({ round: r.id })}>
                  {tx('openSheets')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

function RoundSheets({ id }: { id: number }) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const sheets = useMySheets(id);
  const round = sheets.data ?? null;
  const dossier = round?.dossiers.find((d) => d.dossierId === state.dossier) ?? null;
  return (
    <>
      <p>
        <button type="button" className="btn btn-touch" data-action="back" onClick={() => update(dossier ? { dossier: null } : { round: null, dossier: null })}>
          ← {dossier ? tx('backToDossiers') : tx('backToMyRounds')}
        </button>
      </p>
      {dossier && round ? (
        <ScoreSheetForm round={round} dossier={dossier} />
      ) : (
        <Panel id="my-sheets" title={round ? roundName(round.round, i18n, tx) : tx('round')} query={sheets} isEmpty={(r) => !r || r.dossiers.length === 0}>
          {(r) => (
            <ul className="card-list">
              {r!.dossiers.map((d) => {
                const sheetState = !d.mySheet ? 'none' : d.mySheet.submittedAt ? 'submitted' : 'draft';
                return (
                  <li key={d.dossierId} className="card-item" data-product={d.product?.code} data-sheet={sheetState}>
                    <p>
                      <strong>{productName(d.product)}</strong>
                    </p>
                    <p className="field-hint">
                      {tx(`sheetState.${sheetState}`)}
                      {d.mySheet ? ` · ${tx('myTotal', { total: i18n.num(d.mySheet.total, 2) })}` : ''}
                    </p>
                    <button type="button" className="btn btn-touch" data-action="score" onClick={() => update({ dossier: d.dossierId })}>
                      {r!.state === 'scoring' && !d.mySheet?.submittedAt ? tx('score') : tx('viewSheet')}
                      <span className="visually-hidden"> {productName(d.product)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>
      )}
    </>
  );
}
