// Rules for writing products.
import { Subject } from '../subjects/subject.entity.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, reference } from '../writes/rules.ts';
import { checkRegisteredUnit } from '../writes/units.ts';
import { Product } from './product.entity.ts';
import type { ProductInput } from './product.inputs.ts';
import type { Problems } from '../writes/write-errors.ts';
import { GROUP_148_OF_1048 } from './product-groups.ts';
import { clearIllustrativeFields, productReferences } from './product-write.repository.ts';

export const productWriter = new RecordWriter<Product, ProductInput>({
  entity: Product,
  uniqueKey: 'code',
  values: (input) => {
    const values = inputColumns<ProductInput>(['code', 'name', 'group', 'group1048', 'subGroup', 'subjectId', 'unitId', 'status', 'registeredOn'])(input);
    // A product registered under Decision 1048 is counted in the Decision 148 group its own maps to.
    return input.group1048 && !input.group ? { ...values, group: GROUP_148_OF_1048[input.group1048] } : values;
  },
  refers: { subjectId: { entity: Subject, label: { vi: 'chủ thể', en: 'subject' }, access: 'write' } },
  async check(w, input, record, before, problems) {
    checkGroups(input, problems);
    if (isNewOrChanged(before, record, 'subjectId')) await reference(w, problems, 'input.subjectId', Subject, input.subjectId);
    await checkRegisteredUnit(w, problems, input, isNewOrChanged(before, record, 'unitId', 'registeredOn'));
  },
  references: (row) => productReferences(row.id),
  // Someone wrote these fields again: they are no longer the seed's invention.
  async afterWrite(w, after, before) {
    const rewritten = after && before ? after.illustrativeFields.filter((f) => after[f as keyof Product] !== before[f as keyof Product]) : [];
    if (!rewritten.length) return;
    await clearIllustrativeFields(w.tx, after!.id, rewritten);
    after!.illustrativeFields = after!.illustrativeFields.filter((f) => !rewritten.includes(f));
  },
});

function checkGroups(input: ProductInput, problems: Problems): void {
  if (!input.group && !input.group1048) {
    problems.add('input.group', {
      vi: 'cần nhóm sản phẩm (theo QĐ 148) hoặc group1048 (theo QĐ 1048)',
      en: 'give the product group (Decision 148) or group1048 (Decision 1048)',
    });
  }
  const mapped = input.group1048 ? GROUP_148_OF_1048[input.group1048] : undefined;
  if (input.group && mapped && input.group !== mapped) {
    problems.add('input.group', {
      vi: `nhóm ${input.group1048} của QĐ 1048 thuộc nhóm ${mapped} của QĐ 148, không phải ${input.group}`,
      en: `Decision 1048 group ${input.group1048} is counted in Decision 148 group ${mapped}, not ${input.group}`,
    });
  }
}
