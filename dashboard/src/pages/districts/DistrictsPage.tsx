// So sánh huyện: every district of the province on one metric against its own
// target, ranked by the server; a per-denominator view; drill into a district.
// On today's map the communes of today's province instead, each row saying
// whose records it counts by a rule; every row says whether its data is
// approved; the signed-in officer's own unit is marked in the bars and rows.
import { useDistrictComparison, type DistrictComparison, type DistrictRow } from '../../api/district-comparison.ts';
import { useMe } from '../../api/me.ts';
import { useMetrics } from '../../api/metrics.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ACTUAL_COLOR, TONE_COLORS } from '../../charts/palette.ts';
import { ApprovalBadge } from '../../components/ApprovalBadge.tsx';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { DateField, FilterBar, RadioGroup, SelectField } from '../../components/fields.tsx';
import { mapQuery, Panel } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { addDays, yearEnd, yearStart } from '../../lib/date.ts';
import { exportOf } from '../../lib/export-table.ts';
import { formatChange, formatTarget, formatValue } from '../../lib/format.ts';
import { APPROVAL_STATE_LABELS, ATTRIBUTION_RULE_LABELS, enumLabel, STATUS_LABELS, translate } from '../../lib/i18n.ts';
import { REFORM_DAY } from '../../lib/provinces.ts';
import { communeTier, figureOptions, provinceScope } from '../../lib/reading.ts';
import { lookOf, PROGRESS_LOOK, PROGRESS_ORDER } from '../../lib/status.ts';
import { metricUnit, STAR_METRICS, targetTitle } from '../../lib/targets.ts';
import type { Denominator } from '../../lib/url-state.ts';
import type { YearChoice } from '../shared/plan-choice.ts';
import { isOwnUnit } from '../shared/own-unit.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { ReadingFields, useReadingMeta } from '../shared/ReadingFields.tsx';
import { YearGate } from '../shared/YearGate.tsx';
import { YearField } from '../shared/YearField.tsx';
import { DistrictDrill } from './DistrictDrill.tsx';

const DEFAULT_METRIC = 'new_certified_products';
const DENOM_FIELD: Record<Denominator, 'actual' | 'perTenCommunes' | 'perSubject'> = { none: 'actual', communes: 'perTenCommunes', subjects: 'perSubject' };

export default function DistrictsPage() {
  return <YearGate>{(choice) => <Districts {...choice} />}</YearGate>;
}

