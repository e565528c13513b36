// Kế hoạch: every plan in the hub; the chosen one with its targets in the
// plan's own Vietnamese wording, its budget lines and its milestones.
import { useMetrics } from '../../api/metrics.ts';
import { usePlan, type BudgetLine, type Milestone, type PlanDetail, type TargetInfo } from '../../api/plan.ts';
import { usePlans, type PlanSummary } from '../../api/plans.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { Link } from '../../components/Link.tsx';
import { mapQuery, Panel } from '../../components/Panel.tsx';
import { formatTarget } from '../../lib/format.ts';
import { FUNDING_SOURCE_LABELS, MILESTONE_KIND_LABELS, UNIT_LABELS } from '../../lib/i18n.ts';
import { isProvinceCode } from '../../lib/provinces.ts';
import { targetTitle } from '../../lib/targets.ts';
import { unitHeading } from '../../lib/units.ts';
import { carryState, hrefOf } from '../../lib/url-state.ts';

export default function PlansPage() {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const plans = usePlans({});
  const list = plans.data ?? [];
  const selected = list.find((p) => p.id === state.plan) ?? list.find((p) => provinceOf(p) === state.province) ?? list[0] ?? null;
  const detail = usePlan(selected ? { id: selected.id } : null);
  const filters: [string, string][] = selected ? [[i18n.t('plan'), selected.title]] : [];

  const planColumns: Column<PlanSummary>[] = [
    { key: 'year', header: i18n.t('year'), cell: (p) => p.year, sortValue: (p) => p.year, numeric: true },
    {
      key: 'title',
      header: i18n.t('plan'),
      rowHeader: true,
      sortValue: (p) => p.title,
      cell: (p) => (
        <button
          type="button"
          className="link-button"
          aria-pressed={p.id === selected?.id}
          onClick={() => update({ plan: p.id, asOf: null, ...(isProvinceCode(provinceOf(p)) ? { province: provinceOf(p)! } : {}) })}
        >
          {p.title}
        </button>
      ),
    },
    { key: 'issuer', header: i18n.t('planIssuer'), cell: (p) => unitHeading(p.issuer, i18n.lang), sortValue: (p) => p.issuer.name },
    { key: 'period', header: i18n.t('period'), cell: (p) => `${i18n.date(p.periodStart)} – ${i18n.date(p.periodEnd)}`, sortValue: (p) => p.periodStart },
  ];

  return (
    <ExportMetaProvider value={{ filters, asOf: null }}>
      <Panel
        id="plan-list"
        title={i18n.t('allPlans', { count: list.length })}
        query={plans}
        isEmpty={(p) => p.length === 0}
        exportTable={(p) => tableExport(i18n.t('plansTitle'), planColumns, p)}
      >
        {(p) => (
          <DataTable
            caption={i18n.t('plansTitle')}
            captionHidden
            columns={planColumns}
            rows={p}
            rowKey={(x) => x.id}
            rowClassName={(x) => (x.id === selected?.id ? 'selected' : undefined)}
            defaultSort="-year"
          />
        )}
      </Panel>
      {selected ? <PlanView query={detail} /> : null}
    </ExportMetaProvider>
  );
}

/** The province a plan belongs to: its issuer's province (itself for a province). */
function provinceOf(p: PlanSummary): string | null {
  return p.issuer.province?.code ?? null;
}

