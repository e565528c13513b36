// One product: who makes it, where, and its rating history (every certificate
// and evaluation, oldest first).
import { useProduct } from '../../api/product.ts';
import type { ProductDetail } from '../../api/product.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { LineChartView } from '../../charts/LineChartView.tsx';
import { EXPECTED_COLOR, SERIES_COLORS } from '../../charts/palette.ts';
import { Panel } from '../../components/Panel.tsx';
import { exportOf } from '../../lib/export-table.ts';
import { LEVEL_LABELS, PRODUCT_GROUP_LABELS, PRODUCT_STATUS_LABELS, SUBJECT_TYPE_LABELS } from '../../lib/i18n.ts';

/** Certificates and evaluations on one time line: stars granted and stars scored. */
function ratingTimeline(p: ProductDetail) {
  const points = [
    ...p.certificates.map((c) => ({ date: c.decidedOn, certificate: c.stars, evaluation: null as number | null })),
    ...p.evaluations.map((e) => ({ date: e.evaluatedOn, certificate: null as number | null, evaluation: e.stars })),
  ];
  return points.sort((a, b) => a.date.localeCompare(b.date));
}

export function ProductDetailPanel({ id, asOf, onClose }: { id: number; asOf: string | null; onClose: () => void }) {
  const i18n = useI18n();
  const product = useProduct({ id, ...(asOf ? { ratingAsOf: asOf } : {}) });
  const name = product.data?.name ?? `#${id}`;
  return (
    <Panel
      id="product-detail"
      className="drill"
      title={i18n.t('productDetail', { name })}
      query={product}
      actions={
        <button type="button" className="btn btn-small" onClick={onClose}>
          <span aria-hidden="true">✕</span> {i18n.t('closeProduct')}
        </button>
      }
      exportTable={(p) => {
        const records = [
          ...p!.certificates.map((c) => ({ ...c, kind: 'certificate' as const, on: c.decidedOn, scores: null })),
          ...p!.evaluations.map((e) => ({
            kind: 'evaluation' as const,
            on: e.evaluatedOn,
            stars: e.stars,
            level: e.round?.level ?? null,
            decisionNumber: null,
            expiresOn: null,
            revokedOn: null,
            scores: [e.scoreA, e.scoreB, e.scoreC, e.totalScore] as const,
          })),
        ];
        type Record = (typeof records)[number];
        const date = (iso: string | null) => (iso ? i18n.date(iso) : '');
        const score = (i: number, code: string, header: string) => ({
          code,
          header,
          show: (r: Record) => (r.scores ? i18n.num(r.scores[i]) : ''),
          value: (r: Record) => r.scores?.[i] ?? null,
        });
        return exportOf(
          `${i18n.t('ratingHistory')} – ${p!.name}`,
          [
            { code: 'kind', header: i18n.t('export.record'), show: (r) => i18n.t(`export.${r.kind}`), value: (r) => r.kind },
            { code: 'date', header: i18n.t('export.date'), show: (r) => date(r.on), value: (r) => r.on },
            { code: 'stars', header: i18n.t('stars'), show: (r) => i18n.t('starsN', { n: r.stars }), value: (r) => r.stars },
            { code: 'level', header: i18n.t('level'), show: (r) => i18n.label(LEVEL_LABELS, r.level), value: (r) => r.level },
            { code: 'decision_number', header: i18n.t('export.decision'), show: (r) => r.decisionNumber ?? '' },
            { code: 'expires_on', header: i18n.t('expiresOn'), show: (r) => date(r.expiresOn), value: (r) => r.expiresOn },
            { code: 'revoked_on', header: i18n.t('export.revokedOn'), show: (r) => date(r.revokedOn), value: (r) => r.revokedOn },
            score(0, 'score_a', i18n.t('export.score', { part: 'A' })),
            score(1, 'score_b', i18n.t('export.score', { part: 'B' })),
            score(2, 'score_c', i18n.t('export.score', { part: 'C' })),
            score(3, 'total_score', i18n.t('export.totalScore')),
          ],
          records,
        );
      }}
    >
      {(p) => {
        if (!p) return <p className="panel-empty">{i18n.t('empty')}</p>;
        const timeline = ratingTimeline(p);
        const lastCert = p.certificates[p.certificates.length - 1];
        return (
          <>
            <dl className="definition-list">
              <dt>{i18n.t('code')}</dt>
              <dd>{p.code}</dd>
              <dt>{i18n.t('group')}</dt>
              <dd>
                {i18n.label(PRODUCT_GROUP_LABELS, p.group)}
                {p.subGroup ? ` · ${p.subGroup}` : ''}
              </dd>
              <dt>{i18n.t('owner')}</dt>
              <dd>{p.subject ? `${p.subject.name} (${i18n.label(SUBJECT_TYPE_LABELS, p.subject.type)})` : i18n.t('notVisible')}</dd>
              <dt>{i18n.t('place')}</dt>
              <dd>{[p.unit.name, p.unit.district?.name].filter(Boolean).join(', ')}</dd>
              <dt>{i18n.t('status')}</dt>
              <dd>
                {i18n.label(PRODUCT_STATUS_LABELS, p.status)}
                {p.currentCertificate
                  ? ` · ${i18n.t('starsN', { n: p.currentCertificate.stars })}, ${i18n.t('expiresOn').toLowerCase()} ${i18n.date(p.currentCertificate.expiresOn)}`
                  : ''}
              </dd>
              {p.registeredOn ? (
                <>
                  <dt>{i18n.t('registeredOn')}</dt>
                  <dd>{i18n.date(p.registeredOn)}</dd>
                </>
              ) : null}
              {p.illustrative ? (
                <>
                  <dt>{i18n.t('csv.source')}</dt>
                  <dd>{i18n.t('illustrative')}</dd>
                </>
              ) : null}
            </dl>
            <h3 className="panel-title">{i18n.t('ratingHistory')}</h3>
            {timeline.length ? (
              <ChartFigure
                height={200}
                summary={
                  lastCert
                    ? i18n.t('ratingSummary', { name: p.name, count: p.certificates.length, stars: lastCert.stars, date: i18n.date(lastCert.decidedOn) })
                    : i18n.t('ratingNone', { name: p.name })
                }
              >
                <LineChartView
                  title={i18n.t('ratingHistory')}
                  data={timeline}
                  xKey="date"
                  xFormat={(d) => i18n.date(d)}
                  height={200}
                  yDomain={[0, 5]}
                  series={[
                    { key: 'certificate', label: i18n.t('certificateStars'), color: SERIES_COLORS[0], step: true },
                    { key: 'evaluation', label: i18n.t('evaluationStars'), color: EXPECTED_COLOR, dashed: true, step: true },
                  ]}
                  valueFormat={(v) => i18n.t('starsN', { n: v })}
                  tickFormat={(v) => `${v}★`}
                />
              </ChartFigure>
            ) : null}
            <div className="two-col">
              <div className="table-wrap">
                <table className="data-table compact">
                  <caption>{i18n.t('certificates')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{i18n.t('decidedOn')}</th>
                      <th scope="col">{i18n.t('decisionNumber')}</th>
                      <th scope="col">{i18n.t('level')}</th>
                      <th scope="col" className="num">
                        {i18n.t('stars')}
                      </th>
                      <th scope="col">{i18n.t('expiresOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.certificates.length === 0 ? (
                      <tr>
                        <td colSpan={5}>{i18n.t('noCertificates')}</td>
                      </tr>
                    ) : (
                      p.certificates.map((c) => (
                        <tr key={c.id}>
                          <th scope="row">{i18n.date(c.decidedOn)}</th>
                          <td>{c.decisionNumber}</td>
                          <td>{i18n.label(LEVEL_LABELS, c.level)}</td>
                          <td className="num">{c.stars}★</td>
                          <td>
                            {i18n.date(c.expiresOn)}
                            {c.revokedOn ? ` · ${i18n.t('revokedOn', { date: i18n.date(c.revokedOn) })}` : ''}
                          </td>
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </div>
              <div className="table-wrap">
                <table className="data-table compact">
                  <caption>{i18n.t('evaluations')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{i18n.t('evaluatedOn')}</th>
                      <th scope="col">{i18n.t('level')}</th>
                      <th scope="col" className="num">
                        A + B + C
                      </th>
                      <th scope="col" className="num">
                        {i18n.t('score')}
                      </th>
                      <th scope="col" className="num">
                        {i18n.t('stars')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.evaluations.length === 0 ? (
                      <tr>
                        <td colSpan={5}>{i18n.t('noEvaluations')}</td>
                      </tr>
                    ) : (
                      p.evaluations.map((e) => (
                        <tr key={e.id}>
                          <th scope="row">{i18n.date(e.evaluatedOn)}</th>
                          <td>{e.round ? i18n.label(LEVEL_LABELS, e.round.level) : i18n.t('notVisible')}</td>
                          <td className="num">
                            {i18n.num(e.scoreA)} + {i18n.num(e.scoreB)} + {i18n.num(e.scoreC)}
                          </td>
                          <td className="num">{i18n.num(e.totalScore)}</td>
                          <td className="num">{e.stars}★</td>
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </div>
            </div>
          </>
        );
      }}
    </Panel>
  );
}
