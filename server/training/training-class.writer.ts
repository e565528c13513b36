// Rules for writing training classes.
import { AuditEntity } from '../audit/audit.types.ts';
import { Plan } from '../plans/plan.entity.ts';
import { RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import { TrainingClass } from './training-class.entity.ts';
import type { TrainingClassInput } from './training-class.inputs.ts';

export const trainingClassWriter = new RecordWriter<TrainingClass, TrainingClassInput>({
  entity: TrainingClass,
  audit: AuditEntity.training_class,
  label: 'Training class',
  unique: { training_class_import_key_idx: { field: 'key', message: 'another training class already has this import key' } },
  values: (i) => ({
    organiser: i.organiser,
    topic: i.topic,
    audience: i.audience,
    unitId: i.unitId,
    startsOn: i.startsOn,
    endsOn: i.endsOn,
    plannedLearners: i.plannedLearners,
    actualLearners: i.actualLearners ?? null,
    cost: i.cost ?? null,
    planId: i.planId ?? null,
  }),
  unitOf: async (_w, r) => r.unitId as number,
  async check(w, input, record, before, problems) {
    if (isNewOrChanged(before, record, 'unitId', 'startsOn')) await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.startsOn }, 'startsOn');
    if (input.planId != null && isNewOrChanged(before, record, 'planId')) await reference(w, problems, 'input.planId', Plan, input.planId, 'plan');
  },
});

export const createTrainingClass = (w: Write, input: TrainingClassInput, importKey?: string) =>
  trainingClassWriter.create(w, input, importKey ? { importKey } : {});
