// Rules for writing OCOP subjects.
import { today } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
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
    // Units are checked when set: an old record keeps its (since reorganised) unit through other edits.
    if (isNewOrChanged(before, record, 'unitId', 'registeredOn')) {
      await checkUnitOn(
        w,
        problems,
        'input.unitId',
        input.unitId,
        { on: input.registeredOn ?? today() },
        input.registeredOn ? { vi: 'ngày đăng ký', en: 'registeredOn' } : { vi: 'hôm nay, vì không có ngày đăng ký', en: 'today, no registration date given' },
      );
    }
  },
  references: (row) => subjectReferences(row.id),
});
