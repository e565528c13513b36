// Training classes: one row per class, identified by the key column, or by a
// hash of unit, start date, organiser and topic when the file has none.
import { TrainingClass } from '../training/training-class.entity.ts';
import { TrainingClassInput } from '../training/training-class.inputs.ts';
import { createTrainingClass, trainingClassWriter } from '../training/training-class.writer.ts';
import { fold } from './cells.ts';
import { cell, type Columns } from './columns.ts';
import { ImportKind } from './import.types.ts';
import { byImportKey, keyColumn, keyedRow, unitColumn, type ImportKindDef } from './import-kind.ts';

const columns = {
  key: keyColumn('LN-2024-TH-01'),
  organiser: { vi: 'Đơn vị tổ chức', en: 'Organiser', cell: cell.text, required: true, field: 'organiser', example: 'Phòng Nông nghiệp huyện Lục Ngạn' },
  topic: { vi: 'Chủ đề', en: 'Topic', aliases: ['Nội dung'], cell: cell.text, required: true, field: 'topic', example: 'Xây dựng câu chuyện sản phẩm' },
  audience: { vi: 'Đối tượng', en: 'Audience', cell: cell.choice('TrainingAudience'), required: true, field: 'audience', example: 'subjects' },
  unit_code: unitColumn({ vi: 'Còn tồn tại vào ngày bắt đầu.', en: 'Valid on the start date.' }, '219'),
  starts_on: { vi: 'Ngày bắt đầu', en: 'Starts on', cell: cell.date, required: true, field: 'startsOn', example: '12/03/2024' },
  ends_on: {
    vi: 'Ngày kết thúc',
    en: 'Ends on',
    cell: cell.date,
    required: true,
    field: 'endsOn',
    example: '13/03/2024',
    note: { vi: 'Không trước ngày bắt đầu.', en: 'Not before the start date.' },
  },
  planned_learners: {
    vi: 'Số học viên dự kiến',
    en: 'Planned learners',
    aliases: ['Số học viên kế hoạch'],
    cell: cell.integer,
    required: true,
    field: 'plannedLearners',
    example: '45',
  },
  actual_learners: { vi: 'Số học viên thực tế', en: 'Actual learners', cell: cell.integer, field: 'actualLearners', example: '41' },
  cost: { vi: 'Kinh phí', en: 'Cost', cell: cell.amount, field: 'cost', example: '36.500.000' },
  plan_key: {
    vi: 'Mã kế hoạch',
    en: 'Plan key',
    cell: cell.code,
    field: 'planId',
    example: 'vd-bac-giang-2024',
    note: { vi: 'Mã của kế hoạch mà lớp thực hiện.', en: 'Key of the plan the class carries out.' },
  },
} satisfies Columns<TrainingClassInput>;

export const trainingClassImport: ImportKindDef<TrainingClassInput, typeof columns> = {
  kind: ImportKind.training_classes,
  columns,
  identifiedBy: {
    vi: 'cột Mã dòng; không có thì theo đơn vị, ngày bắt đầu, đơn vị tổ chức và chủ đề',
    en: 'the key column, or else a hash of unit, start date, organiser and topic',
  },
  unitColumn: 'unit_code',
  inputClass: TrainingClassInput,
  defaults: { actualLearners: null, cost: null, planId: null },

  async read(v, r, lookups) {
    const planId = await lookups.plan(r, 'plan_key', v.plan_key ?? null);
    const unitId = await lookups.unit(r, 'unit_code', v.unit_code, v.starts_on);
    return keyedRow(r, v.key, ['training_class', unitId, v.starts_on, fold(v.organiser ?? ''), fold(v.topic ?? '')], { plan_key: planId, unit_code: unitId });
  },

  find: byImportKey(TrainingClass),

  inputOf: (row) =>
    Object.assign(new TrainingClassInput(), {
      organiser: row.organiser,
      topic: row.topic,
      audience: row.audience,
      unitId: row.unitId,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      plannedLearners: row.plannedLearners,
      actualLearners: row.actualLearners,
      cost: row.cost,
      planId: row.planId,
    }),

  create: (w, input, importKey) => createTrainingClass(w, input, importKey),
  update: (w, id, version, input) => trainingClassWriter.update(w, id, version, input),
};
