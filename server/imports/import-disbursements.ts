// Disbursements: one row per payment, identified by the key column, or by a
// hash of allocation, date, unit, amount and activity when the file has none.
import { Disbursement } from '../budgets/budget.entity.ts';
import { DisbursementInput } from '../budgets/budget.inputs.ts';
import { createDisbursement, disbursementWriter } from '../budgets/budget.writer.ts';
import { fold } from './cells.ts';
import { ImportKind } from './import.types.ts';
import { byImportKey, importKeyOf, present, type ImportKindDef } from './import-kind.ts';

export const KEY_COLUMN = { header: 'key', aliases: ['Mã dòng', 'Khóa'], required: false };

export const disbursementImport: ImportKindDef<DisbursementInput> = {
  kind: ImportKind.disbursements,
  columns: {
    key: KEY_COLUMN,
    allocation_id: { header: 'allocation_id', aliases: ['Mã phân bổ', 'Phân bổ'], required: true },
    disbursed_on: { header: 'disbursed_on', aliases: ['Ngày giải ngân', 'Ngày chi'], required: true },
    unit_code: { header: 'unit_code', aliases: ['Mã đơn vị', 'Mã ĐVHC'], required: true },
    amount: { header: 'amount', aliases: ['Số tiền', 'Số tiền (đồng)'], required: true },
    activity: { header: 'activity', aliases: ['Nội dung', 'Hoạt động'], required: true },
    subject_code: { header: 'subject_code', aliases: ['Mã chủ thể'], required: false },
  },
  fields: {
    'input.allocationId': 'allocation_id',
    'input.disbursedOn': 'disbursed_on',
    'input.unitId': 'unit_code',
    'input.amount': 'amount',
    'input.activity': 'activity',
    'input.subjectId': 'subject_code',
    key: 'key',
  },
  unitColumn: 'unit_code',
  inputClass: DisbursementInput,
  defaults: { subjectId: null },

  async read(r, lookups) {
    const allocationId = r.int('allocation_id', true);
    const disbursedOn = r.date('disbursed_on', true);
    const amount = r.whole('amount', true);
    const activity = r.text('activity', true);
    const subjectId = await lookups.subject(r, 'subject_code', r.text('subject_code'));
    const unitCode = r.gsoCode('unit_code', true);
    const unitId = await lookups.unit(r, 'unit_code', unitCode, disbursedOn);
    if (!r.ok) return undefined;
    const key = importKeyOf(r, ['disbursement', allocationId, disbursedOn, unitId, amount, fold(activity!)]);
    if (!key) return undefined;
    const fields: Partial<DisbursementInput> = { allocationId: allocationId!, disbursedOn: disbursedOn!, unitId, amount: amount!, activity: activity! };
    present(r, fields, 'subject_code', 'subjectId', subjectId);
    return { fields, identity: key.importKey, identityColumn: key.identityColumn, importKey: key.importKey };
  },

  find: byImportKey(Disbursement),

  inputOf: (row) =>
    Object.assign(new DisbursementInput(), {
      allocationId: row.allocationId, disbursedOn: row.disbursedOn, unitId: row.unitId, amount: row.amount, activity: row.activity, subjectId: row.subjectId,
    }),

  create: (w, input, importKey) => createDisbursement(w, input, importKey),
  update: (w, id, version, input) => disbursementWriter.update(w, id, version, input),
};
