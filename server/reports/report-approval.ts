// What was approved of a period's data, as the report states it: the same
// approval coverage every figure carries (server/approvals), over the report's
// data window up to its as-of date, for every reporting unit under the report's unit.
import type { Context } from '../context.ts';
import { formatDate } from '../common/dates.ts';
import { approvalCoverage } from '../approvals/period-approval.service.ts';
import { ApprovalState, type ApprovalCoverage } from '../approvals/period-approval.types.ts';
import type { ReportWindow } from './report-period.ts';
import type { ReportUnit } from './report.repository.ts';
import { ReportApproval } from './report.types.ts';

function statement(c: ApprovalCoverage, from: string, to: string): string {
  const window = `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
  const pending = [c.submitted ? `${c.submitted} đang chờ phê duyệt` : '', c.returned ? `${c.returned} đã bị trả lại để bổ sung` : '']
    .filter(Boolean)
    .join(', ');
  switch (c.state) {
    case ApprovalState.approved:
      return `Số liệu của toàn bộ ${c.periods} tháng báo cáo của các đơn vị (${window}) đã được phê duyệt.`;
    case ApprovalState.partly_approved:
      return (
        `Đã phê duyệt số liệu của ${c.approved}/${c.periods} tháng báo cáo của các đơn vị (${window})` +
        `${pending ? `; ${pending}` : ''}. Các số liệu còn lại là số liệu đã nhập vào hệ thống, chưa được phê duyệt.`
      );
    case ApprovalState.not_approved:
      return (
        `Chưa có tháng báo cáo nào (${window}) được phê duyệt${pending ? ` (${pending})` : ''}: ` +
        'các số liệu trong báo cáo là số liệu đã nhập vào hệ thống, chưa được phê duyệt.'
      );
    case ApprovalState.no_periods:
      return `Không có đơn vị báo cáo nào trong phạm vi và thời gian của kỳ báo cáo (${window}): các số liệu chưa qua phê duyệt.`;
  }
}

/** The approval of the unit's data from the window's first day to the report's as-of date, and the sentence the report prints. */
export async function reportApproval(ctx: Context, unit: ReportUnit, window: ReportWindow, asOf: string): Promise<ReportApproval> {
  const [coverage] = await approvalCoverage(ctx.db, [{ scopeId: unit.id, from: window.from, to: asOf }]);
  return Object.assign(new ReportApproval(), {
    recorded: coverage.approved + coverage.submitted + coverage.returned > 0,
    coverage,
    statement: statement(coverage, window.from, asOf),
  });
}