function Districts({ year, asOf }: YearChoice) {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const metrics = useMetrics();
  const metricId = state.metric ?? DEFAULT_METRIC;
  const metric = metrics.data?.find((m) => m.id === metricId) ?? null;
  const starMetric = STAR_METRICS.includes(metricId);
  const stars = starMetric ? (state.stars ?? 3) : null;
  const params = stars !== null ? { minStars: stars } : {};
  const options = figureOptions(state);
  const comparison = useDistrictComparison({
    provinceCode: provinceScope(state, asOf).provinceCode,
    metric: metricId,
    params,
    from: yearStart(year),
    to: yearEnd(year),
    asOf,
    ...options,
  });
  const me = useMe();
  const own = (r: DistrictRow) => isOwnUnit(me.data?.unit, r.district);
  const communes = communeTier(state.map);
  const unitWord = i18n.t(communes ? 'commune' : 'district');
  const onMap = state.map !== 'recorded';
  const unit = metric ? metricUnit(metric) : 'count';
  const field = DENOM_FIELD[state.denom];
  const metricName = metric ? targetTitle(metric, params, i18n.lang) : metricId;
  const fmt = (v: number | null | undefined) => (state.denom === 'none' ? formatValue(v, unit, i18n.lang) : i18n.num(v));

  const filters: [string, string][] = [
    ...useReadingMeta(),
    [i18n.t('metric'), `${metricName} [${metricId}${metric ? ` v${metric.version}` : ''}]`],
    [i18n.t('period'), `${i18n.date(yearStart(year))} – ${i18n.date(yearEnd(year))}`],
    [i18n.t('denominator'), i18n.t(`denominator.${state.denom}`)],
  ];

  const districtLabel = (r: DistrictRow) => `${own(r) ? '► ' : ''}${r.district.name}${r.abolished ? ' †' : ''}`;
  const columns: Column<DistrictRow>[] = [
    { key: 'rank', header: i18n.t('rank'), cell: (r) => r.rank ?? '—', sortValue: (r) => r.rank, numeric: true },
    {
      key: 'district',
      header: unitWord,
      rowHeader: true,
      sortValue: (r) => r.district.name,
      cell: (r) => (
        <>
          <button type="button" className="link-button" onClick={() => update({ district: r.district.code })} aria-pressed={state.district === r.district.code}>
            {r.district.name}
          </button>
          {r.abolished ? (
            <span className="tag" title={i18n.t('abolished', { date: i18n.date(r.district.validTo ? addDays(r.district.validTo, 1) : null) })}>
              {i18n.t('abolished', { date: i18n.date(r.district.validTo ? addDays(r.district.validTo, 1) : null) })}
            </span>
          ) : null}
          {own(r) ? (
            <span className="tag tag-own" data-field="own-unit">
              {i18n.t('ownUnit')}
            </span>
          ) : null}
        </>
      ),
    },
    { key: 'actual', header: i18n.t('actual'), cell: (r) => formatValue(r.actual, unit, i18n.lang), sortValue: (r) => r.actual, numeric: true },
    {
      key: 'target',
      header: i18n.t('target'),
      cell: (r) => (r.target === null ? '—' : formatTarget(r.target, r.targetMax, unit, i18n.lang)),
      sortValue: (r) => r.target,
      exportValue: (r) => r.target,
      numeric: true,
    },
    {
      key: 'status',
      header: i18n.t('status'),
      cell: (r) => (r.status ? <StatusBadge value={r.status} looks={PROGRESS_LOOK} labels={STATUS_LABELS} /> : '—'),
      exportText: (r) => (r.status ? i18n.label(STATUS_LABELS, r.status) : ''),
      sortValue: (r) => (r.status ? PROGRESS_ORDER.indexOf(r.status) : null),
      exportValue: (r) => r.status,
    },
    { key: 'share', header: `${i18n.t('share')} (%)`, cell: (r) => i18n.pct(r.shareOfProvince), sortValue: (r) => r.shareOfProvince, numeric: true },
    {
      key: 'rankChange',
      header: i18n.t('rankChange'),
      cell: (r) => (
        <span
          className={r.rankChange ? (r.rankChange > 0 ? 'rank-up' : 'rank-down') : undefined}
          aria-label={r.rankChange ? `${r.rankChange > 0 ? '+' : '−'}${Math.abs(r.rankChange)}` : '0'}
        >
          {formatChange(r.rankChange, i18n.lang)}
        </span>
      ),
      sortValue: (r) => r.rankChange,
      numeric: true,
    },
    {
      key: 'previous',
      header: i18n.t('previous'),
      cell: (r) => formatValue(r.previousActual, unit, i18n.lang),
      sortValue: (r) => r.previousActual,
      numeric: true,
    },
    { key: 'perTenCommunes', header: i18n.t('perTenCommunes'), cell: (r) => i18n.num(r.perTenCommunes), sortValue: (r) => r.perTenCommunes, numeric: true },
    { key: 'perSubject', header: i18n.t('perSubject'), cell: (r) => i18n.num(r.perSubject, 3), sortValue: (r) => r.perSubject, numeric: true },
    { key: 'communes', header: i18n.t('communes'), cell: (r) => r.communes, sortValue: (r) => r.communes, numeric: true },
    { key: 'subjects', header: i18n.t('subjects'), cell: (r) => r.subjects, sortValue: (r) => r.subjects, numeric: true },
    {
      key: 'approval',
      header: i18n.t('approval'),
      cell: (r) => <ApprovalBadge approval={r.approval} />,
      sortValue: (r) => r.approval.approved / Math.max(1, r.approval.periods),
      exportValue: (r) => i18n.label(APPROVAL_STATE_LABELS, r.approval.state),
    },
    ...(onMap
      ? [
          {
            key: 'attributed',
            header: i18n.t('attributedColumn'),
            cell: (r: DistrictRow) => <Attributions row={r} />,
            exportValue: (r: DistrictRow) => attributionText(r, i18n.lang),
          } satisfies Column<DistrictRow>,
        ]
      : []),
  ];

  // Bars in the colour of the district's status against its own target (none: the series colour); the officer's own district outlined.
  const chartRows = (c: DistrictComparison) =>
    c.rows.map((r) => ({
      code: r.district.code,
      name: districtLabel(r),
      value: r[field],
      target: state.denom === 'none' ? r.target : null,
      abolished: r.abolished,
      color: r.status ? TONE_COLORS[lookOf(PROGRESS_LOOK, r.status).tone] : ACTUAL_COLOR,
      own: own(r),
    }));

  return (
    <ExportMetaProvider value={{ filters, asOf }}>
      <FilterBar>
        <ProvinceField map={state.map} value={state.province} onChange={(province) => update({ province, plan: null, district: null })} />
        <SelectField
          name="metric"
          label={i18n.t('metric')}
          value={metricId}
          options={(metrics.data ?? [{ id: metricId, labelVi: metricId, labelEn: metricId, version: 0 }]).map((m) => ({
            value: m.id,
            label: i18n.lang === 'vi' ? m.labelVi : m.labelEn,
          }))}
          onChange={(m) => update({ metric: m, stars: null })}
        />
        {starMetric ? (
          <SelectField
            name="stars"
            label={i18n.t('minStars')}
            value={stars ?? 3}
            options={[3, 4, 5].map((n) => ({ value: n, label: `≥ ${n}★` }))}
            onChange={(n) => update({ stars: n })}
          />
        ) : null}
        <YearField value={year} />
        <DateField name="asOf" label={i18n.t('asOf')} value={asOf} onChange={(d) => update({ asOf: d })} />
        <RadioGroup<Denominator>
          name="denom"
          label={i18n.t('denominator')}
          value={state.denom}
          options={(['none', 'communes', 'subjects'] as const).map((d) => ({ value: d, label: i18n.t(`denominator.${d}`) }))}
          onChange={(d) => update({ denom: d }, { replace: true })}
        />
        <ReadingFields />
      </FilterBar>
      {state.map === 'recorded' && yearStart(year) >= REFORM_DAY ? (
        <p className="notice" role="note" data-field="no-districts">
          {i18n.t('noDistrictsAfterReform')}
        </p>
      ) : null}

      <Panel
        id="comparison-chart"
        title={`${i18n.t(communes ? 'comparisonTitleCommunes' : 'comparisonTitle')}: ${metricName}`}
        query={comparison}
        isEmpty={(c) => !c || c.rows.length === 0}
        exportTable={(c) =>
          exportOf(
            `${i18n.t(communes ? 'comparisonTitleCommunes' : 'comparisonTitle')}: ${metricName}`,
            [
              { code: 'code', header: null, show: (r) => r.district.code },
              { code: 'district', header: unitWord, show: districtLabel, value: (r) => r.district.name },
              { code: 'actual', header: i18n.t('actual'), show: (r) => formatValue(r.actual, unit, i18n.lang), value: (r) => r.actual },
              { code: 'per_ten_communes', header: i18n.t('perTenCommunes'), show: (r) => i18n.num(r.perTenCommunes), value: (r) => r.perTenCommunes },
              { code: 'per_subject', header: i18n.t('perSubject'), show: (r) => i18n.num(r.perSubject, 3), value: (r) => r.perSubject },
              {
                code: 'target',
                header: i18n.t('target'),
                show: (r) => (r.target === null ? '' : formatTarget(r.target, r.targetMax, unit, i18n.lang)),
                value: (r) => r.target,
              },
              { code: 'target_max', header: null, show: (r) => r.targetMax },
              { code: 'abolished', header: null, show: (r) => r.abolished },
            ],
            c!.rows,
          )
        }
      >
        {(c) => {
          const data = chartRows(c!);
          const top = c!.rows.find((r) => r.rank === 1);
          const mine = c!.rows.find(own);
          const summary = i18n.t(communes ? 'comparisonSummaryCommunes' : 'comparisonSummary', {
            metric: `${metricName} (${i18n.t(`denominator.${state.denom}`).toLowerCase()})`,
            count: c!.rows.length,
            top: top?.district.name ?? '—',
            topValue: fmt(top?.[field]),
            province: formatValue(c!.provinceValue, unit, i18n.lang),
          });
          return (
            <>
              <p className="big-figure">
                <span className="big-figure-label">{i18n.t('provinceValue')}</span>
                <strong data-field="province-value">{formatValue(c!.provinceValue, unit, i18n.lang)}</strong>
                <span className="big-figure-sub" data-field="province-approval">
                  <ApprovalBadge approval={c!.approval} />
                </span>
              </p>
              <p className="status-legend">
                {PROGRESS_ORDER.filter((st) => c!.rows.some((r) => r.status === st)).map((st) => (
                  <StatusBadge key={st} value={st} looks={PROGRESS_LOOK} labels={STATUS_LABELS} />
                ))}
              </p>
              <ChartFigure
                height={340}
                summary={
                  summary +
                  (c!.rows.some((r) => r.abolished) ? ` † ${i18n.t('abolished', { date: i18n.date(REFORM_DAY) })}.` : '') +
                  (mine ? ` ► ${i18n.t('ownUnitSummary', { name: mine.district.name, rank: mine.rank ?? '—' })}` : '')
                }
                table={{
                  title: metricName,
                  headers: [unitWord, i18n.t(`denominator.${state.denom}`), i18n.t('target')],
                  rows: data.map((d) => [d.name, d.value, d.target]),
                }}
              >
                <BarChartView
                  title={`${i18n.t(communes ? 'comparisonTitleCommunes' : 'comparisonTitle')}: ${metricName}`}
                  data={data}
                  categoryKey="name"
                  height={340}
                  series={[{ key: 'value', label: `${metricName} – ${i18n.t(`denominator.${state.denom}`)}`, color: ACTUAL_COLOR }]}
                  targetKey={state.denom === 'none' && data.some((d) => d.target !== null) ? 'target' : undefined}
                  targetLabel={i18n.t('target')}
                  valueFormat={(v) => fmt(v)}
                  tickFormat={unit === 'vnd' && state.denom === 'none' ? (v) => i18n.bnTick(v) : (v) => i18n.num(v, 1)}
                  valueAxisLabel={
                    unit === 'vnd' && state.denom === 'none' ? i18n.t('billionAxis') : unit === 'percent' && state.denom === 'none' ? '%' : undefined
                  }
                  decimals={state.denom !== 'none' || unit !== 'count'}
                  mutedKey={c!.rows.some((r) => !r.abolished) ? 'abolished' : undefined}
                  colorKey="color"
                  highlightKey={mine ? 'own' : undefined}
                  onSelect={(row) => update({ district: String(row.code) })}
                />
              </ChartFigure>
            </>
          );
        }}
      </Panel>

      {state.district ? (
        <DistrictDrill
          commune={communes}
          options={options}
          code={state.district}
          name={comparison.data?.rows.find((r) => r.district.code === state.district)?.district.name ?? state.district}
          year={year}
          asOf={asOf}
          onClose={() => update({ district: null })}
        />
      ) : null}

      <Panel
        id="comparison-table"
        title={i18n.t(communes ? 'comparisonTableCommunes' : 'comparisonTable')}
        query={mapQuery(comparison, (c) => c?.rows ?? [])}
        isEmpty={(rows) => rows.length === 0}
        exportTable={(rows) => tableExport(`${i18n.t(communes ? 'comparisonTableCommunes' : 'comparisonTable')}: ${metricName}`, columns, rows)}
      >
        {(rows) => (
          <>
            <DataTable
              caption={`${i18n.t(communes ? 'comparisonTableCommunes' : 'comparisonTable')}: ${metricName}, ${year}`}
              columns={columns}
              rows={rows}
              rowKey={(r) => r.district.code}
              sort={state.sort}
              defaultSort="rank"
              onSort={(sort) => update({ sort }, { replace: true })}
              rowClassName={(r) => [r.district.code === state.district ? 'selected' : '', own(r) ? 'own-unit' : ''].join(' ').trim() || undefined}
            />
            {onMap ? (
              <p className="panel-note" data-field="attribution-note">
                {i18n.t(communes ? 'attributionNote' : 'attributionNoteOld')}
              </p>
            ) : null}
          </>
        )}
      </Panel>
    </ExportMetaProvider>
  );
}

/** The units a row counts by a rule (a split commune, a later unit on an earlier map), each with its rule. */
function Attributions({ row }: { row: DistrictRow }) {
  const i18n = useI18n();
  if (!row.attributed.length) return <>—</>;
  const items = row.attributed.map((a) => attributionItem(a, i18n.lang));
  if (items.length === 1) return <span className="attributed">{items[0]}</span>;
  return (
    <details className="attributed">
      <summary>{i18n.t('attributedCount', { count: items.length })}</summary>
      <ul>
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </details>
  );
}

function attributionItem(a: DistrictRow['attributed'][number], lang: 'vi' | 'en'): string {
  return translate(lang, 'attributedItem', {
    unit: `${a.unit.type} ${a.unit.name}`,
    countedIn: a.countedIn.name,
    rule: enumLabel(ATTRIBUTION_RULE_LABELS, a.rule, lang),
  });
}

function attributionText(r: DistrictRow, lang: 'vi' | 'en'): string {
  return r.attributed.map((a) => attributionItem(a, lang)).join('; ');
}
