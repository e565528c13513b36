// Trade-promotion events: one row per event, identified by the key column, or
// by a hash of unit, start date and name when the file has none.
import { EventKind, EventScope, PromotionEvent } from '../promotion/promotion.entity.ts';
import { PromotionEventInput } from '../promotion/promotion.inputs.ts';
import { createPromotionEvent, promotionEventWriter } from '../promotion/promotion.writer.ts';
import { fold } from './cells.ts';
import { ImportKind } from './import.types.ts';
import { byImportKey, importKeyOf, present, type ImportKindDef } from './import-kind.ts';
import { KEY_COLUMN } from './import-disbursements.ts';

const KIND_LABELS: Record<EventKind, string[]> = {
  fair: ['Hội chợ'],
  exhibition: ['Triển lãm'],
  conference: ['Hội nghị', 'Hội thảo'],
  online: ['Trực tuyến', 'Thương mại điện tử'],
};

const SCOPE_LABELS: Record<EventScope, string[]> = {
  in_province: ['Trong tỉnh'],
  out_of_province: ['Ngoài tỉnh'],
  international: ['Quốc tế', 'Nước ngoài'],
};

export const promotionEventImport: ImportKindDef<PromotionEventInput> = {
  kind: ImportKind.promotion_events,
  columns: {
    key: KEY_COLUMN,
    name: { header: 'name', aliases: ['Tên sự kiện'], required: true },
    kind: { header: 'kind', aliases: ['Loại', 'Hình thức'], required: true },
    scope: { header: 'scope', aliases: ['Phạm vi'], required: true },
    unit_code: { header: 'unit_code', aliases: ['Mã đơn vị', 'Mã ĐVHC'], required: true },
    location: { header: 'location', aliases: ['Địa điểm'], required: false },
    starts_on: { header: 'starts_on', aliases: ['Ngày bắt đầu'], required: true },
    ends_on: { header: 'ends_on', aliases: ['Ngày kết thúc'], required: true },
    revenue: { header: 'revenue', aliases: ['Doanh thu'], required: false },
    product_codes: { header: 'product_codes', aliases: ['Mã sản phẩm', 'Sản phẩm'], required: false },
  },
  fields: {
    'input.name': 'name',
    'input.kind': 'kind',
    'input.scope': 'scope',
    'input.unitId': 'unit_code',
    'input.location': 'location',
    'input.startsOn': 'starts_on',
    'input.endsOn': 'ends_on',
    'input.revenue': 'revenue',
    'input.productIds': 'product_codes',
    key: 'key',
  },
  unitColumn: 'unit_code',
  inputClass: PromotionEventInput,
  defaults: { location: null, revenue: null },

  async read(r, lookups) {
    const name = r.text('name', true);
    const kind = r.choice('kind', KIND_LABELS, true);
    const scope = r.choice('scope', SCOPE_LABELS, true);
    const location = r.text('location');
    const startsOn = r.date('starts_on', true);
    const endsOn = r.date('ends_on', true);
    const revenue = r.whole('revenue');
    const codes = r.list('product_codes');
    const productIds: number[] = [];
    for (const code of codes ?? []) {
      const id = await lookups.product(r, 'product_codes', code);
      if (id !== undefined) productIds.push(id);
    }
    const unitCode = r.gsoCode('unit_code', true);
    const unitId = await lookups.unit(r, 'unit_code', unitCode, startsOn);
    if (!r.ok) return undefined;
    const key = importKeyOf(r, ['promotion_event', unitId, startsOn, fold(name!)]);
    if (!key) return undefined;
    const fields: Partial<PromotionEventInput> = { name: name!, kind: kind!, scope: scope!, unitId, startsOn: startsOn!, endsOn: endsOn! };
    present(r, fields, 'location', 'location', location);
    present(r, fields, 'revenue', 'revenue', revenue);
    if (codes !== null) fields.productIds = productIds;
    return { fields, identity: key.importKey, identityColumn: key.identityColumn, importKey: key.importKey };
  },

  find: byImportKey(PromotionEvent),

  // Links stay as they are unless the file has a product_codes column.
  inputOf: (row) =>
    Object.assign(new PromotionEventInput(), {
      name: row.name, kind: row.kind, scope: row.scope, unitId: row.unitId, location: row.location, startsOn: row.startsOn, endsOn: row.endsOn,
      revenue: row.revenue,
    }),

  create: (w, input, importKey) => createPromotionEvent(w, input, importKey),
  update: (w, id, version, input) => promotionEventWriter.update(w, id, version, input),
};
