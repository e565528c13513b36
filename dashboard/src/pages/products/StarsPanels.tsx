// Certified products by stars over time, certificates by year, and the stock
// by product group and by subject type.
import { useAnalytics } from '../../api/analytics.ts';
import { useAnalyticsSnapshots } from '../../api/analytics-snapshots.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { seriesColor, STAR_COLORS } from '../../charts/palette.ts';
import { Panel } from '../../components/Panel.tsx';
import { exportOf } from '../../lib/export-table.ts';
import { PRODUCT_GROUP_LABELS, SUBJECT_TYPE_LABELS } from '../../lib/i18n.ts';
import type { ProvinceScope } from '../../lib/reading.ts';
import { analyticsPoints, pivotAnalytics, snapshotDates } from '../../lib/reshape.ts';

const FIRST_YEAR = 2021;
const starKeys = (keys: Iterable<string>) => [...new Set(keys)].filter((k) => k !== '').sort();

export function StarsOverTimePanel({ scope, asOf }: { scope: ProvinceScope; asOf: string }) {
  const i18n = useI18n();
  const title = i18n.t('starsOverTimeTitle');
  const dates = snapshotDates(FIRST_YEAR, asOf);
  const snaps = useAnalyticsSnapshots({
    measure: 'CERTIFIED_PRODUCTS',
    groupBy: ['STARS'],
    filter: { ...scope },
    dates,
  });
  return (
    <Panel
      id="stars-over-time"
      title={title}
      query={snaps}
      isEmpty={(s) => s.every((x) => x.result.total.value === 0)}
      exportTable={(s) => {
        const keys = starKeys(s.flatMap((x) => x.result.rows.map((r) => r.keys[0].key ?? '')));
        const count = (x: (typeof s)[number], k: string) => x.result.rows.find((r) => r.keys[0].key === k)?.value ?? 0;
        return exportOf(
          title,
          [
            { code: 'as_of', header: i18n.t('asOfDate'), show: (x) => i18n.date(x.date), value: (x) => x.date },
            ...keys.map((k) => ({ code: `${k}_stars`, header: i18n.t('starsN', { n: k }), show: (x: (typeof s)[number]) => count(x, k) })),
            { code: 'total', header: i18n.t('total'), show: (x) => x.result.total.value },
          ],
          s,
        );
      }}
    >
      {(s) => {
        const keys = starKeys(s.flatMap((x) => x.result.rows.map((r) => r.keys[0].key ?? '')));
        const data = s.map((x) => ({ date: x.date, ...Object.fromEntries(keys.map((k) => [k, x.result.rows.find((r) => r.keys[0].key === k)?.value ?? 0])) }));
        const last = s[s.length - 1];
        return (
          <ChartFigure
            height={280}
            summary={i18n.t('starsSummary', {
              date: i18n.date(last.date),
              parts: keys.map((k) => `${i18n.t('starsN', { n: k })}: ${i18n.num(last.result.rows.find((r) => r.keys[0].key === k)?.value ?? 0)}`).join(', '),
              total: i18n.num(last.result.total.value),
            })}
            table={{
              title,
              headers: [i18n.t('asOfDate'), ...keys.map((k) => i18n.t('starsN', { n: k })), i18n.t('total')],
              rows: s.map((x) => [i18n.date(x.date), ...keys.map((k) => x.result.rows.find((r) => r.keys[0].key === k)?.value ?? 0), x.result.total.value]),
            }}
          >
            <BarChartView
              title={title}
              data={data}
              categoryKey="date"
              categoryFormat={(d) => i18n.date(d)}
              height={280}
              series={keys.map((k) => ({ key: k, label: i18n.t('starsN', { n: k }), color: STAR_COLORS[k] ?? seriesColor(Number(k)), stackId: 'stars' }))}
              valueFormat={(v) => i18n.num(v, 0)}
            />
          </ChartFigure>
        );
      }}
    </Panel>
  );
}

