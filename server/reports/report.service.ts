// The periodic report of a unit for a period: the window of Decree 09/2019,
// the figures read on its cut-off (or today while it runs), the officer's
// draft and the approval state, composed into one model; and that model
// written as DOCX or PDF.
import { formatDate, minDate, today } from '../common/dates.ts';
import { badInput, notFound, userError } from '../common/errors.ts';
import type { Context } from '../context.ts';
import { reportApproval } from './report-approval.ts';
import { writeReportFile } from './report-files.ts';
import { reportFigures } from './report-figures.ts';
import { buildReport } from './report-model.ts';
import { periodLabel, periodWindow } from './report-period.ts';
import { unitName } from './report-sentences.ts';
import { findDraft, plansForUnit, unitByCode, unitReadable } from './report.repository.ts';
import { ReportFile, ReportFormat, type PeriodicReport, type ReportArgs } from './report.types.ts';

export async function periodicReport(ctx: Context, args: ReportArgs): Promise<PeriodicReport> {
  const code = args.unitCode.trim();
  if (!/^\d{2,5}$/.test(code))
    throw badInput('unitCode', {
      vi: `cần mã GSO của một đơn vị hành chính (2–5 chữ số), nhận được "${args.unitCode}"`,
      en: `expected the GSO code of an administrative unit (2–5 digits), got "${args.unitCode}"`,
    });
  const window = periodWindow(args.period, args.year, args.endMonth);
  const now = today();
  if (window.from > now) {
    const label = periodLabel(window);
    throw badInput('year', {
      vi: `kỳ báo cáo ${label.vi} chưa bắt đầu (bắt đầu ngày ${formatDate(window.from)})`,
      en: `the reporting period ${label.en} has not started yet (it starts on ${formatDate(window.from)})`,
    });
  }
  const asOf = minDate(window.to, now);
  const unit = await unitByCode(ctx.db, code, asOf);
  if (!unit) throw notFound({ vi: 'đơn vị hành chính có mã', en: 'Administrative unit with code' }, code);
  if (!(await unitReadable(ctx.db, unit.id))) {
    // Refused here, not by the request guard: the code is read on the period's cut-off, which the guard does not know.
    throw userError(
      'FORBIDDEN',
      {
        vi: `Bạn không được xem báo cáo của ${unitName(unit)}: đơn vị này nằm ngoài phạm vi dữ liệu của bạn.`,
        en: `You may not read the report of ${unit.type} ${unit.name}: it lies outside the units you may read.`,
      },
      { argument: 'unitCode', http: { status: 403 } },
    );
  }
  const chosen = args.planIds?.length ? args.planIds : null;
  const figures = await reportFigures(ctx, unit, window, asOf, chosen);
  const [draft, approval, available] = await Promise.all([
    findDraft(ctx.db, unit.id, window.code, window.year, window.endMonth),
    reportApproval(ctx, unit, window, asOf),
    chosen ? plansForUnit(ctx.db, unit.id, window.year, null) : figures.plans,
  ]);
  return Object.assign(buildReport(figures, draft ?? null, approval), { availablePlans: available });
}

const FILE_TYPES: Record<ReportFormat, { extension: string; contentType: string }> = {
  [ReportFormat.DOCX]: { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  [ReportFormat.PDF]: { extension: 'pdf', contentType: 'application/pdf' },
};

/** "Bao-cao-OCOP-tinh-Bac-Giang-nam-2024": readable and safe in any file system. */
function reportFileName(r: PeriodicReport): string {
  return `Báo cáo OCOP ${r.unitName} ${r.period.labelVi}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function periodicReportFile(ctx: Context, args: ReportArgs, format: ReportFormat): Promise<ReportFile> {
  const report = await periodicReport(ctx, args);
  const type = FILE_TYPES[format];
  const data = await writeReportFile(format, report);
  return Object.assign(new ReportFile(), {
    fileName: `${reportFileName(report)}.${type.extension}`,
    contentType: type.contentType,
    byteSize: data.length,
    base64: data.toString('base64'),
  });
}
