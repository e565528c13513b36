// Trade-promotion events: one row per event, identified by the key column, or
// by a hash of unit, start date and name when the file has none.
import { PromotionEvent } from '../promotion/promotion.entity.ts';
import { PromotionEventInput } from '../promotion/promotion.inputs.ts';
import { createPromotionEvent, promotionEventWriter } from '../promotion/promotion.writer.ts';
import { fold } from './cells.ts';
import { cell, type Columns } from './columns.ts';
import { ImportKind } from './import.types.ts';
import { byImportKey, keyColumn, keyedRow, unitColumn, type ImportKindDef } from './import-kind.ts';

const columns = {
  key: keyColumn('LN-2024-XT-01'),
  name: { vi: 'Tên sự kiện', en: 'Name', cell: cell.text, required: true, field: 'name', example: 'Hội chợ vải thiều Lục Ngạn 2024' },
  kind: { vi: 'Loại', en: 'Kind', aliases: ['Hình thức'], cell: cell.choice('EventKind'), required: true, field: 'kind', example: 'fair' },
  scope: { vi: 'Phạm vi', en: 'Scope', cell: cell.choice('EventScope'), required: true, field: 'scope', example: 'in_province' },
  unit_code: unitColumn(
    { vi: 'Đơn vị tổ chức (hoặc cử đi), còn tồn tại vào ngày bắt đầu.', en: 'The organising (or sending) unit, valid on the start date.' },
    '219',
  ),
  location: { vi: 'Địa điểm', en: 'Location', cell: cell.text, field: 'location', example: 'Thị trấn Chũ' },
  starts_on: { vi: 'Ngày bắt đầu', en: 'Starts on', cell: cell.date, required: true, field: 'startsOn', example: '15/06/2024' },
  ends_on: { vi: 'Ngày kết thúc', en: 'Ends on', cell: cell.date, required: true, field: 'endsOn', example: '17/06/2024' },
  revenue: { vi: 'Doanh thu', en: 'Revenue', cell: cell.amount, field: 'revenue', example: '1.250.000.000' },
  product_codes: {
    vi: 'Mã sản phẩm',
    en: 'Product codes',
    aliases: ['Sản phẩm'],
    cell: cell.codeList,
    field: 'productIds',
    example: 'SP-219-VD01; SP-219-VD02',
    note: {
      vi: 'Có cột này thì danh sách sản phẩm của sự kiện được thay bằng danh sách trong tệp; không có thì giữ nguyên.',
      en: 'If the column is present, it replaces the event’s list of products. If it is absent, the list stays as it is.',
    },
  },
} satisfies Columns<PromotionEventInput>;

export const promotionEventImport: ImportKindDef<PromotionEventInput, typeof columns> = {
  kind: ImportKind.promotion_events,
  columns,
  identifiedBy: { vi: 'cột Mã dòng; không có thì theo đơn vị, ngày bắt đầu và tên', en: 'the key column, or else a hash of unit, start date and name' },
  unitColumn: 'unit_code',
  inputClass: PromotionEventInput,
  defaults: { location: null, revenue: null },

  async read(v, r, lookups) {
    const productIds: number[] = [];
    for (const code of v.product_codes ?? []) {
      const id = await lookups.product(r, 'product_codes', code);
      if (id !== undefined) productIds.push(id);
    }
    const unitId = await lookups.unit(r, 'unit_code', v.unit_code, v.starts_on);
    return keyedRow(r, v.key, ['promotion_event', unitId, v.starts_on, fold(v.name ?? '')], { product_codes: productIds, unit_code: unitId });
  },

  find: byImportKey(PromotionEvent),

  // Links stay as they are unless the file has a product_codes column.
  inputOf: (row) =>
    Object.assign(new PromotionEventInput(), {
      name: row.name,
      kind: row.kind,
      scope: row.scope,
      unitId: row.unitId,
      location: row.location,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      revenue: row.revenue,
    }),

  create: (w, input, importKey) => createPromotionEvent(w, input, importKey),
  update: (w, id, version, input) => promotionEventWriter.update(w, id, version, input),
};
