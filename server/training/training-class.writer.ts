// Rules for writing training classes.
import { Plan } from '../plans/plan.entity.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import { TrainingClass } from './training-class.entity.ts';
import type { TrainingClassInput } from './training-class.inputs.ts';

export const trainingClassWriter = new RecordWriter<TrainingClass, TrainingClassInput>({
  entity: TrainingClass,
  unique: {
    training_class_import_key_idx: {
      field: 'key',
      message: { vi: 'một lớp tập huấn khác đã có mã dòng nhập này', en: 'another training class already has this import key' },
    },
  },
  values: inputColumns(['organiser', 'topic', 'audience', 'unitId', 'startsOn', 'endsOn', 'plannedLearners', 'actualLearners', 'cost', 'planId']),
  refers: {
    planId: {
      entity: Plan,
      label: { vi: 'kế hoạch', en: 'plan' },
      access: 'read',
      because: 'a class cites the plan it implements, usually one its province issued; no figure of the plan counts it',
    },
  },
  async check(w, input, record, before, problems) {
    if (isNewOrChanged(before, record, 'unitId', 'startsOn'))
      await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.startsOn }, { vi: 'ngày bắt đầu', en: 'startsOn' });
    if (input.planId != null && isNewOrChanged(before, record, 'planId')) await reference(w, problems, 'input.planId', Plan, input.planId);
  },
});

export const createTrainingClass = (w: Write, input: TrainingClassInput, importKey?: string) =>
  trainingClassWriter.create(w, input, importKey ? { importKey } : {});
