// Rules for writing OCOP subjects.
import { AuditEntity } from '../audit/audit.types.ts';
import { today } from '../common/dates.ts';
import { RecordWriter } from '../writes/record-writer.ts';
import { checkUnique, isNewOrChanged } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import { Subject, SubjectType } from './subject.entity.ts';
import type { SubjectInput } from './subject.inputs.ts';
import { subjectReferences } from './subject-write.repository.ts';

export const subjectWriter = new RecordWriter<Subject, SubjectInput>({
  entity: Subject,
  audit: AuditEntity.subject,
  label: 'Subject',
  unique: { subject_code_key: { field: 'input.code', message: 'is already used by another subject' } },
  values: (i) => ({
    code: i.code,
    name: i.name,
    type: i.type,
    enterpriseSize: i.enterpriseSize ?? null,
    unitId: i.unitId,
    registeredOn: i.registeredOn ?? null,
    valueChainLinked: i.valueChainLinked ?? false,
    representative: i.representative ?? null,
    phone: i.phone ?? null,
  }),
  unitOf: async (_w, r) => r.unitId as number,
  async check(w, input, record, before, problems) {
    await checkUnique(w, problems, 'input.code', Subject, 'code', input.code, before?.id ?? null, 'subject');
    if (input.enterpriseSize && input.type !== SubjectType.enterprise) {
      problems.add('input.enterpriseSize', `only enterprises have a size class, not a ${input.type}`);
    }
    // Units are checked when set: an old record keeps its (since reorganised) unit through other edits.
    if (isNewOrChanged(before, record, 'unitId', 'registeredOn')) {
      await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.registeredOn ?? today() }, input.registeredOn ? 'registeredOn' : 'today, no registration date given');
    }
  },
  references: (row) => subjectReferences(row.id),
});

