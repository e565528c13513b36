// Đào tạo & Xúc tiến: classes and learners against the plans' targets, events
// in and outside the province, and the lists behind them; on either unit map,
// the targets and counts on approved data only on request.
import { useAnalytics, type AnalyticsResult } from '../../api/analytics.ts';
import { useKpis } from '../../api/kpis.ts';
import { usePromotionEvents, type PromotionEventRow } from '../../api/promotion-events.ts';
import { usePromotionScopes } from '../../api/promotion-scopes.ts';
import { useSalesPoints, type SalesPointRow } from '../../api/sales-points.ts';
import { useTrainingClasses, type TrainingClassRow } from '../../api/training-classes.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { seriesColor } from '../../charts/palette.ts';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { DateField, FilterBar } from '../../components/fields.tsx';
import { mapQuery, Panel, type PanelQuery } from '../../components/Panel.tsx';
import { formatQuarter } from '../../lib/date.ts';
import { AUDIENCE_LABELS, EVENT_KIND_LABELS, EVENT_SCOPE_LABELS, SALES_POINT_STATUS_LABELS } from '../../lib/i18n.ts';
import { exportOf } from '../../lib/export-table.ts';
import { figureOptions, provinceCodeOn, provinceScope } from '../../lib/reading.ts';
import { analyticsPoints } from '../../lib/reshape.ts';
import { targetsExport } from '../../lib/target-export.ts';
import type { YearChoice } from '../shared/plan-choice.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { ReadingFields, useReadingMeta } from '../shared/ReadingFields.tsx';
import { TargetCard } from '../shared/TargetCard.tsx';
import { YearGate } from '../shared/YearGate.tsx';
import { YearField } from '../shared/YearField.tsx';

const TRAINING_METRICS = ['training_classes', 'learners_trained', 'training_coverage', 'promotion_events', 'sales_points'];
const LIST_SIZE = 100;
/** Rows of each list a print keeps, so the screen prints on two pages whatever the province. */
const PRINT_ROWS = 15;

export default function TrainingPage() {
  return <YearGate>{(choice) => <Training {...choice} />}</YearGate>;
}

