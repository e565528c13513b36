// Training classes: one row per class, identified by the key column, or by a
// hash of unit, start date, organiser and topic when the file has none.
import { TrainingAudience, TrainingClass } from '../training/training-class.entity.ts';
import { TrainingClassInput } from '../training/training-class.inputs.ts';
import { createTrainingClass, trainingClassWriter } from '../training/training-class.writer.ts';
import { fold } from './cells.ts';
import { ImportKind } from './import.types.ts';
import { byImportKey, importKeyOf, present, type ImportKindDef } from './import-kind.ts';
import { KEY_COLUMN } from './import-disbursements.ts';

const AUDIENCE_LABELS: Record<TrainingAudience, string[]> = {
  cadres: ['Cán bộ'],
  subjects: ['Chủ thể', 'Chủ thể OCOP'],
  mixed: ['Hỗn hợp', 'Cả hai'],
};

export const trainingClassImport: ImportKindDef<TrainingClassInput> = {
  kind: ImportKind.training_classes,
  columns: {
    key: KEY_COLUMN,
    organiser: { header: 'organiser', aliases: ['Đơn vị tổ chức'], required: true },
    topic: { header: 'topic', aliases: ['Chủ đề', 'Nội dung'], required: true },
    audience: { header: 'audience', aliases: ['Đối tượng'], required: true },
    unit_code: { header: 'unit_code', aliases: ['Mã đơn vị', 'Mã ĐVHC'], required: true },
    starts_on: { header: 'starts_on', aliases: ['Ngày bắt đầu'], required: true },
    ends_on: { header: 'ends_on', aliases: ['Ngày kết thúc'], required: true },
    planned_learners: { header: 'planned_learners', aliases: ['Số học viên dự kiến', 'Số học viên kế hoạch'], required: true },
    actual_learners: { header: 'actual_learners', aliases: ['Số học viên thực tế'], required: false },
    cost: { header: 'cost', aliases: ['Kinh phí'], required: false },
    plan_key: { header: 'plan_key', aliases: ['Mã kế hoạch'], required: false },
  },
  fields: {
    'input.organiser': 'organiser',
    'input.topic': 'topic',
    'input.audience': 'audience',
    'input.unitId': 'unit_code',
    'input.startsOn': 'starts_on',
    'input.endsOn': 'ends_on',
    'input.plannedLearners': 'planned_learners',
    'input.actualLearners': 'actual_learners',
    'input.cost': 'cost',
    'input.planId': 'plan_key',
    key: 'key',
  },
  unitColumn: 'unit_code',
  inputClass: TrainingClassInput,
  defaults: { actualLearners: null, cost: null, planId: null },

  async read(r, lookups) {
    const organiser = r.text('organiser', true);
    const topic = r.text('topic', true);
    const audience = r.choice('audience', AUDIENCE_LABELS, true);
    const startsOn = r.date('starts_on', true);
    const endsOn = r.date('ends_on', true);
    const planned = r.int('planned_learners', true);
    const actual = r.int('actual_learners');
    const cost = r.whole('cost');
    const planId = await lookups.plan(r, 'plan_key', r.text('plan_key'));
    const unitCode = r.gsoCode('unit_code', true);
    const unitId = await lookups.unit(r, 'unit_code', unitCode, startsOn);
    if (!r.ok) return undefined;
    const key = importKeyOf(r, ['training_class', unitId, startsOn, fold(organiser!), fold(topic!)]);
    if (!key) return undefined;
    const fields: Partial<TrainingClassInput> = {
      organiser: organiser!, topic: topic!, audience: audience!, unitId, startsOn: startsOn!, endsOn: endsOn!, plannedLearners: planned!,
    };
    present(r, fields, 'actual_learners', 'actualLearners', actual);
    present(r, fields, 'cost', 'cost', cost);
    present(r, fields, 'plan_key', 'planId', planId);
    return { fields, identity: key.importKey, identityColumn: key.identityColumn, importKey: key.importKey };
  },

  find: byImportKey(TrainingClass),

  inputOf: (row) =>
    Object.assign(new TrainingClassInput(), {
      organiser: row.organiser, topic: row.topic, audience: row.audience, unitId: row.unitId, startsOn: row.startsOn, endsOn: row.endsOn,
      plannedLearners: row.plannedLearners, actualLearners: row.actualLearners, cost: row.cost, planId: row.planId,
    }),

  create: (w, input, importKey) => createTrainingClass(w, input, importKey),
  update: (w, id, version, input) => trainingClassWriter.update(w, id, version, input),
};
