// A target set for every district, district by district: a bar per district
// coloured by whether it met its own target (with its marker), the signed-in
// officer's own district outlined, and the same figures as a table (printed).
import type { TargetProgress } from '../../api/target-progress.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { BarChartView } from '../../charts/BarChartView.tsx';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ACTUAL_COLOR, TONE_COLORS } from '../../charts/palette.ts';
import { ready, Panel } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatTarget, formatValue } from '../../lib/format.ts';
import { STATUS_LABELS } from '../../lib/i18n.ts';
import { lookOf, PROGRESS_LOOK, PROGRESS_ORDER } from '../../lib/status.ts';
import { targetTitle } from '../../lib/targets.ts';
import { unitHeading } from '../../lib/units.ts';
import { DistrictStatusTable } from '../shared/DistrictStatusTable.tsx';

export function DistrictTargetPanel({ progress: p, ownUnit }: { progress: TargetProgress; ownUnit: string | null }) {
  const i18n = useI18n();
  const metric = targetTitle(p.metric, p.target.params, i18n.lang);
  const title = i18n.t('byDistrictOf', { metric });
  const rows = p.districts.map((d) => {
    const own = d.target.scopeUnit.code === ownUnit;
    return {
      code: d.target.scopeUnit.code,
      name: `${unitHeading(d.target.scopeUnit, i18n.lang)}${own ? ` (${i18n.t('ownUnit')})` : ''}`,
      actual: d.actual,
      target: d.targetMin,
      targetMax: d.targetMax,
      status: d.status,
      color: TONE_COLORS[lookOf(PROGRESS_LOOK, d.status).tone],
      own,
    };
  });
  const met = rows.filter((r) => r.status === 'achieved').length;
  const lowest = [...rows].sort((a, b) => (a.actual ?? 0) / (a.target || 1) - (b.actual ?? 0) / (b.target || 1))[0];
  const statuses = PROGRESS_ORDER.filter((s) => rows.some((r) => r.status === s));
  const unit = p.districts[0]?.unit ?? 'count';
  return (
    <Panel id={`districts-of-${p.target.id}`} className="panel-district-target" title={title} query={ready(rows)}>
      {(data) => (
        <div className="district-target">
          <ChartFigure
            height={data.length * 28 + 40}
            summary={i18n.t('byDistrictSummary', {
              met,
              count: data.length,
              lowest: lowest?.name ?? '—',
              lowestValue: formatValue(lowest?.actual, unit, i18n.lang),
              lowestTarget: lowest ? formatTarget(lowest.target, lowest.targetMax, unit, i18n.lang) : '—',
            })}
          >
            <BarChartView
              title={title}
              data={data}
              categoryKey="name"
              horizontal
              categoryWidth={150}
              height={data.length * 28 + 40}
              series={[{ key: 'actual', label: i18n.t('actual'), color: ACTUAL_COLOR }]}
              targetKey="target"
              targetLabel={i18n.t('target')}
              valueFormat={(v) => formatValue(v, unit, i18n.lang)}
              tickFormat={(v) => i18n.num(v, 0)}
              colorKey="color"
              highlightKey="own"
            />
          </ChartFigure>
          <div>
            <p className="status-legend">
              {statuses.map((s) => (
                <StatusBadge key={s} value={s} looks={PROGRESS_LOOK} labels={STATUS_LABELS} />
              ))}
            </p>
            <div className="table-wrap district-target-table">
              <DistrictStatusTable caption={title} districts={p.districts} ownUnit={ownUnit} />
            </div>
          </div>
        </div>
      )}
    </Panel>
  );
}
