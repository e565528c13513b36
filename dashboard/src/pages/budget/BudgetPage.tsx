// Ngân sách: allocated against disbursed by funding source and by district,
// disbursement accumulating over the year against the calendar, and the
// disbursement rate (the server's, from the district comparison). Disbursed
// is everywhere counted against the allocation paid from, as the rate is.
// One request per panel: the totals and the split by source share theirs. On either unit
// map (by commune on today's); payments of approved periods only on request.
import { useBudgetSplit, type BudgetSplit } from '../../api/budget-split.ts';
import { useDistrictComparison, type DistrictRow } from '../../api/district-comparison.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { LineChartView } from '../../charts/LineChartView.tsx';
import { EXPECTED_COLOR, SERIES_COLORS } from '../../charts/palette.ts';
import { ApprovalBadge } from '../../components/ApprovalBadge.tsx';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { DateField, FilterBar } from '../../components/fields.tsx';
import { mapQuery, Panel } from '../../components/Panel.tsx';
import { monthsOfYear, yearEnd, yearStart } from '../../lib/date.ts';
import { exportOf, type ExportColumn } from '../../lib/export-table.ts';
import { toBillions } from '../../lib/format.ts';
import { APPROVAL_STATE_LABELS, FUNDING_SOURCE_LABELS } from '../../lib/i18n.ts';
import { communeTier, figureOptions, provinceScope } from '../../lib/reading.ts';
import { analyticsPoints, cumulativeByMonth, joinSeries, SOURCE_ORDER, sortRows, type JoinedRow } from '../../lib/reshape.ts';
import type { YearChoice } from '../shared/plan-choice.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { ReadingFields, useReadingMeta } from '../shared/ReadingFields.tsx';
import { YearGate } from '../shared/YearGate.tsx';
import { YearField } from '../shared/YearField.tsx';

const ALLOCATED = '#5c677d';
const DISBURSED = SERIES_COLORS[0];

export default function BudgetPage() {
  return <YearGate>{(choice) => <Budget {...choice} />}</YearGate>;
}

