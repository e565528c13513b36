// The plan's milestones as a timeline, by deadline.
import type { MilestoneProgress } from '../../api/target-progress.ts';
import { useI18n } from '../../app/i18n-context.tsx';
import { Panel, type PanelQuery } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
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
      exportTable={(ms) => ({
        title,
        headers: ['deadline', i18n.t('name'), i18n.t('kind'), i18n.t('status'), 'done_on', 'late'],
        rows: ms.map((m) => [m.milestone.deadline, m.milestone.title, i18n.label(MILESTONE_KIND_LABELS, m.milestone.kind), m.status, m.doneOn, m.late]),
      })}
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
