// The plan's milestones as a timeline, by deadline.
import type { MilestoneProgress } from '../../api/target-progress.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel, type PanelQuery } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { exportOf } from '../../lib/export-table.ts';
import { MILESTONE_KIND_LABELS, MILESTONE_STATUS_LABELS } from '../../lib/i18n.ts';
import { MILESTONE_LOOK } from '../../lib/status.ts';

export function MilestonesPanel({ query }: { query: PanelQuery<MilestoneProgress[]> }) {
  const i18n = useI18n();
  const title = i18n.t('milestonesTitle');
  return (
    <Panel
      id="milestones"
      title={title}
      query={query}
      isEmpty={(m) => m.length === 0}
      exportTable={(ms) =>
        exportOf(
          title,
          [
            { code: 'deadline', header: i18n.t('deadline'), show: (m) => i18n.date(m.milestone.deadline), value: (m) => m.milestone.deadline },
            { code: 'title', header: i18n.t('name'), show: (m) => m.milestone.title },
            { code: 'kind', header: i18n.t('kind'), show: (m) => i18n.label(MILESTONE_KIND_LABELS, m.milestone.kind), value: (m) => m.milestone.kind },
            { code: 'status', header: i18n.t('status'), show: (m) => i18n.label(MILESTONE_STATUS_LABELS, m.status), value: (m) => m.status },
            { code: 'done_on', header: i18n.t('export.doneOn'), show: (m) => (m.doneOn ? i18n.date(m.doneOn) : ''), value: (m) => m.doneOn },
            { code: 'late', header: i18n.t('export.late'), show: (m) => i18n.t(m.late ? 'export.yes' : 'export.no'), value: (m) => m.late },
          ],
          ms,
        )
      }
    >
      {(ms) => <Timeline items={ms} />}
    </Panel>
  );
}

export function Timeline({ items }: { items: MilestoneProgress[] }) {
  const i18n = useI18n();
  return (
    <ol className="timeline">
      {items.map((m) => (
        <li key={m.milestone.id} className={`timeline-item status-${m.status}`}>
          <p className="timeline-date">
            <time dateTime={m.milestone.deadline}>{i18n.date(m.milestone.deadline)}</time>
          </p>
          <div className="timeline-body">
            <p className="timeline-title">{m.milestone.title}</p>
            <p className="timeline-meta">
              {i18n.label(MILESTONE_KIND_LABELS, m.milestone.kind)} · {m.milestone.scopeUnit.name}
            </p>
            <StatusBadge
              value={m.status}
              looks={MILESTONE_LOOK}
              labels={MILESTONE_STATUS_LABELS}
              suffix={m.doneOn ? `${i18n.t('milestoneDoneOn', { date: i18n.date(m.doneOn) })}${m.late ? ` (${i18n.t('milestoneLate')})` : ''}` : undefined}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
