// The commune's queue: the dossiers of the officer's unit by state, a
// registration form, and one dossier opened (its checklist and steps).
import { useState } from 'react';
import { useDossiers, type DossierRow } from '../../api/dossiers.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { Panel } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { CycleTable, productName } from './cycle-shared.tsx';
import { DossierView } from './DossierView.tsx';
import { RegisterForm } from './RegisterForm.tsx';

const STATES = ['registered', 'returned', 'complete', 'checked', 'in_round', 'forwarded', 'decided', 'withdrawn'] as const;
type DossierState = (typeof STATES)[number];

export function QueueView({ me }: { me: Me }) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const [shown, setShown] = useState<DossierState | null>(null);
  const dossiers = useDossiers({ filter: me.unit ? { unitCode: me.unit.code } : {} });
  if (state.dossier) return <DossierView id={state.dossier} me={me} />;
  const rows = dossiers.data?.edges.map((e) => e.node) ?? [];
  const count = (s: DossierState) => rows.filter((r) => r.state === s).length;
  const listed = shown ? rows.filter((r) => r.state === shown) : rows;
  const unitName = me.unit ? `${me.unit.type} ${me.unit.name}` : tx('allUnits');
  return (
    <>
      <Panel id="dossier-queue" title={tx('queueTitle', { unit: unitName })} query={dossiers}>
        {() => (
          <>
            <ul className="stage-tiles">
              {STATES.map((s) => (
                <li key={s}>
                  <button type="button" className="stage-tile" aria-pressed={shown === s} data-state={s} onClick={() => setShown(shown === s ? null : s)}>
                    <strong>{i18n.num(count(s), 0)}</strong>
                    <span>{i18n.label(ENUM_LABELS.DossierState, s)}</span>
                  </button>
                </li>
              ))}
            </ul>
            {listed.length === 0 ? (
              <p className="panel-empty">{tx('queueEmpty')}</p>
            ) : (
              <CycleTable
                caption={tx('queueTitle', { unit: unitName })}
                columns={[tx('colProduct'), tx('colKind'), tx('colState'), tx('colRegistered'), tx('colSubmitted'), tx('colActions')]}
              >
                {listed.map((d: DossierRow) => (
                  <tr key={d.id} data-product={d.product?.code}>
                    <th scope="row">{productName(d.product)}</th>
                    <td>{i18n.label(ENUM_LABELS.DossierKind, d.kind)}</td>
                    <td data-field="state" data-state={d.state}>
                      {i18n.label(ENUM_LABELS.DossierState, d.state)}
                      {d.returnReason && d.state === 'returned' ? <span className="field-hint"> — {d.returnReason}</span> : null}
                    </td>
                    <td>{i18n.date(d.registeredOn)}</td>
                    <td>{i18n.date(d.submittedOn)}</td>
                    <td>
                      <button type="button" className="btn btn-small" data-action="open" onClick={() => update({ dossier: d.id })}>
                        {tx('open')}
                        <span className="visually-hidden"> {productName(d.product)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </CycleTable>
            )}
          </>
        )}
      </Panel>
      {me.unit?.level === 'commune' ? <RegisterForm me={me} onRegistered={(id) => update({ dossier: id })} /> : null}
    </>
  );
}
