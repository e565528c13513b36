// Cần chú ý: the server's attention list, most severe first.
import type { Alert } from '../../api/alerts.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel, type PanelQuery } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { exportOf } from '../../lib/export-table.ts';
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
      exportTable={(alerts) =>
        exportOf(
          title,
          [
            { code: 'severity', header: i18n.t('export.severity'), show: (a) => i18n.label(SEVERITY_LABELS, a.severity), value: (a) => a.severity },
            { code: 'kind', header: i18n.t('kind'), show: (a) => i18n.label(ALERT_KIND_LABELS, a.kind), value: (a) => a.kind },
            { code: 'message', header: i18n.t('name'), show: (a) => (i18n.lang === 'vi' ? a.messageVi : a.messageEn) },
            { code: 'unit', header: i18n.t('place'), show: (a) => a.unit?.name ?? '' },
            { code: 'count', header: i18n.t('count'), show: (a) => a.count },
          ],
          sortRows(alerts, (a) => SEVERITY_ORDER.indexOf(a.severity), 'asc'),
        )
      }
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