function Training({ year, asOf }: YearChoice) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const scope = provinceScope(state, asOf);
  const options = figureOptions(state);
  const approvedOnly = options.approvedOnly ? { approvedOnly: true } : {};
  const kpis = useKpis({ unitCode: provinceCodeOn(state, asOf), year, asOf, ...options });
  const classesByQuarter = useAnalytics({ measure: 'TRAINING_CLASSES', groupBy: ['QUARTER'], filter: { ...scope, years: [year], ...approvedOnly } });
  const learnersByQuarter = useAnalytics({ measure: 'LEARNERS', groupBy: ['QUARTER'], filter: { ...scope, years: [year], ...approvedOnly } });
  const scopes = usePromotionScopes({ ...scope, year });
  const classes = useTrainingClasses({ first: LIST_SIZE, filter: { ...scope, year } });
  const events = usePromotionEvents({ first: LIST_SIZE, filter: { ...scope, year } });
  const salesPoints = useSalesPoints({ first: LIST_SIZE, filter: scope });

  const filters: [string, string][] = [...useReadingMeta(), [i18n.t('year'), String(year)]];

  const classColumns: Column<TrainingClassRow>[] = [
    { key: 'start', header: i18n.t('startsOn'), cell: (c) => i18n.date(c.startsOn), sortValue: (c) => c.startsOn },
    { key: 'topic', header: i18n.t('topic'), cell: (c) => c.topic, sortValue: (c) => c.topic, rowHeader: true },
    {
      key: 'audience',
      header: i18n.t('audience'),
      cell: (c) => i18n.label(AUDIENCE_LABELS, c.audience),
      sortValue: (c) => c.audience,
      exportValue: (c) => c.audience,
    },
    { key: 'unit', header: i18n.t('place'), cell: (c) => c.unit.name, sortValue: (c) => c.unit.name },
    { key: 'planned', header: i18n.t('planned'), cell: (c) => i18n.num(c.plannedLearners), sortValue: (c) => c.plannedLearners, numeric: true },
    { key: 'learners', header: i18n.t('learners'), cell: (c) => i18n.num(c.actualLearners), sortValue: (c) => c.actualLearners, numeric: true },
    { key: 'organiser', header: i18n.t('organiser'), cell: (c) => c.organiser, sortValue: (c) => c.organiser },
  ];
  const eventColumns: Column<PromotionEventRow>[] = [
    { key: 'start', header: i18n.t('startsOn'), cell: (e) => i18n.date(e.startsOn), sortValue: (e) => e.startsOn },
    { key: 'name', header: i18n.t('name'), cell: (e) => e.name, sortValue: (e) => e.name, rowHeader: true },
    { key: 'kind', header: i18n.t('kind'), cell: (e) => i18n.label(EVENT_KIND_LABELS, e.kind), sortValue: (e) => e.kind, exportValue: (e) => e.kind },
    { key: 'scope', header: i18n.t('scope'), cell: (e) => i18n.label(EVENT_SCOPE_LABELS, e.scope), sortValue: (e) => e.scope, exportValue: (e) => e.scope },
    { key: 'location', header: i18n.t('location'), cell: (e) => e.location ?? '—', sortValue: (e) => e.location },
    {
      key: 'revenue',
      header: i18n.t('revenue'),
      cell: (e) => (e.revenue ? i18n.vnd(e.revenue) : '—'),
      sortValue: (e) => (e.revenue ? Number(e.revenue) : null),
      exportValue: (e) => e.revenue,
      numeric: true,
    },
  ];
  const pointColumns: Column<SalesPointRow>[] = [
    { key: 'name', header: i18n.t('name'), cell: (s) => s.name, sortValue: (s) => s.name, rowHeader: true },
    {
      key: 'status',
      header: i18n.t('status'),
      cell: (s) => i18n.label(SALES_POINT_STATUS_LABELS, s.status),
      sortValue: (s) => s.status,
      exportValue: (s) => s.status,
    },
    { key: 'unit', header: i18n.t('place'), cell: (s) => s.unit.name, sortValue: (s) => s.unit.name },
    { key: 'address', header: i18n.t('address'), cell: (s) => s.address ?? '—', sortValue: (s) => s.address },
    { key: 'opened', header: i18n.t('openedOn'), cell: (s) => i18n.date(s.openedOn), sortValue: (s) => s.openedOn },
  ];

  return (
    <ExportMetaProvider value={{ filters, asOf }}>
      <FilterBar>
        <ProvinceField map={state.map} value={state.province} onChange={(province) => update({ province, plan: null })} />
        <YearField value={year} />
        <DateField name="asOf" label={i18n.t('asOf')} value={asOf} onChange={(d) => update({ asOf: d })} />
        <ReadingFields />
      </FilterBar>

      <Panel
        id="training-targets"
        title={i18n.t('trainingTargetsTitle')}
        query={mapQuery(kpis, (k) => k.filter((t) => TRAINING_METRICS.includes(t.metric.id)))}
        exportTable={(t) => targetsExport(i18n.t('trainingTargetsTitle'), t, i18n)}
      >
        {(targets) =>
          targets.length === 0 ? (
            <p className="panel-empty">{i18n.t('noTrainingTargets')}</p>
          ) : (
            <div className="card-grid">
              {targets.map((t) => (
                <TargetCard key={t.target.id} progress={t} />
              ))}
            </div>
          )
        }
      </Panel>

      <div className="two-col">
        <QuarterPanel
          id="classes-by-quarter"
          title={i18n.t('classesByQuarterTitle')}
          query={classesByQuarter}
          color={seriesColor(0)}
          label={i18n.t('classes')}
        />
        <QuarterPanel
          id="learners-by-quarter"
          title={i18n.t('learnersByQuarterTitle')}
          query={learnersByQuarter}
          color={seriesColor(2)}
          label={i18n.t('learners')}
        />
        <Panel
          id="events-by-scope"
          title={i18n.t('eventsByScopeTitle')}
          query={scopes}
          exportTable={(s) =>
            exportOf(
              i18n.t('eventsByScopeTitle'),
              [
                { code: 'scope', header: i18n.t('scope'), show: (x) => i18n.label(EVENT_SCOPE_LABELS, x.scope), value: (x) => x.scope },
                { code: 'events', header: i18n.t('events'), show: (x) => x.count },
              ],
              s,
            )
          }
        >
          {(s) => {
            const data = s.map((x) => ({ name: i18n.label(EVENT_SCOPE_LABELS, x.scope), value: x.count }));
            return (
              <ChartFigure
                height={220}
                summary={`${i18n.t('eventsByScopeTitle')} ${year}: ${data.map((d) => `${d.name} ${i18n.num(d.value)}`).join('; ')}.`}
                table={{ title: i18n.t('eventsByScopeTitle'), headers: [i18n.t('scope'), i18n.t('events')], rows: data.map((d) => [d.name, d.value]) }}
              >
                <BarChartView
                  title={i18n.t('eventsByScopeTitle')}
                  data={data}
                  categoryKey="name"
                  height={220}
                  series={[{ key: 'value', label: i18n.t('events'), color: seriesColor(3) }]}
                  valueFormat={(v) => i18n.num(v, 0)}
                />
              </ChartFigure>
            );
          }}
        </Panel>
      </div>

      <div className="stack" style={{ marginTop: 16 }}>
        <ListPanel id="class-list" title={i18n.t('classListTitle')} query={classes} columns={classColumns} defaultSort="start" />
        <ListPanel id="event-list" title={i18n.t('eventListTitle')} query={events} columns={eventColumns} defaultSort="start" />
        <ListPanel id="sales-points" title={i18n.t('salesPointsTitle')} query={salesPoints} columns={pointColumns} defaultSort="name" />
      </div>
    </ExportMetaProvider>
  );
}

