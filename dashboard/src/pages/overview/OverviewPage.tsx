// Tổng quan: one card per target of the chosen plan on the as-of date, the
// plan's budget, the attention list and the milestones; each figure says
// whether its data is approved. On either unit map; printable.
import { useAlerts } from '../../api/alerts.ts';
import { useMe } from '../../api/me.ts';
import { useTargetProgress } from '../../api/target-progress.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { useViewState } from '../../app/view-state.ts';
import { ExportMetaProvider } from '../../components/export-meta.tsx';
import { DateField, FilterBar, SelectField } from '../../components/fields.tsx';
import { mapQuery, Panel } from '../../components/Panel.tsx';
import { unitHeading } from '../../lib/units.ts';
import { countBy } from '../../lib/reshape.ts';
import { ProvinceField } from '../shared/ProvinceField.tsx';
import { ReadingFields, useReadingMeta } from '../shared/ReadingFields.tsx';
import { usePlanChoice } from '../shared/plan-choice.ts';
import { targetsExport } from '../../lib/target-export.ts';
import { TargetCard } from '../shared/TargetCard.tsx';
import { AlertsPanel } from './AlertsPanel.tsx';
import { DistrictTargetPanel } from './DistrictTargetPanel.tsx';
import { BudgetPanel } from './BudgetPanel.tsx';
import { MilestonesPanel } from './MilestonesPanel.tsx';
import { overviewRequests } from './overview-requests.ts';

export default function OverviewPage() {
  const { state, update } = useViewState();
  const i18n = useI18n();
  const { plans, plan, asOf } = usePlanChoice(state);
  const requests = overviewRequests(plan, asOf, state);
  const progress = useTargetProgress(requests?.progress ?? null);
  const alerts = useAlerts(requests?.alerts ?? null);
  const me = useMe();

  const filters = useReadingMeta();
  if (plan) filters.push([i18n.t('plan'), plan.title]);

  return (
    <ExportMetaProvider value={{ filters, asOf }}>
      <FilterBar>
        <ProvinceField map={state.map} value={state.province} onChange={(province) => update({ province, plan: null, asOf: null })} />
        {plans.status === 'success' && plans.data.length ? (
          <SelectField
            name="plan"
            label={i18n.t('plan')}
            value={plan?.id ?? null}
            options={plans.data.map((p) => ({ value: p.id, label: `${p.year} · ${unitHeading(p.issuer, i18n.lang)} · ${p.title}` }))}
            onChange={(id) => update({ plan: id, asOf: null })}
          />
        ) : null}
        {asOf ? <DateField name="asOf" label={i18n.t('asOf')} value={asOf} onChange={(d) => update({ asOf: d })} /> : null}
        <ReadingFields />
        <div className="field field-action">
          <button type="button" className="btn" onClick={() => window.print()}>
            {i18n.t('print')}
          </button>
        </div>
      </FilterBar>
      {plan ? (
        <p className="plan-heading">
          <strong>{plan.title}</strong> · {i18n.t('asOf')} <span data-field="asOf">{i18n.date(asOf)}</span>
        </p>
      ) : null}

      {plans.status !== 'success' || !plans.data.length ? (
        <Panel title={i18n.t('plan')} query={plans} isEmpty={(d) => d.length === 0}>
          {() => null}
        </Panel>
      ) : (
        <div className="overview-grid">
          <div className="overview-main">
            <Panel
              id="targets"
              className="panel-targets"
              title={i18n.t('targetsTitle')}
              query={mapQuery(progress, (d) => d?.targets ?? [])}
              isEmpty={(t) => t.length === 0}
              exportTable={(t) => targetsExport(i18n.t('targetsTitle'), t, i18n)}
            >
              {(targets) => {
                const c = countBy(targets.map((t) => t.status));
                const a = countBy(targets.map((t) => t.approval.state));
                return (
                  <>
                    <p className="panel-summary">
                      {i18n.t('targetsSummary', {
                        count: targets.length,
                        achieved: c.achieved ?? 0,
                        onTrack: c.on_track ?? 0,
                        atRisk: c.at_risk ?? 0,
                        offTrack: c.off_track ?? 0,
                        notAchieved: c.not_achieved ?? 0,
                        notStarted: c.not_started ?? 0,
                        noData: (c.no_data ?? 0) + (c.invalid_definition ?? 0),
                      })}
                    </p>
                    <p className="panel-summary" data-field="approval-summary">
                      {i18n.t('approvalTargets', { approved: a.approved ?? 0, partly: a.partly_approved ?? 0, none: a.not_approved ?? 0 })}
                    </p>
                    <div className="card-grid">
                      {targets.map((t) => (
                        <TargetCard key={t.target.id} progress={t} />
                      ))}
                    </div>
                  </>
                );
              }}
            </Panel>
            {progress.status === 'success'
              ? (progress.data?.targets ?? [])
                  .filter((t) => t.districts.length)
                  .map((t) => <DistrictTargetPanel key={t.target.id} progress={t} ownUnit={me.data?.unit?.code ?? null} />)
              : null}
          </div>
          <div className="overview-side">
            <BudgetPanel query={mapQuery(progress, (d) => d?.plan.budgetAllocations ?? [])} />
            <AlertsPanel query={alerts} />
            <MilestonesPanel query={mapQuery(progress, (d) => d?.milestones ?? [])} />
          </div>
        </div>
      )}
    </ExportMetaProvider>
  );
}
