// Products: one row per product, identified by its code.
import sql from 'sql-template-tag';
import { today } from '../common/dates.ts';
import { Product, ProductGroup, ProductStatus } from '../products/product.entity.ts';
import { ProductInput } from '../products/product.inputs.ts';
import { productWriter } from '../products/product.writer.ts';
import { ImportKind } from './import.types.ts';
import { findExisting, present, type ImportKindDef } from './import-kind.ts';

export const GROUP_LABELS: Record<ProductGroup, string[]> = {
  food: ['Thực phẩm'],
  beverage: ['Đồ uống'],
  herbal: ['Thảo dược'],
  handicraft: ['Thủ công mỹ nghệ', 'Thủ công mỹ nghệ, trang trí'],
  ornamental: ['Sinh vật cảnh'],
  tourism: ['Dịch vụ du lịch', 'Du lịch', 'Dịch vụ du lịch cộng đồng và điểm du lịch'],
};

export const STATUS_LABELS: Record<ProductStatus, string[]> = {
  idea: ['Ý tưởng'],
  registered: ['Đã đăng ký', 'Đăng ký'],
  rated: ['Đã đánh giá'],
  certified: ['Đạt OCOP', 'Đã công nhận'],
  expired: ['Hết hạn'],
  revoked: ['Thu hồi', 'Bị thu hồi'],
};

export const productImport: ImportKindDef<ProductInput> = {
  kind: ImportKind.products,
  columns: {
    code: { header: 'code', aliases: ['Mã sản phẩm', 'Mã SP', 'product_code'], required: true },
    name: { header: 'name', aliases: ['Tên sản phẩm', 'Tên SP'], required: true },
    group: { header: 'group', aliases: ['Nhóm sản phẩm', 'Nhóm'], required: true },
    sub_group: { header: 'sub_group', aliases: ['Phân nhóm'], required: false },
    subject_code: { header: 'subject_code', aliases: ['Mã chủ thể'], required: true },
    unit_code: { header: 'unit_code', aliases: ['Mã đơn vị', 'Mã xã', 'Mã ĐVHC'], required: true },
    status: { header: 'status', aliases: ['Trạng thái'], required: false },
    registered_on: { header: 'registered_on', aliases: ['Ngày đăng ký'], required: false },
  },
  fields: {
    'input.code': 'code',
    'input.name': 'name',
    'input.group': 'group',
    'input.subGroup': 'sub_group',
    'input.subjectId': 'subject_code',
    'input.unitId': 'unit_code',
    'input.status': 'status',
    'input.registeredOn': 'registered_on',
  },
  unitColumn: 'unit_code',
  inputClass: ProductInput,
  defaults: { status: ProductStatus.registered, subGroup: null, registeredOn: null },

  async read(r, lookups) {
    const code = r.text('code', true);
    const name = r.text('name', true);
    const group = r.choice('group', GROUP_LABELS, true);
    const subGroup = r.text('sub_group');
    const status = r.choice('status', STATUS_LABELS);
    const registeredOn = r.date('registered_on');
    const subjectId = await lookups.subject(r, 'subject_code', r.text('subject_code', true));
    const unitCode = r.gsoCode('unit_code', true);
    // The code of a unit means the unit of that code on the registration date (today without one).
    const unitId = await lookups.unit(r, 'unit_code', unitCode, registeredOn === undefined ? undefined : (registeredOn ?? today()));
    if (!r.ok || code === null) return undefined;
    const fields: Partial<ProductInput> = { code, name: name!, group: group!, subjectId: subjectId!, unitId };
    present(r, fields, 'sub_group', 'subGroup', subGroup);
    if (status !== null) present(r, fields, 'status', 'status', status);
    present(r, fields, 'registered_on', 'registeredOn', registeredOn);
    return { fields, identity: code, identityColumn: 'code' };
  },

  find: (w, parsed) => findExisting(w, Product, sql`t.code = ${parsed.fields.code}`),

  inputOf: (row) =>
    Object.assign(new ProductInput(), {
      code: row.code, name: row.name, group: row.group, subGroup: row.subGroup, subjectId: row.subjectId,
      unitId: row.unitId, status: row.status, registeredOn: row.registeredOn,
    }),

  create: (w, input) => productWriter.create(w, input),
  update: (w, id, version, input) => productWriter.update(w, id, version, input),
};