/** A page of records as a table: how many are shown of how many, the first rows in print, the whole page in the download. */
function ListPanel<R extends { id: number }>({
  id,
  title,
  query,
  columns,
  defaultSort,
}: {
  id: string;
  title: string;
  query: PanelQuery<{ edges: readonly { node: R }[]; totalCount: number }>;
  columns: Column<R>[];
  defaultSort: string;
}) {
  const i18n = useI18n();
  return (
    <Panel
      id={id}
      title={title}
      query={query}
      isEmpty={(c) => c.edges.length === 0}
      exportTable={(c) =>
        tableExport(
          title,
          columns,
          c.edges.map((e) => e.node),
        )
      }
    >
      {(c) => (
        <>
          <p className="panel-summary">{i18n.t('shownOf', { shown: c.edges.length, total: c.totalCount })}</p>
          <DataTable
            caption={title}
            captionHidden
            columns={columns}
            rows={c.edges.map((e) => e.node)}
            rowKey={(r) => r.id}
            printRows={PRINT_ROWS}
            defaultSort={defaultSort}
          />
        </>
      )}
    </Panel>
  );
}

function QuarterPanel({ id, title, query, color, label }: { id: string; title: string; query: PanelQuery<AnalyticsResult>; color: string; label: string }) {
  const i18n = useI18n();
  return (
    <Panel
      id={id}
      title={title}
      query={query}
      isEmpty={(r) => r.rows.length === 0}
      exportTable={(r) =>
        exportOf(
          title,
          [
            { code: 'quarter', header: i18n.t('period'), show: (p) => formatQuarter(p.key, i18n.lang), value: (p) => p.key },
            { code: 'value', header: label, show: (p) => p.value },
          ],
          analyticsPoints(r),
        )
      }
    >
      {(r) => {
        const data = analyticsPoints(r).map((p) => ({ name: formatQuarter(p.key, i18n.lang), value: p.value }));
        return (
          <ChartFigure
            height={220}
            summary={`${title}: ${data.map((d) => `${d.name} ${i18n.num(d.value)}`).join('; ')}; ${i18n.t('total').toLowerCase()} ${i18n.num(r.total.value)}.`}
            table={{ title, headers: [i18n.t('period'), label], rows: data.map((d) => [d.name, d.value]) }}
          >
            <BarChartView
              title={title}
              data={data}
              categoryKey="name"
              height={220}
              series={[{ key: 'value', label, color }]}
              valueFormat={(v) => i18n.num(v, 0)}
            />
          </ChartFigure>
        );
      }}
    </Panel>
  );
}
