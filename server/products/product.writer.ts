// Rules for writing products.
import { today } from '../common/dates.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import { Product } from './product.entity.ts';
import type { ProductInput } from './product.inputs.ts';
import { productReferences } from './product-write.repository.ts';

export const productWriter = new RecordWriter<Product, ProductInput>({
  entity: Product,
  uniqueKey: 'code',
  values: inputColumns(['code', 'name', 'group', 'subGroup', 'subjectId', 'unitId', 'status', 'registeredOn']),
  refers: { subjectId: { entity: Subject, label: { vi: 'chủ thể', en: 'subject' }, access: 'write' } },
  async check(w, input, record, before, problems) {
    if (isNewOrChanged(before, record, 'subjectId')) await reference(w, problems, 'input.subjectId', Subject, input.subjectId, 'subject');
    if (isNewOrChanged(before, record, 'unitId', 'registeredOn')) {
      await checkUnitOn(
        w,
        problems,
        'input.unitId',
        input.unitId,
        { on: input.registeredOn ?? today() },
        input.registeredOn ? 'registeredOn' : 'today, no registration date given',
      );
    }
  },
  references: (row) => productReferences(row.id),
});
