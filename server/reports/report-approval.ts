// What was approved of a period's data, as the report states it. The hub has
// no approval of periods yet (issue 14 adds it): until then the source below
// says so, and the report prints that its figures are unapproved. The period
// approval domain replaces `approvalSource` with one that reads its records.
import type { Context } from '../context.ts';
import { formatDate } from '../common/dates.ts';
import type { ReportWindow } from './report-period.ts';
import type { ReportUnit } from './report.repository.ts';
import { ReportApproval } from './report.types.ts';

/** Reads the approval state of a unit's period; the report prints its statement as it is. */
export type ReportApprovalSource = (ctx: Context, unit: ReportUnit, window: ReportWindow) => Promise<ReportApproval>;

/** No approval records exist: the report says its figures have not been approved in the hub. */
export const noApprovalRecords: ReportApprovalSource = async (_ctx, _unit, window) =>
  Object.assign(new ReportApproval(), {
    recorded: false,
    statement:
      `Hệ thống chưa có dữ liệu phê duyệt số liệu của kỳ báo cáo (từ ngày ${formatDate(window.from)} đến ngày ${formatDate(window.to)}): ` +
      'các số liệu trong báo cáo là số liệu đã nhập vào hệ thống, chưa được phê duyệt.',
  });

export const approvalSource: ReportApprovalSource = noApprovalRecords;