function Budget({ year, asOf }: YearChoice) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  // The budget year's allocations (not period figures: never approved); its payments up to the as-of date.
  const scope = provinceScope(state, asOf);
  const options = figureOptions(state);
  const communes = communeTier(state.map);
  const allocated = { ...scope, years: [year] };
  const disbursed = { ...allocated, dateTo: asOf, ...(options.approvedOnly ? { approvedOnly: true } : {}) };
  const bySource = useBudgetSplit({ groupBy: 'FUNDING_SOURCE', allocated, disbursed });
  const byDistrict = useBudgetSplit({ groupBy: communes ? 'COMMUNE' : 'DISTRICT', allocated, disbursed });
  const byMonth = useBudgetSplit({ groupBy: 'MONTH', allocated, disbursed });
  const rate = useDistrictComparison({
    provinceCode: scope.provinceCode,
    metric: 'disbursement_rate',
    params: {},
    from: yearStart(year),
    to: yearEnd(year),
    asOf,
    ...options,
  });

  const filters: [string, string][] = [...useReadingMeta(), [i18n.t('year'), String(year)]];
  const byUnitTitle = i18n.t(communes ? 'byCommuneTitle' : 'byDistrictTitle');
  const rateByUnitTitle = i18n.t(communes ? 'rateByCommuneTitle' : 'rateByDistrictTitle');
  const unitWord = i18n.t(communes ? 'commune' : 'district');
  const sourceLabel = (key: string) => i18n.label(FUNDING_SOURCE_LABELS, key);
  const districtLabel = (row: JoinedRow) => (row.key ? row.label : i18n.t(communes ? 'provinceLevelCommunes' : 'provinceLevel'));
  /** Allocated and disbursed money by a row's key: shown in đồng, exact digits among the codes. */
  const moneyColumns = (
    code: string,
    header: string,
    name: (row: JoinedRow) => string,
    exact: Map<string, { allocated?: string; disbursed?: string }>,
  ): ExportColumn<JoinedRow>[] => [
    { code, header, show: name, value: (r) => r.key },
    {
      code: 'allocated_vnd',
      header: i18n.t('allocated'),
      show: (r) => i18n.vnd(exact.get(r.key)?.allocated ?? '0'),
      value: (r) => exact.get(r.key)?.allocated ?? '0',
      numeric: true,
    },
    {
      code: 'disbursed_from_allocation_vnd',
      header: i18n.t('disbursed'),
      show: (r) => i18n.vnd(exact.get(r.key)?.disbursed ?? '0'),
      value: (r) => exact.get(r.key)?.disbursed ?? '0',
      numeric: true,
    },
  ];
  const bnFmt = (v: number) => `${i18n.num(v)} ${i18n.t('billionAxis')}`;

  const moneyRows = ([a, d]: BudgetSplit, order?: readonly string[]) => {
    const rows = joinSeries({ allocated: analyticsPoints(a), disbursed: analyticsPoints(d) });
    const exact = new Map<string, { allocated?: string; disbursed?: string }>();
    a.rows.forEach((r) => exact.set(r.keys[0].key ?? '', { ...exact.get(r.keys[0].key ?? ''), allocated: r.exact }));
    d.rows.forEach((r) => exact.set(r.keys[0].key ?? '', { ...exact.get(r.keys[0].key ?? ''), disbursed: r.exact }));
    const sorted = order ? sortRows(rows, (r) => order.indexOf(r.key), 'asc') : rows;
    return { rows: sorted, exact };
  };

  const rateColumns: Column<DistrictRow>[] = [
    { key: 'rank', header: i18n.t('rank'), cell: (r) => r.rank ?? '—', sortValue: (r) => r.rank, numeric: true },
    { key: 'district', header: unitWord, cell: (r) => r.district.name, sortValue: (r) => r.district.name, rowHeader: true },
    { key: 'rate', header: `${i18n.t('rateTitle')} (%)`, cell: (r) => i18n.pct(r.actual), sortValue: (r) => r.actual, numeric: true },
    {
      key: 'approval',
      header: i18n.t('approval'),
      cell: (r) => <ApprovalBadge approval={r.approval} />,
      sortValue: (r) => r.approval.approved / Math.max(1, r.approval.periods),
      exportValue: (r) => i18n.label(APPROVAL_STATE_LABELS, r.approval.state),
    },
  ];

  return (
    <ExportMetaProvider value={{ filters, asOf }}>
      <FilterBar>
        <ProvinceField map={state.map} value={state.province} onChange={(province) => update({ province, plan: null })} />
        <YearField value={year} />
        <DateField name="asOf" label={i18n.t('asOf')} value={asOf} onChange={(d) => update({ asOf: d })} />
        <ReadingFields />
      </FilterBar>

      <Panel id="budget-rate" title={i18n.t('rateTitle')} query={bySource}>
        {([a, d]) => (
          <div className="figure-row">
            <p className="big-figure">
              <span className="big-figure-label">{i18n.t('totalAllocated', { year })}</span>
              <strong data-field="allocated-total">{i18n.vnd(a.total.exact)}</strong>
              <span className="big-figure-sub">{i18n.bn(a.total.exact)}</span>
            </p>
            <p className="big-figure">
              <span className="big-figure-label">{i18n.t('totalDisbursed', { date: i18n.date(asOf) })}</span>
              <strong data-field="disbursed-total">{i18n.vnd(d.total.exact)}</strong>
              <span className="big-figure-sub">{i18n.bn(d.total.exact)}</span>
              {/* Which attribution: payments against the allocation they came from, as the rate counts them. */}
              <span className="big-figure-sub" data-field="disbursed-measure">
                {i18n.lang === 'vi' ? d.metric.labelVi : d.metric.labelEn}
              </span>
              {d.approval ? (
                <span className="big-figure-sub" data-field="disbursed-approval">
                  <ApprovalBadge approval={d.approval} />
                </span>
              ) : null}
            </p>
            <p className="big-figure">
              <span className="big-figure-label">{i18n.t('rateOf', { year })}</span>
              <strong data-field="rate">{rate.status === 'success' ? i18n.pct(rate.data?.provinceValue) : rate.status === 'error' ? '—' : '…'}</strong>
              {rate.status === 'error' ? (
                <button type="button" className="btn btn-small" onClick={rate.retry}>
                  {i18n.t('retry')}
                </button>
              ) : null}
            </p>
          </div>
        )}
      </Panel>

      <div className="two-col">
        <Panel
          id="budget-source"
          title={i18n.t('bySourceTitle')}
          query={bySource}
          isEmpty={([a, d]) => a.rows.length === 0 && d.rows.length === 0}
          exportTable={(data) => {
            const { rows, exact } = moneyRows(data, SOURCE_ORDER);
            return exportOf(
              i18n.t('bySourceTitle'),
              moneyColumns('source', i18n.t('source'), (r) => sourceLabel(r.key), exact),
              rows,
            );
          }}
        >
          {(data) => {
            const { rows } = moneyRows(data, SOURCE_ORDER);
            const chart = rows.map((r) => ({
              name: sourceLabel(r.key),
              allocated: toBillions(r.allocated as number | null),
              disbursed: toBillions(r.disbursed as number | null),
            }));
            return (
              <ChartFigure
                height={300}
                summary={i18n.t('budgetSourceSummary', {
                  allocated: i18n.bn(data[0].total.exact),
                  disbursed: i18n.bn(data[1].total.exact),
                  parts: chart.map((c) => `${c.name}: ${i18n.num(c.allocated)} / ${i18n.num(c.disbursed)} ${i18n.t('billionAxis')}`).join('; '),
                })}
                table={{
                  title: i18n.t('bySourceTitle'),
                  headers: [i18n.t('source'), `${i18n.t('allocated')} (${i18n.t('billionAxis')})`, `${i18n.t('disbursed')} (${i18n.t('billionAxis')})`],
                  rows: chart.map((c) => [c.name, c.allocated, c.disbursed]),
                }}
              >
                <BarChartView
                  title={i18n.t('bySourceTitle')}
                  data={chart}
                  categoryKey="name"
                  horizontal
                  categoryWidth={150}
                  height={300}
                  series={[
                    { key: 'allocated', label: i18n.t('allocated'), color: ALLOCATED },
                    { key: 'disbursed', label: i18n.t('disbursed'), color: DISBURSED },
                  ]}
                  valueFormat={bnFmt}
                  tickFormat={(v) => i18n.num(v, 1)}
                  valueAxisLabel={i18n.t('billionAxis')}
                  decimals
                />
              </ChartFigure>
            );
          }}
        </Panel>

        <Panel
          id="budget-cumulative"
          title={i18n.t('cumulativeTitle')}
          query={byMonth}
          isEmpty={([, m]) => m.rows.length === 0}
          exportTable={([a, m]) =>
            exportOf(
              i18n.t('cumulativeTitle'),
              [
                { code: 'month', header: i18n.t('month'), show: (p) => i18n.month(p.month), value: (p) => p.month },
                {
                  code: 'cumulative_disbursed_from_allocation_vnd',
                  header: i18n.t('export.cumulative'),
                  show: (p) => i18n.vnd(p.cumulative),
                  value: (p) => p.cumulative,
                  numeric: true,
                },
                {
                  code: 'calendar_pace_vnd',
                  header: i18n.t('export.pace'),
                  show: (p) => i18n.vnd(p.calendar === null ? null : Math.round(p.calendar)),
                  value: (p) => (p.calendar === null ? null : Math.round(p.calendar)),
                  numeric: true,
                },
              ],
              cumulativeByMonth(analyticsPoints(m), monthsOfYear(year), a.total.value, asOf),
            )
          }
        >
          {([a, m]) => {
            const points = cumulativeByMonth(analyticsPoints(m), monthsOfYear(year), a.total.value, asOf);
            const data = points.map((p) => ({ month: p.month, cumulative: toBillions(p.cumulative), calendar: toBillions(p.calendar) }));
            const last = [...points].reverse().find((p) => p.cumulative !== null) ?? points[0];
            return (
              <ChartFigure
                height={300}
                summary={i18n.t('cumulativeSummary', { month: i18n.month(last.month), cumulative: i18n.bn(last.cumulative), calendar: i18n.bn(last.calendar) })}
                table={{
                  title: i18n.t('cumulativeTitle'),
                  headers: [
                    i18n.t('month'),
                    `${i18n.t('cumulativeDisbursed')} (${i18n.t('billionAxis')})`,
                    `${i18n.t('calendarLine')} (${i18n.t('billionAxis')})`,
                  ],
                  rows: data.map((d) => [i18n.month(d.month), d.cumulative, d.calendar]),
                }}
              >
                <LineChartView
                  title={i18n.t('cumulativeTitle')}
                  data={data}
                  xKey="month"
                  xFormat={(k) => i18n.month(k)}
                  height={300}
                  series={[
                    { key: 'cumulative', label: i18n.t('cumulativeDisbursed'), color: DISBURSED },
                    { key: 'calendar', label: i18n.t('calendarLine'), color: EXPECTED_COLOR, dashed: true },
                  ]}
                  valueFormat={bnFmt}
                  tickFormat={(v) => i18n.num(v, 1)}
                  valueAxisLabel={i18n.t('billionAxis')}
                />
              </ChartFigure>
            );
          }}
        </Panel>
      </div>

      <Panel
        id="budget-district"
        title={byUnitTitle}
        query={byDistrict}
        isEmpty={([a, d]) => a.rows.length === 0 && d.rows.length === 0}
        exportTable={(data) => {
          const { rows, exact } = moneyRows(data);
          return exportOf(byUnitTitle, moneyColumns('code', unitWord, districtLabel, exact), rows);
        }}
      >
        {(data) => {
          const { rows } = moneyRows(data);
          const all = rows.map((r) => ({
            key: r.key,
            name: districtLabel(r),
            allocated: toBillions(r.allocated as number | null),
            disbursed: toBillions(r.disbursed as number | null),
          }));
          // Money kept at province level would dwarf the districts: it is told, not drawn.
          const chart = all.filter((c) => c.key);
          const provinceLevel = all.find((c) => !c.key);
          const height = Math.max(200, chart.length * 44 + 60);
          return (
            <ChartFigure
              height={height}
              summary={i18n.t('moneySummary', {
                label: `${i18n.t('allocated')} / ${i18n.t('disbursed')} (${i18n.t('billionAxis')})`,
                parts: all.map((c) => `${c.name}: ${i18n.num(c.allocated)} / ${i18n.num(c.disbursed)}`).join('; '),
              })}
              table={{
                title: byUnitTitle,
                headers: [unitWord, `${i18n.t('allocated')} (${i18n.t('billionAxis')})`, `${i18n.t('disbursed')} (${i18n.t('billionAxis')})`],
                rows: all.map((c) => [c.name, c.allocated, c.disbursed]),
              }}
            >
              {provinceLevel ? (
                <p className="panel-summary">
                  {provinceLevel.name}: {i18n.t('allocated').toLowerCase()} {i18n.num(provinceLevel.allocated)}, {i18n.t('disbursed').toLowerCase()}{' '}
                  {i18n.num(provinceLevel.disbursed)} {i18n.t('billionAxis')}.
                </p>
              ) : null}
              <BarChartView
                title={byUnitTitle}
                data={chart}
                categoryKey="name"
                horizontal
                categoryWidth={120}
                height={height - (provinceLevel ? 30 : 0)}
                series={[
                  { key: 'allocated', label: i18n.t('allocated'), color: ALLOCATED },
                  { key: 'disbursed', label: i18n.t('disbursed'), color: DISBURSED },
                ]}
                valueFormat={bnFmt}
                tickFormat={(v) => i18n.num(v, 1)}
                valueAxisLabel={i18n.t('billionAxis')}
                decimals
              />
            </ChartFigure>
          );
        }}
      </Panel>

      <Panel
        id="budget-rate-district"
        title={rateByUnitTitle}
        query={mapQuery(rate, (c) => c?.rows ?? [])}
        isEmpty={(rows) => rows.length === 0}
        exportTable={(rows) => tableExport(rateByUnitTitle, rateColumns, rows)}
      >
        {(rows) => <DataTable caption={rateByUnitTitle} captionHidden columns={rateColumns} rows={rows} rowKey={(r) => r.district.code} defaultSort="rank" />}
      </Panel>
    </ExportMetaProvider>
  );
}
