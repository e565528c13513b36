// The periods under the chosen filter (by default those waiting for someone),
// each with its stage, due day, who submitted and decided it and why it was
// returned or reopened, and the steps the user's role may take: each asks for
// confirmation (and, to return or reopen, a reason), then says what it did
// or, in the view's language, why the hub refused it.
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { Me } from '../../api/me.ts';
import { actOnPeriod } from '../../api/period-approval.ts';
import type { ReportingPeriod, ReportingPeriods } from '../../api/reporting-periods.ts';
import { useI18n, type I18n } from '../../app/i18n-context.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DataTable, tableExport, type Column } from '../../components/DataTable.tsx';
import { errorMessage, mapQuery, Panel, type PanelQuery } from '../../components/Panel.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { actionsFor, capitalise, matchesFilter, periodLabel, type PeriodAction } from '../../lib/approvals.ts';
import { formatDateTime } from '../../lib/date.ts';
import { canWrite } from '../../lib/entry.ts';
import { ENUM_LABELS } from '../../lib/i18n.ts';
import { STAGE_LOOK } from '../../lib/status.ts';
import type { StageFilter } from '../../lib/url-state.ts';
import { useApprovalsText, type ApprovalsText } from './approvals-text.ts';

interface Pending {
  action: PeriodAction;
  period: ReportingPeriod;
}

const NEEDS_REASON: readonly PeriodAction[] = ['return', 'reopen'];

export function PeriodList({ query, filter }: { query: PanelQuery<[Me | null, ReportingPeriods | null]>; filter: StageFilter | null }) {
  const i18n = useI18n();
  const tx = useApprovalsText();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const role = query.data?.[0]?.role;
  const names = (p: ReportingPeriod) => ({ period: periodLabel(p.kind, p.year, p.number, i18n.lang), unit: `${p.unit.type} ${p.unit.name}` });
  const who = (at: string | null | undefined, user: { displayName: string | null; username: string } | null | undefined) =>
    at ? tx('by', { when: formatDateTime(at, i18n.lang), who: user ? (user.displayName ?? user.username) : '—' }) : '—';

  const columns: Column<ReportingPeriod>[] = [
    { key: 'unit', header: tx('colUnit'), rowHeader: true, cell: (p) => `${p.unit.type} ${p.unit.name}`, sortValue: (p) => p.unit.name },
    {
      key: 'period',
      header: tx('colPeriod'),
      cell: (p) => capitalise(periodLabel(p.kind, p.year, p.number, i18n.lang)),
      sortValue: (p) => p.periodStart,
      exportValue: (p) => p.periodStart,
    },
    { key: 'due', header: tx('colDue'), cell: (p) => i18n.date(p.dueOn), sortValue: (p) => p.dueOn },
    {
      key: 'stage',
      header: tx('colStage'),
      cell: (p) => (
        <>
          <StatusBadge value={p.stage} looks={STAGE_LOOK} labels={ENUM_LABELS.ReportingStage} />
          {p.overdue ? (
            <span className="tag tag-overdue" data-field="overdue">
              {tx('overdue')}
            </span>
          ) : null}
        </>
      ),
      sortValue: (p) => p.stage,
      exportValue: (p) => `${i18n.label(ENUM_LABELS.ReportingStage, p.stage)}${p.overdue ? ` (${tx('overdue')})` : ''}`,
    },
    {
      key: 'submitted',
      header: tx('colSubmitted'),
      cell: (p) => who(p.approval?.submittedAt, p.approval?.submittedBy),
      sortValue: (p) => p.approval?.submittedAt,
    },
    { key: 'decided', header: tx('colDecided'), cell: (p) => who(p.approval?.decidedAt, p.approval?.decidedBy), sortValue: (p) => p.approval?.decidedAt },
    {
      key: 'reason',
      header: tx('colReason'),
      cell: (p) => (p.approval?.reason ? <q data-field="reason">{p.approval.reason}</q> : '—'),
      exportValue: (p) => p.approval?.reason ?? null,
    },
    {
      key: 'actions',
      header: tx('colActions'),
      cell: (p) => (
        <span className="row-actions">
          {actionsFor(role, p.stage).map((action) => (
            <button
              key={action}
              type="button"
              className={`btn btn-small${action === 'approve' || action === 'submit' ? ' btn-primary' : ''}`}
              data-action={action}
              aria-label={`${tx(`action.${action}`)}: ${capitalise(names(p).period)}, ${names(p).unit}`}
              onClick={() => {
                setDone(null);
                setPending({ action, period: p });
              }}
            >
              {tx(`action.${action}`)}
            </button>
          ))}
        </span>
      ),
    },
  ];

  const confirm = async (reason: string): Promise<string | null> => {
    if (!pending) return null;
    try {
      await actOnPeriod(pending.action, pending.period, reason);
      setDone(tx(`done.${pending.action}`, names(pending.period)));
      return null;
    } catch (e) {
      return refusal(e as Error, i18n, tx);
    }
  };

  const filterName = tx(`filter.${filter ?? 'action'}`);
  return (
    <Panel
      id="approval-list"
      title={tx('listTitle', { filter: filterName })}
      query={mapQuery(query, ([, p]) => (p?.periods ?? []).filter((x) => matchesFilter(x, filter)))}
      exportTable={(rows) => tableExport(tx('listTitle', { filter: filterName }), columns, rows)}
    >
      {(rows) => (
        <>
          <div aria-live="polite">
            {done ? (
              <p className="report-verdict tone-good" role="status" data-field="done">
                <span aria-hidden="true">✓</span> {done}
              </p>
            ) : null}
          </div>
          {!canWrite(role) ? <p className="notice">{tx('noActions')}</p> : null}
          {rows.length === 0 ? (
            <p className="panel-empty">{tx('listEmpty')}</p>
          ) : (
            <DataTable
              caption={tx('listTitle', { filter: filterName })}
              captionHidden
              columns={columns}
              rows={rows}
              rowKey={(p) => `${p.unit.code}:${p.unit.validTo ?? ''}:${p.number}`}
              defaultSort="due"
            />
          )}
          {pending ? (
            <ConfirmDialog
              title={tx(`confirm.${pending.action}.title`, names(pending.period))}
              confirmLabel={tx(`action.${pending.action}`)}
              busyLabel={tx('working')}
              requiredText={tx('reasonRequired')}
              tone={pending.action === 'return' || pending.action === 'reopen' ? 'danger' : 'primary'}
              onConfirm={confirm}
              onClose={() => setPending(null)}
              {...(NEEDS_REASON.includes(pending.action) ? { reasonLabel: tx('reasonLabel'), reasonHint: tx('reasonHint') } : {})}
            >
              <p>{tx(`confirm.${pending.action}.text`)}</p>
            </ConfirmDialog>
          ) : null}
        </>
      )}
    </Panel>
  );
}

/** The hub's refusal in a sentence (its message is already in the view's language). */
function refusal(err: Error, i18n: I18n, tx: ApprovalsText): string {
  if (!(err instanceof ApiError) || err.kind !== 'graphql') return errorMessage(err, i18n);
  const message = err.details.map((d) => d.message).join('; ');
  if (err.code === 'FORBIDDEN') return tx('errForbidden', { message });
  if (err.code === 'CONFLICT') return tx('errConflict', { message });
  return tx('errRefused', { message });
}
