// Whether the data behind a figure is approved, as colour AND icon AND word;
// a partly approved figure also says how many of its reporting periods are.
import type { Approval } from '../api/target-progress.ts';
import { useI18n } from '../app/i18n-context.tsx';
import { APPROVAL_STATE_LABELS } from '../lib/i18n.ts';
import { APPROVAL_LOOK } from '../lib/status.ts';
import { StatusBadge } from './StatusBadge.tsx';

export function ApprovalBadge({ approval }: { approval: Approval }) {
  const i18n = useI18n();
  const count = approval.state === 'partly_approved' ? i18n.t('approvalCount', { approved: approval.approved, periods: approval.periods }) : undefined;
  return (
    <span className="approval" data-approval={approval.state} title={approvalSentence(approval, i18n)}>
      <StatusBadge value={approval.state} looks={APPROVAL_LOOK} labels={APPROVAL_STATE_LABELS} suffix={count} />
    </span>
  );
}

/** The coverage in a sentence (tooltips, exports). */
export function approvalSentence(a: Approval, i18n: ReturnType<typeof useI18n>): string {
  return i18n.t('approvalExplained', {
    state: i18n.label(APPROVAL_STATE_LABELS, a.state).toLowerCase(),
    approved: a.approved,
    periods: a.periods,
    submitted: a.submitted,
    returned: a.returned,
  });
}
