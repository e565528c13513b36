// The province's pipeline: how many dossiers are at each state, how long each
// stage takes (median and longest days), the forecast of new 3★+ products this
// year beside each target set on them, and the re-evaluations due or overdue.
import { usePipeline, type Pipeline } from '../../api/pipeline.ts';
import type { Me } from '../../api/me.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { mapQuery, Panel } from '../../components/Panel.tsx';
import { todayIso, yearOf } from '../../lib/date.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { useCycleText } from './cycle-text.ts';
import { CycleTable, stars } from './cycle-shared.tsx';

export function PipelineView({ me }: { me: Me }) {
  const { state } = useViewState();
  const i18n = useI18n();
  const tx = useCycleText();
  const today = todayIso();
  const year = yearOf(today);
  const unitCode = me.unit?.province?.code ?? me.unit?.code ?? state.province;
  const pipeline = usePipeline({ unitCode, year, mapOn: today });
  const figures = mapQuery(pipeline, (d) => d.dossierPipeline);
  const label = (l: { vi: string; en: string }) => (i18n.lang === 'en' ? l.en : l.vi);
  return (
    <>
      <Panel id="pipeline-states" title={tx('pipelineTitle', { year })} query={figures} isEmpty={(p) => !p}>
        {(p) => (
          <>
            <p className="panel-summary">{tx('pipelineOf', { unit: `${p!.unit.type} ${p!.unit.name}`, date: i18n.date(p!.asOf) })}</p>
            <ul className="stage-tiles">
              {p!.states.map((s) => (
                <li key={s.state}>
                  <span className="stage-tile" data-state={s.state}>
                    <strong>{i18n.num(s.dossiers, 0)}</strong>
                    <span>{i18n.label(ENUM_LABELS.DossierState, s.state)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Panel>
      <Panel id="pipeline-stages" title={tx('stagesTitle', { year })} query={figures} isEmpty={(p) => !p || p.stages.length === 0}>
        {(p) => (
          <CycleTable caption={tx('stagesTitle', { year })} columns={[tx('stage'), tx('stageDossiers'), tx('medianDays'), tx('longestDays')]}>
            {p!.stages.map((s) => (
              <tr key={s.state} data-state={s.state}>
                <th scope="row">{i18n.label(ENUM_LABELS.DossierState, s.state)}</th>
                <td>{i18n.num(s.dossiers, 0)}</td>
                <td>{s.medianDays === null ? '—' : i18n.num(s.medianDays, 1)}</td>
                <td>{s.longestDays === null ? '—' : i18n.num(s.longestDays, 0)}</td>
              </tr>
            ))}
          </CycleTable>
        )}
      </Panel>
      <Panel id="pipeline-forecast" title={tx('forecastTitle', { year })} query={pipeline} isEmpty={(d) => !d.dossierPipeline?.forecast}>
        {(d) => <Forecast data={d} label={label} />}
      </Panel>
      <Panel
        id="pipeline-reevaluations"
        title={tx('reevaluationsTitle')}
        query={mapQuery(pipeline, (d) => d.reevaluationWork)}
        isEmpty={(w) => w.items.length === 0}
      >
        {(w) => (
          <>
            {w.window ? (
              <p className="field-hint">
                {tx('reevaluationWindow', { opens: w.window.opensDaysBeforeExpiry, closes: w.window.closesDaysBeforeExpiry, source: label(w.window.citation) })}
              </p>
            ) : null}
            <CycleTable caption={tx('reevaluationsTitle')} columns={[tx('colProduct'), tx('certificate'), tx('fileBetween'), tx('colState')]}>
              {w.items.map((x) => (
                <tr key={x.certificateId} data-status={x.status}>
                  <th scope="row">{`${x.productName} (${x.productCode})`}</th>
                  <td>{tx('certificateText', { stars: stars(x.stars), number: x.decisionNumber, expires: i18n.date(x.expiresOn) })}</td>
                  <td>{`${i18n.date(x.windowOpensOn)} – ${i18n.date(x.lastDayToFile)}`}</td>
                  <td>{i18n.label(ENUM_LABELS.ReevaluationStatus, x.status)}</td>
                </tr>
              ))}
            </CycleTable>
          </>
        )}
      </Panel>
    </>
  );
}

function Forecast({ data, label }: { data: Pipeline; label: (l: { vi: string; en: string }) => string }) {
  const i18n = useI18n();
  const tx = useCycleText();
  const f = data.dossierPipeline!.forecast!;
  const targets = data.kpis.filter((k) => k.pipelineForecast);
  return (
    <>
      <dl className="facts">
        <dt>{tx('recognisedSoFar')}</dt>
        <dd data-field="recognised">{i18n.num(f.recognised, 0)}</dd>
        <dt>{tx('awaitingApproval')}</dt>
        <dd data-field="awaiting">{i18n.num(f.awaitingApproval, 0)}</dd>
        <dt>{tx('forecast')}</dt>
        <dd data-field="forecast">
          <strong>{i18n.num(f.forecast, 0)}</strong>
        </dd>
        <dt>{tx('earlier')}</dt>
        <dd data-field="earlier">{i18n.num(f.earlierInPipeline, 0)}</dd>
      </dl>
      <p className="field-hint">{label(f.explanation)}</p>
      {targets.length ? (
        <ul className="result-flags">
          {targets.map((k) => (
            <li key={k.target.id} data-field="target">
              {tx('againstTarget', { target: k.target.wording ?? '—', min: i18n.num(k.targetMin, 0), forecast: i18n.num(k.pipelineForecast!.forecast, 0) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{tx('noTarget')}</p>
      )}
    </>
  );
}
