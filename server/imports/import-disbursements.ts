// Disbursements: one row per payment, identified by the key column, or by a
// hash of allocation, date, unit, amount and activity when the file has none.
import { Disbursement } from '../budgets/budget.entity.ts';
import { DisbursementInput } from '../budgets/budget.inputs.ts';
import { createDisbursement, disbursementWriter } from '../budgets/budget.writer.ts';
import { fold } from './cells.ts';
import { cell, type Columns } from './columns.ts';
import { ImportKind } from './import.types.ts';
import { byImportKey, keyColumn, keyedRow, unitColumn, type ImportKindDef } from './import-kind.ts';

const columns = {
  key: keyColumn('LN-2024-GN-001'),
  allocation_id: {
    vi: 'Mã phân bổ',
    en: 'Allocation ID',
    aliases: ['Phân bổ'],
    cell: cell.integer,
    required: true,
    field: 'allocationId',
    example: '1024',
    note: {
      vi: 'Số hiệu của phân bổ ngân sách trong hệ thống (hiện cùng mỗi phân bổ).',
      en: 'The hub’s id of the budget allocation (shown with every allocation).',
    },
  },
  disbursed_on: {
    vi: 'Ngày giải ngân',
    en: 'Disbursed on',
    aliases: ['Ngày chi'],
    cell: cell.date,
    required: true,
    field: 'disbursedOn',
    example: '05/03/2024',
    note: { vi: 'Trong năm của phân bổ hoặc sau đó.', en: 'In the allocation’s year or later.' },
  },
  unit_code: unitColumn({ vi: 'Đơn vị nhận, còn tồn tại vào ngày giải ngân.', en: 'The unit paid, valid on the payment date.' }, '219'),
  amount: {
    vi: 'Số tiền',
    en: 'Amount',
    aliases: ['Số tiền (đồng)'],
    cell: cell.amount,
    required: true,
    field: 'amount',
    example: '120.000.000',
    note: {
      vi: 'Lớn hơn 0, không vượt phần còn lại của phân bổ (tính cả các dòng trước trong cùng tệp).',
      en: 'More than 0. It may not exceed what remains of the allocation, counting the earlier rows of the same file.',
    },
  },
  activity: { vi: 'Nội dung', en: 'Activity', aliases: ['Hoạt động'], cell: cell.text, required: true, field: 'activity', example: 'Hỗ trợ thiết kế bao bì' },
  subject_code: {
    vi: 'Mã chủ thể',
    en: 'Subject code',
    cell: cell.code,
    field: 'subjectId',
    example: 'CT-24-VD01',
    note: { vi: 'Chủ thể được hỗ trợ.', en: 'The subject supported.' },
  },
} satisfies Columns<DisbursementInput>;

export const disbursementImport: ImportKindDef<DisbursementInput, typeof columns> = {
  kind: ImportKind.disbursements,
  columns,
  identifiedBy: {
    vi: 'cột Mã dòng; không có thì theo phân bổ, ngày, đơn vị, số tiền và nội dung',
    en: 'the key column, or else a hash of allocation, date, unit, amount and activity',
  },
  note: {
    vi: 'Khoản giải ngân đã xóa trong hệ thống vẫn giữ mã dòng: nhập lại dòng đó là lỗi, không khôi phục khoản đã xóa.',
    en: 'A disbursement deleted in the hub keeps its key: importing its row again is a problem, not a silent resurrection.',
  },
  unitColumn: 'unit_code',
  inputClass: DisbursementInput,
  defaults: { subjectId: null },

  async read(v, r, lookups) {
    const subjectId = await lookups.subject(r, 'subject_code', v.subject_code ?? null);
    const unitId = await lookups.unit(r, 'unit_code', v.unit_code, v.disbursed_on);
    return keyedRow(r, v.key, ['disbursement', v.allocation_id, v.disbursed_on, unitId, v.amount, fold(v.activity ?? '')], {
      subject_code: subjectId,
      unit_code: unitId,
    });
  },

  find: byImportKey(Disbursement),

  inputOf: (row) =>
    Object.assign(new DisbursementInput(), {
      allocationId: row.allocationId,
      disbursedOn: row.disbursedOn,
      unitId: row.unitId,
      amount: row.amount,
      activity: row.activity,
      subjectId: row.subjectId,
    }),

  create: (w, input, importKey) => createDisbursement(w, input, importKey),
  update: (w, id, version, input) => disbursementWriter.update(w, id, version, input),
};
