// Rules for writing trade-promotion events and sales points.
import { today } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import { Product } from '../products/product.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { checkReferences, idSet, isNewOrChanged, reference } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import { PromotionEvent, SalesPoint, SalesPointStatus } from './promotion.entity.ts';
import type { PromotionEventInput, SalesPointInput } from './promotion.inputs.ts';
import { eventLinks, setEventLinks } from './promotion-write.repository.ts';

export const promotionEventWriter = new RecordWriter<PromotionEvent, PromotionEventInput>({
  entity: PromotionEvent,
  unique: {
    promotion_event_import_key_idx: {
      field: 'key',
      message: { vi: 'một sự kiện xúc tiến khác đã có mã dòng nhập này', en: 'another promotion event already has this import key' },
    },
  },
  values: inputColumns(['name', 'kind', 'scope', 'unitId', 'location', 'startsOn', 'endsOn', 'revenue']),
  refers: {
    productIds: { entity: Product, label: { vi: 'sản phẩm', en: 'product' }, access: 'write' },
    subjectIds: { entity: Subject, label: { vi: 'chủ thể', en: 'subject' }, access: 'write' },
  },
  async check(w, input, record, before, problems) {
    if (isNewOrChanged(before, record, 'unitId', 'startsOn'))
      await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.startsOn }, { vi: 'ngày bắt đầu', en: 'startsOn' });
    await checkReferences(w, problems, 'input.productIds', Product, idSet(input.productIds));
    await checkReferences(w, problems, 'input.subjectIds', Subject, idSet(input.subjectIds));
  },
  links: {
    read: async (w, id) => ({ ...(await eventLinks(w.tx, id)) }),
    wanted: (i) => ({ productIds: idSet(i.productIds), subjectIds: idSet(i.subjectIds) }),
    write: (w, id, links) => setEventLinks(w.tx, id, (links.productIds as number[] | undefined) ?? [], (links.subjectIds as number[] | undefined) ?? []),
  },
});

export const salesPointWriter = new RecordWriter<SalesPoint, SalesPointInput>({
  entity: SalesPoint,
  values: inputColumns(['name', 'unitId', 'status', 'openedOn', 'upgradedOn', 'address', 'subjectId']),
  refers: { subjectId: { entity: Subject, label: { vi: 'chủ thể', en: 'subject' }, access: 'write' } },
  async check(w, input, record, before, problems) {
    if (input.status === SalesPointStatus.upgraded && !input.upgradedOn)
      problems.add('input.upgradedOn', { vi: 'cần có với điểm bán đã nâng cấp', en: 'is needed for an upgraded point' });
    if (input.status !== SalesPointStatus.upgraded && input.upgradedOn)
      problems.add('input.upgradedOn', {
        vi: `chỉ điểm bán đã nâng cấp mới có ngày nâng cấp, điểm này đang là "${ENUM_LABELS.SalesPointStatus[input.status].vi}"`,
        en: `only upgraded points have one, this one is ${input.status}`,
      });
    if (isNewOrChanged(before, record, 'unitId', 'openedOn')) {
      await checkUnitOn(
        w,
        problems,
        'input.unitId',
        input.unitId,
        { on: input.openedOn ?? today() },
        input.openedOn ? { vi: 'ngày mở', en: 'openedOn' } : { vi: 'hôm nay, vì không có ngày mở', en: 'today, no opening date given' },
      );
    }
    if (input.subjectId != null && isNewOrChanged(before, record, 'subjectId')) await reference(w, problems, 'input.subjectId', Subject, input.subjectId);
  },
});

export const createPromotionEvent = (w: Write, input: PromotionEventInput, importKey?: string) =>
  promotionEventWriter.create(w, input, importKey ? { importKey } : {});
