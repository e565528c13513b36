// Rules for writing OCOP subjects.
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged } from '../writes/rules.ts';
import { checkRegisteredUnit } from '../writes/units.ts';
import { Subject, SubjectType } from './subject.entity.ts';
import type { SubjectInput } from './subject.inputs.ts';
import { subjectReferences } from './subject-write.repository.ts';

export const subjectWriter = new RecordWriter<Subject, SubjectInput>({
  entity: Subject,
  uniqueKey: 'code',
  values: inputColumns(['code', 'name', 'type', 'enterpriseSize', 'unitId', 'registeredOn', 'valueChainLinked', 'representative', 'phone'], {
    valueChainLinked: false,
  }),
  refers: {},
  async check(w, input, record, before, problems) {
    if (input.enterpriseSize && input.type !== SubjectType.enterprise) {
      problems.add('input.enterpriseSize', {
        vi: `chỉ doanh nghiệp mới có quy mô, chủ thể này là ${ENUM_LABELS.SubjectType[input.type].vi.toLowerCase()}`,
        en: `only enterprises have a size class, not a ${input.type}`,
      });
    }
    await checkRegisteredUnit(w, problems, input, isNewOrChanged(before, record, 'unitId', 'registeredOn'));
  },
  references: (row) => subjectReferences(row.id),
});
