// The dossiers of a round: while in setup, those who run it assign dossiers
// the communes checked; during scoring, how many sheets are in (counts only:
// the sheets are sealed); after approval, the outcome, the certificate and the
// product's public page with the QR code of its stamp.
import { useState } from 'react';
import { ASSIGN, type RoundDetail } from '../../api/council-rounds.ts';
import { cycleWrite } from '../../api/cycle-writes.ts';
import { useDossiers } from '../../api/dossiers.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel, ready } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { CycleTable, ActionMessages, productName, stars, useAction } from './cycle-shared.tsx';

export function RoundDossiers({ round, manager }: { round: RoundDetail; manager: boolean }) {
  const i18n = useI18n();
  const tx = useCycleText();
  return (
    <Panel id="round-dossiers" title={tx('roundDossiersTitle', { n: round.dossiers.length })} query={ready(round.dossiers)}>
      {(dossiers) => (
        <>
          {dossiers.length === 0 ? (
            <p className="panel-empty">{tx('noRoundDossiers')}</p>
          ) : (
            <CycleTable
              caption={tx('roundDossiersTitle', { n: dossiers.length })}
              columns={[tx('colProduct'), tx('progress'), tx('outcome'), tx('certificate'), tx('publicPage')]}
            >
              {dossiers.map((d) => {
                const p = d.progress;
                const publicUrl = d.product?.publicCode ? `${window.location.origin}/sp/${d.product.publicCode}` : null;
                return (
                  <tr key={d.dossierId} data-product={d.product?.code}>
                    <th scope="row">{productName(d.product)}</th>
                    <td data-field="progress">
                      {tx('progressText', { submitted: p.submitted, expected: p.expected, drafts: p.drafts, excluded: p.excluded })}
                    </td>
                    <td data-field="outcome">{d.outcome ? i18n.label(ENUM_LABELS.DossierOutcome, d.outcome) : '—'}</td>
                    <td data-field="certificate">
                      {d.certificate
                        ? tx('certificateText', {
                            stars: stars(d.certificate.stars),
                            number: d.certificate.decisionNumber,
                            expires: i18n.date(d.certificate.expiresOn),
                          })
                        : '—'}
                      {d.certificate && d.product ? (
                        <span className="field-hint" data-field="product-status">
                          {' '}
                          · {i18n.label(ENUM_LABELS.ProductStatus, d.product.status)}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {publicUrl && d.certificate ? (
                        <figure className="stamp">
                          <img src={`/sp/${d.product!.publicCode}/qr.svg`} alt={tx('qrAlt', { product: d.product!.name })} width={96} height={96} />
                          <figcaption>
                            <a href={publicUrl} data-field="public-link" target="_blank" rel="noreferrer">
                              {publicUrl}
                            </a>
                          </figcaption>
                        </figure>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </CycleTable>
          )}
          {manager && round.state === 'setup' ? <AssignForm round={round} /> : null}
        </>
      )}
    </Panel>
  );
}

/** Dossiers of the round's unit that the communes checked (or a lower council forwarded), to assign. */
function AssignForm({ round }: { round: RoundDetail }) {
  const tx = useCycleText();
  const action = useAction();
  const [chosen, setChosen] = useState<number[]>([]);
  const ready = useDossiers({ filter: { states: ['checked', 'forwarded'] } });
  const assign = async () => {
    const ok = await action.run(
      () => cycleWrite(ASSIGN, { roundId: round.id, version: round.version, dossierIds: chosen }),
      tx('assigned', { n: chosen.length }),
    );
    if (ok) setChosen([]);
  };
  return (
    <div className="entry-form" role="group" aria-labelledby="assign-title">
      <h3 id="assign-title">{tx('assignTitle')}</h3>
      {ready.status === 'loading' ? (
        <p role="status">{tx('loading')}</p>
      ) : ready.status === 'error' ? (
        <p className="field-error" role="alert">
          {tx('loadFailed')}
        </p>
      ) : ready.data.edges.length === 0 ? (
        <p className="panel-empty">{tx('noCheckedDossiers')}</p>
      ) : (
        <fieldset className="field check-list">
          <legend>{tx('checkedDossiers')}</legend>
          {ready.data.edges.map(({ node }) => (
            <label key={node.id}>
              <input
                type="checkbox"
                checked={chosen.includes(node.id)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, node.id] : chosen.filter((c) => c !== node.id))}
              />{' '}
              {productName(node.product)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" data-action="assign" disabled={action.busy || chosen.length === 0} onClick={assign}>
          {tx('assign')}
        </button>
      </div>
      <ActionMessages action={action} />
    </div>
  );
}
