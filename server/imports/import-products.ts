// Products: one row per product, identified by its code.
import sql from 'sql-template-tag';
import { today } from '../common/dates.ts';
import { Product, ProductStatus } from '../products/product.entity.ts';
import { ProductInput } from '../products/product.inputs.ts';
import { productWriter } from '../products/product.writer.ts';
import { cell, type Columns } from './columns.ts';
import { ImportKind } from './import.types.ts';
import { findExisting, unitColumn, type ImportKindDef } from './import-kind.ts';

const columns = {
  code: {
    vi: 'Mã sản phẩm',
    en: 'Code',
    aliases: ['Mã SP', 'product_code'],
    cell: cell.code,
    required: true,
    field: 'code',
    example: 'SP-219-VD01',
    note: { vi: 'Mã sản phẩm trong Chương trình, không trùng.', en: 'Programme code, unique.' },
  },
  name: { vi: 'Tên sản phẩm', en: 'Name', aliases: ['Tên SP'], cell: cell.text, required: true, field: 'name', example: 'Vải thiều sấy khô Chũ' },
  group: {
    vi: 'Nhóm sản phẩm',
    en: 'Group',
    aliases: ['Nhóm'],
    cell: cell.choice('ProductGroup'),
    field: 'group',
    example: 'food',
    note: {
      vi: 'Nhóm theo Quyết định 148/QĐ-TTg (tên chính thức hoặc mã). Có thể bỏ trống khi đã ghi nhóm theo QĐ 1048.',
      en: 'Group under Decision 148/QĐ-TTg (official name or code). May be left empty when the Decision 1048 group is given.',
    },
  },
  former_group: {
    vi: 'Nhóm sản phẩm (QĐ 1048)',
    en: 'Group (Decision 1048)',
    cell: cell.choice('ProductGroup1048'),
    field: 'group1048',
    example: 'textile',
    note: {
      vi: 'Nhóm theo Quyết định 1048/QĐ-TTg, với sản phẩm đăng ký theo quyết định đó; nhóm theo QĐ 148 được suy ra theo bảng chuyển đổi.',
      en: 'Group under Decision 1048/QĐ-TTg, for a product registered under it; its Decision 148 group follows from the crosswalk.',
    },
  },
  sub_group: { vi: 'Phân nhóm', en: 'Sub-group', cell: cell.text, field: 'subGroup', example: 'Rau, củ, quả' },
  subject_code: {
    vi: 'Mã chủ thể',
    en: 'Subject code',
    cell: cell.code,
    required: true,
    field: 'subjectId',
    example: 'CT-24-VD01',
    note: { vi: 'Mã của một chủ thể đã có trong hệ thống.', en: 'Code of an existing subject.' },
  },
  unit_code: {
    ...unitColumn(
      {
        vi: 'Xã (hoặc huyện) của sản phẩm, còn tồn tại vào ngày đăng ký (hôm nay nếu không có ngày đăng ký).',
        en: 'The commune (or district), valid on the registration date (today if there is none).',
      },
      '07525',
    ),
    aliases: ['Mã xã', 'Mã ĐVHC'],
  },
  status: {
    vi: 'Trạng thái',
    en: 'Status',
    cell: cell.choice('ProductStatus'),
    field: 'status',
    keepWhenEmpty: true,
    example: 'registered',
    note: { vi: 'Mặc định: Đã đăng ký.', en: 'Default: registered.' },
  },
  registered_on: { vi: 'Ngày đăng ký', en: 'Registered on', cell: cell.date, field: 'registeredOn', example: '15/03/2024' },
} satisfies Columns<ProductInput>;

export const productImport: ImportKindDef<ProductInput, typeof columns> = {
  kind: ImportKind.products,
  columns,
  identifiedBy: { vi: 'Mã sản phẩm', en: 'code' },
  unitColumn: 'unit_code',
  inputClass: ProductInput,
  defaults: { status: ProductStatus.registered, group: null, group1048: null, subGroup: null, registeredOn: null },

  async read(v, r, lookups) {
    const subjectId = await lookups.subject(r, 'subject_code', v.subject_code ?? null);
    // The code of a unit means the unit of that code on the registration date (today without one).
    const unitId = await lookups.unit(r, 'unit_code', v.unit_code, v.registered_on === undefined ? undefined : (v.registered_on ?? today()));
    return { resolved: { subject_code: subjectId, unit_code: unitId }, identity: v.code ?? '', identityColumn: 'code' };
  },

  find: (w, parsed) => findExisting(w, Product, sql`t.code = ${parsed.fields.code}`),

  inputOf: (row) =>
    Object.assign(new ProductInput(), {
      code: row.code,
      name: row.name,
      group: row.group,
      group1048: row.group1048,
      subGroup: row.subGroup,
      subjectId: row.subjectId,
      unitId: row.unitId,
      status: row.status,
      registeredOn: row.registeredOn,
    }),

  create: (w, input) => productWriter.create(w, input),
  update: (w, id, version, input) => productWriter.update(w, id, version, input),
};
