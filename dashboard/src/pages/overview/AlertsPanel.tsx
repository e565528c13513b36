// Cần chú ý: the server's attention list, most severe first.
import type { Alert } from '../../api/alerts.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel, type PanelQuery } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ALERT_KIND_LABELS, SEVERITY_LABELS } from '../../lib/i18n.ts';
import { sortRows } from '../../lib/reshape.ts';
import { SEVERITY_LOOK, SEVERITY_ORDER } from '../../lib/status.ts';

export function AlertsPanel({ query }: { query: PanelQuery<Alert[]> }) {
  const i18n = useI18n();
  const title = i18n.t('alertsTitle');
  return (
    <Panel
      id="alerts"
      title={title}
      query={query}
      exportTable={(alerts) => ({
        title,
        headers: ['severity', 'kind', i18n.t('name'), 'unit', 'count'],
        rows: alerts.map((a) => [a.severity, a.kind, i18n.lang === 'vi' ? a.messageVi : a.messageEn, a.unit?.name ?? '', a.count]),
      })}
    >
      {(alerts) =>
        alerts.length === 0 ? (
          <p className="panel-empty">{i18n.t('alertsNone')}</p>
        ) : (
          <ul className="alert-list">
            {sortRows(alerts, (a) => SEVERITY_ORDER.indexOf(a.severity), 'asc').map((a, i) => (
              <li key={i} className={`alert alert-${a.severity}`} data-kind={a.kind}>
                <StatusBadge value={a.severity} looks={SEVERITY_LOOK} labels={SEVERITY_LABELS} />
                <div>
                  <p className="alert-kind">{i18n.label(ALERT_KIND_LABELS, a.kind)}</p>
                  <p className="alert-message">{i18n.lang === 'vi' ? a.messageVi : a.messageEn}</p>
                </div>
              </li>
            ))}
          </ul>
        )
      }
    </Panel>
  );
}
