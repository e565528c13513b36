// The chair's summary once scoring is closed: each dossier's average of the
// members' totals (and its parts), its class, rank and the flags (a member far
// from the others' median, a member excluded for a conflict of interest, a
// sheet scored by part only…), with every member's total.
import { useRoundResults } from '../../api/council-rounds.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel } from '../../components/Panel.tsx';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { productName, stars } from './cycle-shared.tsx';

export function ResultsPanel({ id }: { id: number }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const results = useRoundResults({ id });
  return (
    <Panel id="round-results" title={tx('resultsTitle')} query={results} isEmpty={(r) => !r || r.results.length === 0}>
      {(r) => (
        <ol className="results-list">
          {r!.results.map((x) => (
            <li key={x.roundDossier.dossierId} className="result-card" data-product={x.roundDossier.product?.code}>
              <h3>
                {x.rank ? `${tx('rank', { rank: x.rank })} · ` : ''}
                {productName(x.roundDossier.product)}
              </h3>
              <dl className="facts">
                <dt>{tx('average')}</dt>
                <dd data-field="total">{i18n.num(x.total, 2)}</dd>
                <dt>{tx('parts')}</dt>
                <dd>{`A ${i18n.num(x.scoreA, 2)} · B ${i18n.num(x.scoreB, 2)} · C ${i18n.num(x.scoreC, 2)}`}</dd>
                <dt>{tx('class')}</dt>
                <dd data-field="stars" data-stars={x.stars ?? ''}>
                  {stars(x.stars)}
                  {x.starsByMarks !== null && x.starsByMarks !== x.stars ? ` (${tx('byMarks', { stars: stars(x.starsByMarks) })})` : ''}
                </dd>
                <dt>{tx('sheetsIn')}</dt>
                <dd>{x.roundDossier.sheets.map((s) => `${s.member.name}: ${i18n.num(s.total, 2)}`).join(' · ') || i18n.num(x.sheets, 0)}</dd>
              </dl>
              {x.flags.length ? (
                <ul className="result-flags">
                  {x.flags.map((f) => (
                    <li key={`${f.kind}-${f.memberId ?? ''}-${f.message.vi}`} data-flag={f.kind}>
                      <strong>{i18n.label(ENUM_LABELS.ResultFlagKind, f.kind)}:</strong> {i18n.lang === 'en' ? f.message.en : f.message.vi}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="field-hint">{tx('noFlags')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
