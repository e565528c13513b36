// The approval screen's own words in the view's language (lib/i18n-approvals.ts).
import { useTranslator } from '../../app/i18n-context.tsx';
import { translateApprovals, type ApprovalsKey } from '../../lib/i18n-approvals.ts';
import type { Params } from '../../lib/i18n.ts';

export type ApprovalsText = (key: ApprovalsKey, params?: Params) => string;

export function useApprovalsText(): ApprovalsText {
  return useTranslator(translateApprovals);
}
