// Rules for writing products.
import { AuditEntity } from '../audit/audit.types.ts';
import { today } from '../common/dates.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { RecordWriter } from '../writes/record-writer.ts';
import { checkUnique, isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import { Product } from './product.entity.ts';
import type { ProductInput } from './product.inputs.ts';
import { productReferences } from './product-write.repository.ts';

export const productWriter = new RecordWriter<Product, ProductInput>({
  entity: Product,
  audit: AuditEntity.product,
  label: 'Product',
  unique: { product_code_key: { field: 'input.code', message: 'is already used by another product' } },
  values: (i) => ({
    code: i.code,
    name: i.name,
    group: i.group,
    subGroup: i.subGroup ?? null,
    subjectId: i.subjectId,
    unitId: i.unitId,
    status: i.status,
    registeredOn: i.registeredOn ?? null,
  }),
  unitOf: async (_w, r) => r.unitId as number,
  async check(w, input, record, before, problems) {
    await checkUnique(w, problems, 'input.code', Product, 'code', input.code, before?.id ?? null, 'product');
    if (isNewOrChanged(before, record, 'subjectId')) await reference(w, problems, 'input.subjectId', Subject, input.subjectId, 'subject');
    if (isNewOrChanged(before, record, 'unitId', 'registeredOn')) {
      await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.registeredOn ?? today() }, input.registeredOn ? 'registeredOn' : 'today, no registration date given');
    }
  },
  references: (row) => productReferences(row.id),
});