function PlanView({ query }: { query: ReturnType<typeof usePlan> }) {
  const i18n = useI18n();
  const { state } = useViewState();
  const metrics = useMetrics();
  // The metric's label with its parameters ("Sản phẩm OCOP còn hiệu lực (≥ 3★)"), never its id.
  const metricName = (id: string, params: TargetInfo['params']) => {
    const m = metrics.data?.find((x) => x.id === id);
    return m ? targetTitle(m, params, i18n.lang) : '…';
  };
  const targetColumns: Column<TargetInfo>[] = [
    {
      key: 'wording',
      header: i18n.t('wording'),
      rowHeader: true,
      cell: (t) => (
        <span lang="vi" className="plain">
          {t.wording}
        </span>
      ),
      sortValue: (t) => t.key,
      exportValue: (t) => t.wording,
    },
    {
      key: 'metric',
      header: i18n.t('metric'),
      cell: (t) => metricName(t.metric, t.params),
      sortValue: (t) => metricName(t.metric, t.params),
      exportValue: (t) => t.metric,
    },
    {
      key: 'scope',
      header: i18n.t('scope'),
      cell: (t) =>
        t.children.length ? `${unitHeading(t.scopeUnit, i18n.lang)} (${i18n.t('perDistrict')}: ${t.children.length})` : unitHeading(t.scopeUnit, i18n.lang),
      sortValue: (t) => t.scopeUnit.name,
    },
    {
      key: 'target',
      header: i18n.t('target'),
      cell: (t) => formatTarget(t.targetMin, t.targetMax, t.unit, i18n.lang),
      sortValue: (t) => t.targetMin,
      numeric: true,
    },
    { key: 'unit', header: i18n.t('unit'), cell: (t) => i18n.label(UNIT_LABELS, t.unit), sortValue: (t) => t.unit, exportValue: (t) => t.unit },
    { key: 'due', header: i18n.t('dueDate'), cell: (t) => i18n.date(t.dueDate), sortValue: (t) => t.dueDate },
  ];
  const budgetColumns: Column<BudgetLine>[] = [
    { key: 'source', header: i18n.t('source'), cell: (b) => i18n.label(FUNDING_SOURCE_LABELS, b.source), sortValue: (b) => b.source, rowHeader: true },
    { key: 'recipient', header: i18n.t('recipient'), cell: (b) => b.recipientUnit.name, sortValue: (b) => b.recipientUnit.name },
    { key: 'year', header: i18n.t('year'), cell: (b) => b.year, sortValue: (b) => b.year, numeric: true },
    {
      key: 'amount',
      header: i18n.t('amount'),
      cell: (b) => (b.amount === null ? <em>{i18n.t('budgetUnstated')}</em> : i18n.vnd(b.amount)),
      sortValue: (b) => (b.amount === null ? null : Number(b.amount)),
      exportValue: (b) => b.amount,
      numeric: true,
    },
    { key: 'activity', header: i18n.t('activity'), cell: (b) => <span lang="vi">{b.activity}</span>, sortValue: (b) => b.activity },
  ];
  const milestoneColumns: Column<Milestone>[] = [
    { key: 'deadline', header: i18n.t('deadline'), cell: (m) => i18n.date(m.deadline), sortValue: (m) => m.deadline },
    { key: 'title', header: i18n.t('name'), rowHeader: true, cell: (m) => <span lang="vi">{m.title}</span>, sortValue: (m) => m.title },
    { key: 'kind', header: i18n.t('kind'), cell: (m) => i18n.label(MILESTONE_KIND_LABELS, m.kind), sortValue: (m) => m.kind, exportValue: (m) => m.kind },
    { key: 'scope', header: i18n.t('scope'), cell: (m) => unitHeading(m.scopeUnit, i18n.lang), sortValue: (m) => m.scopeUnit.name },
    {
      key: 'wording',
      header: i18n.t('wording'),
      cell: (m) => (
        <span className="wording" lang="vi">
          {m.wording ?? '—'}
        </span>
      ),
      exportValue: (m) => m.wording,
    },
  ];
  const plan = query.data ?? null;
  return (
    <>
      <Panel id="plan-detail" title={plan?.title ?? i18n.t('plan')} query={query} isEmpty={(p) => !p}>
        {(p) => {
          const d = p as PlanDetail;
          return (
            <>
              <dl className="definition-list">
                <dt>{i18n.t('planIssuer')}</dt>
                <dd>{d.issuerName}</dd>
                {d.documentNumber ? (
                  <>
                    <dt>{i18n.t('documentNumber')}</dt>
                    <dd>{d.documentNumber}</dd>
                  </>
                ) : null}
                <dt>{i18n.t('issuedOn')}</dt>
                <dd>{i18n.date(d.issuedOn)}</dd>
                <dt>{i18n.t('period')}</dt>
                <dd>
                  {i18n.date(d.periodStart)} – {i18n.date(d.periodEnd)}
                </dd>
                {d.source ? (
                  <>
                    <dt>{i18n.t('sourceDoc')}</dt>
                    <dd lang="vi">{d.title}</dd>
                  </>
                ) : null}
              </dl>
              <p className="panel-summary">
                {i18n.t('planTargetsSummary', { count: d.targets.length, milestones: d.milestones.length, lines: d.budgetAllocations.length })}
              </p>
              <p>
                <Link href={hrefOf('overview', { ...carryState(state), plan: d.id, asOf: null })}>{i18n.t('openOverview')} →</Link>
              </p>
            </>
          );
        }}
      </Panel>
      <Panel
        id="plan-targets"
        title={i18n.t('planTargets', { count: plan?.targets.length ?? 0 })}
        query={mapQuery(query, (p) => p?.targets ?? [])}
        isEmpty={(t) => t.length === 0}
        exportTable={(t) => tableExport(i18n.t('planTargets', { count: t.length }), targetColumns, t)}
      >
        {(t) => <DataTable caption={i18n.t('planTargets', { count: t.length })} captionHidden columns={targetColumns} rows={t} rowKey={(x) => x.id} />}
      </Panel>
      <div className="stack">
        <Panel
          id="plan-budget"
          title={i18n.t('planBudget')}
          query={mapQuery(query, (p) => p?.budgetAllocations ?? [])}
          isEmpty={(b) => b.length === 0}
          exportTable={(b) => tableExport(i18n.t('planBudget'), budgetColumns, b)}
        >
          {(b) => <DataTable caption={i18n.t('planBudget')} captionHidden columns={budgetColumns} rows={b} rowKey={(x) => x.id} />}
        </Panel>
        <Panel
          id="plan-milestones"
          title={i18n.t('planMilestones')}
          query={mapQuery(query, (p) => p?.milestones ?? [])}
          isEmpty={(m) => m.length === 0}
          exportTable={(m) => tableExport(i18n.t('planMilestones'), milestoneColumns, m)}
        >
          {(m) => (
            <DataTable caption={i18n.t('planMilestones')} captionHidden columns={milestoneColumns} rows={m} rowKey={(x) => x.id} defaultSort="deadline" />
          )}
        </Panel>
      </div>
    </>
  );
}
