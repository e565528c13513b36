// One dossier at its commune: what it is and where it stands, its checklist
// (upload a file, answer "on paper" or "not applicable"), submitting it, and
// the commune's check (its four findings) or returning it with what is missing.
import { useViewState } from '../../app/view-state.ts';
import { useDossier, type DossierDetail } from '../../api/dossiers.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { Checklist } from './Checklist.tsx';
import { useCycleText } from './cycle-text.ts';
import { ActionMessages, productName, stars, useAction } from './cycle-shared.tsx';
import { CommuneCheckForm } from './CommuneCheckForm.tsx';

export function DossierView({ id, me }: { id: number; me: Me }) {
  const { update } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const dossier = useDossier({ id });
  const check = useAction();
  const label = (l: { vi: string; en: string }) => (i18n.lang === 'en' ? l.en : l.vi);
  return (
    <>
      <p>
        <button type="button" className="btn btn-small" data-action="back" onClick={() => update({ dossier: null })}>
          ← {tx('backToQueue')}
        </button>
      </p>
      <Panel id="dossier" title={dossier.data ? productName(dossier.data.product) : tx('dossier')} query={dossier} isEmpty={(d) => !d}>
        {(d) => {
          const x = d as DossierDetail;
          const cert = x.rounds.map((r) => r.certificate).find(Boolean);
          return (
            <>
              <dl className="facts">
                <dt>{tx('colState')}</dt>
                <dd data-field="state" data-state={x.state}>
                  {i18n.label(ENUM_LABELS.DossierState, x.state)}
                </dd>
                <dt>{tx('subject')}</dt>
                <dd>{x.product?.subject?.name ?? '—'}</dd>
                <dt>{tx('dossierKind')}</dt>
                <dd>{i18n.label(ENUM_LABELS.DossierKind, x.kind)}</dd>
                <dt>{tx('ruleSet')}</dt>
                <dd>{x.ruleSet?.decisionNumber ?? '—'}</dd>
                <dt>{tx('colRegistered')}</dt>
                <dd>{i18n.date(x.registeredOn)}</dd>
                <dt>{tx('colSubmitted')}</dt>
                <dd>{i18n.date(x.submittedOn)}</dd>
                {x.outcome ? (
                  <>
                    <dt>{tx('outcome')}</dt>
                    <dd>{i18n.label(ENUM_LABELS.DossierOutcome, x.outcome)}</dd>
                  </>
                ) : null}
                {cert ? (
                  <>
                    <dt>{tx('certificate')}</dt>
                    <dd data-field="certificate">
                      {tx('certificateText', { stars: stars(cert.stars), number: cert.decisionNumber, expires: i18n.date(cert.expiresOn) })}
                    </dd>
                  </>
                ) : null}
              </dl>
              {x.state === 'returned' ? (
                <div className="notice" data-field="returned">
                  <p>{tx('returnedBecause', { reason: x.returnReason ?? '—' })}</p>
                  {x.missingDocuments.length ? (
                    <>
                      <p>{tx('returnedMissing')}</p>
                      <ul>
                        {x.missingDocuments.map((m) => (
                          <li key={m.vi}>{label(m)}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </div>
              ) : null}
            </>
          );
        }}
      </Panel>
      {dossier.data ? <Checklist dossier={dossier.data} /> : null}
      {dossier.data?.state === 'complete' && me.unit?.level === 'commune' ? <CommuneCheckForm dossier={dossier.data} action={check} /> : null}
      <div id="dossier-steps">
        <ActionMessages action={check} />
      </div>
      {dossier.data?.history.length ? (
        <section className="panel" aria-labelledby="dossier-history-title">
          <header className="panel-header">
            <h2 id="dossier-history-title" className="panel-title">
              {tx('history')}
            </h2>
          </header>
          <ol className="dossier-history">
            {dossier.data.history.map((h) => (
              <li key={h.at}>
                {tx('historyLine', {
                  when: i18n.date(h.onDate),
                  who: h.username,
                  to: i18n.label(ENUM_LABELS.DossierState, h.toState),
                })}
                {h.reason ? ` — ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