export function CertificatesByYearPanel({ scope, asOf }: { scope: ProvinceScope; asOf: string }) {
  const i18n = useI18n();
  const title = i18n.t('certificatesByYearTitle');
  const result = useAnalytics({
    measure: 'CERTIFICATES',
    groupBy: ['YEAR', 'STARS'],
    filter: { ...scope, dateTo: asOf },
  });
  return (
    <Panel
      id="certificates-by-year"
      title={title}
      query={result}
      isEmpty={(r) => r.rows.length === 0}
      exportTable={(r) => {
        const p = pivotAnalytics(r);
        type Row = (typeof p.rows)[number];
        return exportOf(
          title,
          [
            { code: 'year', header: i18n.t('year'), show: (row: Row) => row.label, value: (row: Row) => row.key },
            ...p.columns.map((c) => ({ code: `${c.key}_stars`, header: i18n.t('starsN', { n: c.key }), show: (row: Row) => row[c.key] as number })),
          ],
          p.rows,
        );
      }}
    >
      {(r) => {
        const p = pivotAnalytics(r);
        return (
          <ChartFigure
            height={280}
            summary={i18n.t('distributionSummary', {
              parts: p.rows.map((row) => `${row.label}: ${p.columns.map((c) => `${i18n.num(row[c.key] as number)}×${c.key}★`).join(' + ')}`).join('; '),
              total: i18n.num(r.total.value),
            })}
            table={{
              title,
              headers: [i18n.t('year'), ...p.columns.map((c) => i18n.t('starsN', { n: c.key }))],
              rows: p.rows.map((row) => [row.label, ...p.columns.map((c) => row[c.key] as number)]),
            }}
          >
            <BarChartView
              title={title}
              data={p.rows}
              categoryKey="label"
              height={280}
              series={p.columns.map((c) => ({
                key: c.key,
                label: i18n.t('starsN', { n: c.key }),
                color: STAR_COLORS[c.key] ?? seriesColor(Number(c.key)),
                stackId: 'stars',
              }))}
              valueFormat={(v) => i18n.num(v, 0)}
            />
          </ChartFigure>
        );
      }}
    </Panel>
  );
}

export function DistributionPanel({ scope, asOf, dimension }: { scope: ProvinceScope; asOf: string; dimension: 'PRODUCT_GROUP' | 'SUBJECT_TYPE' }) {
  const i18n = useI18n();
  const title = i18n.t(dimension === 'PRODUCT_GROUP' ? 'byGroupTitle' : 'bySubjectTypeTitle');
  const labels = dimension === 'PRODUCT_GROUP' ? PRODUCT_GROUP_LABELS : SUBJECT_TYPE_LABELS;
  const result = useAnalytics({ measure: 'CERTIFIED_PRODUCTS', groupBy: [dimension], filter: { ...scope, asOf } });
  return (
    <Panel
      id={dimension === 'PRODUCT_GROUP' ? 'by-group' : 'by-subject-type'}
      title={`${title} (${i18n.date(asOf)})`}
      query={result}
      isEmpty={(r) => r.rows.length === 0}
      exportTable={(r) =>
        exportOf(
          title,
          [
            { code: 'key', header: i18n.t('name'), show: (p) => i18n.label(labels, p.key), value: (p) => p.key },
            { code: 'count', header: i18n.t('count'), show: (p) => p.value },
          ],
          analyticsPoints(r),
        )
      }
    >
      {(r) => {
        const points = analyticsPoints(r).map((p) => ({ ...p, name: i18n.label(labels, p.key) }));
        return (
          <ChartFigure
            height={Math.max(160, points.length * 38 + 40)}
            summary={i18n.t('distributionSummary', { parts: points.map((p) => `${p.name}: ${i18n.num(p.value)}`).join('; '), total: i18n.num(r.total.value) })}
            table={{ title, headers: [i18n.t('name'), i18n.t('count')], rows: points.map((p) => [p.name, p.value]) }}
          >
            <BarChartView
              title={title}
              data={points}
              categoryKey="name"
              horizontal
              categoryWidth={150}
              height={Math.max(160, points.length * 38 + 40)}
              series={[{ key: 'value', label: i18n.t('count'), color: seriesColor(dimension === 'PRODUCT_GROUP' ? 0 : 2) }]}
              valueFormat={(v) => i18n.num(v, 0)}
            />
          </ChartFigure>
        );
      }}
    </Panel>
  );
}
