// Rules for writing the officer's part of a report: one draft per unit and
// period, a unit that existed during the period, an issue date not before the
// cut-off, and texts of a length a report can hold.
import { formatDate } from '../common/dates.ts';
import { TEXT_MAX, textLimitOf } from '../common/text-rules.ts';
import type { Label } from '../labels/language.ts';
import { RecordWriter, type Values } from '../writes/record-writer.ts';
import { isNewOrChanged } from '../writes/rules.ts';
import { unitsById } from '../writes/write.repository.ts';
import { ReportDraft } from './report-draft.entity.ts';
import type { ReportDraftInput } from './report-draft.inputs.ts';
import { periodProblem, periodWindow } from './report-period.ts';
import { otherDraftId } from './report.repository.ts';

/** Longest text each field may hold, in characters. */
const MAX_LENGTH: Partial<Record<keyof ReportDraftInput, number>> = {
  documentNumber: 20,
  signerTitle: 200,
  signerName: 100,
  recipients: TEXT_MAX,
  // The request guard's caps for any argument of these names: one value each.
  difficulties: textLimitOf('difficulties'),
  proposals: textLimitOf('proposals'),
};

/** Typed text as stored: NFC, trimmed, blank as null. */
function text(value: string | null | undefined): string | null {
  const t = value?.normalize('NFC').trim();
  return t ? t : null;
}

const tooLong = (max: number, length: number): Label => ({
  vi: `dài tối đa ${max.toLocaleString('vi-VN')} ký tự, nhận được ${length.toLocaleString('vi-VN')}`,
  en: `at most ${max.toLocaleString('en')} characters, got ${length.toLocaleString('en')}`,
});

export const reportDraftWriter = new RecordWriter<ReportDraft, ReportDraftInput>({
  entity: ReportDraft,
  unique: {
    report_draft_period_key: {
      field: 'input.period',
      message: { vi: 'đơn vị đã có bản nháp báo cáo cho kỳ này', en: 'the unit already has a report draft for this period' },
    },
  },
  // Only its own unit: a draft points at no other row.
  refers: {},
  values(input): Values {
    const window = periodProblem(input.period, input.year, input.endMonth) ? null : periodWindow(input.period, input.year, input.endMonth);
    return {
      unitId: input.unitId,
      period: input.period,
      year: input.year,
      // Undefined when the period is not valid: the rules report it.
      endMonth: window?.endMonth,
      documentNumber: text(input.documentNumber),
      issuedOn: input.issuedOn ?? null,
      signerTitle: text(input.signerTitle),
      signerName: text(input.signerName),
      recipients: text(input.recipients),
      difficulties: text(input.difficulties),
      proposals: text(input.proposals),
    };
  },
  async check(w, input, record, before, problems) {
    const problem = periodProblem(input.period, input.year, input.endMonth);
    if (problem) {
      problems.add(`input.${problem.field}`, problem.message);
      return;
    }
    const window = periodWindow(input.period, input.year, input.endMonth);
    if (isNewOrChanged(before, record, 'unitId', 'period', 'year', 'endMonth')) {
      const [unit] = await unitsById(w.tx, [input.unitId]);
      if (!unit) problems.add('input.unitId', { vi: `không có đơn vị hành chính ${input.unitId}`, en: `there is no administrative unit ${input.unitId}` });
      else if ((unit.validFrom && unit.validFrom > window.to) || (unit.validTo && unit.validTo < window.from)) {
        const during = `${formatDate(window.from)}–${formatDate(window.to)}`;
        problems.add('input.unitId', {
          vi: `${unit.type} ${unit.name} không tồn tại trong kỳ báo cáo (${during})`,
          en: `${unit.type} ${unit.name} did not exist during the reporting period (${during})`,
        });
      }
      const other = await otherDraftId(w.tx, { unitId: input.unitId, period: input.period, year: input.year, endMonth: window.endMonth }, before?.id ?? null);
      if (other !== undefined) {
        problems.add('input.period', {
          vi: `đơn vị đã có bản nháp báo cáo cho kỳ này (bản nháp ${other}): hãy sửa bản nháp đó`,
          en: `the unit already has a report draft for this period (draft ${other}): update that one`,
        });
      }
    }
    if (input.issuedOn && input.issuedOn < window.to) {
      problems.add('input.issuedOn', {
        vi: `ngày ban hành không thể trước ngày chốt số liệu ${formatDate(window.to)}`,
        en: `the date of issue cannot be before the cut-off date ${formatDate(window.to)}`,
      });
    }
    for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof ReportDraftInput, number][]) {
      const value = record[field];
      if (typeof value === 'string' && value.length > max) problems.add(`input.${field}`, tooLong(max, value.length));
    }
  },
});
