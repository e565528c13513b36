// Rules for writing budget allocations and disbursements.
import { entityReadScope } from '../auth/read-scope.ts';
import { Plan } from '../plans/plan.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { inputColumns, RecordWriter } from '../writes/record-writer.ts';
import { isNewOrChanged, noSuch, reference } from '../writes/rules.ts';
import { checkUnitOn } from '../writes/units.ts';
import type { Write } from '../writes/write-context.ts';
import { BudgetAllocation, Disbursement } from './budget.entity.ts';
import type { BudgetAllocationInput, DisbursementInput } from './budget.inputs.ts';
import { allocationReferences, disbursedFrom, lockAllocations } from './budget-write.repository.ts';

/** "20.967.000.000 đ": amounts in messages as Vietnamese readers write them. */
export function formatVnd(amount: bigint): string {
  return `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}

export const allocationWriter = new RecordWriter<BudgetAllocation, BudgetAllocationInput>({
  entity: BudgetAllocation,
  values: inputColumns(['planId', 'year', 'source', 'amount', 'recipientUnitId', 'activity', 'note']),
  refers: { planId: { entity: Plan, label: { vi: 'kế hoạch', en: 'plan' }, access: 'write' } },
  async check(w, input, record, before, problems) {
    if (input.planId != null && isNewOrChanged(before, record, 'planId')) await reference(w, problems, 'input.planId', Plan, input.planId);
    if (isNewOrChanged(before, record, 'recipientUnitId', 'year')) {
      await checkUnitOn(w, problems, 'input.recipientUnitId', input.recipientUnitId, { year: input.year }, { vi: 'năm ngân sách', en: 'the budget year' });
    }
    if (before) {
      // The row is locked: no disbursement from it can commit while this runs.
      const paid = await disbursedFrom(w.tx, before.id);
      if (paid > 0n && input.amount == null)
        problems.add('input.amount', {
          vi: `cần có: đã giải ngân ${formatVnd(paid)} từ khoản phân bổ này`,
          en: `is needed: ${formatVnd(paid)} is already disbursed from this allocation`,
        });
      else if (input.amount != null && BigInt(input.amount) < paid) {
        problems.add('input.amount', {
          vi: `không được nhỏ hơn số đã giải ngân từ khoản phân bổ này (${formatVnd(paid)})`,
          en: `must be at least what is already disbursed from this allocation (${formatVnd(paid)})`,
        });
      }
    }
  },
  references: (row) => allocationReferences(row.id),
});

export const disbursementWriter = new RecordWriter<Disbursement, DisbursementInput>({
  entity: Disbursement,
  unique: {
    disbursement_import_key_idx: {
      field: 'key',
      message: { vi: 'một khoản giải ngân khác đã có mã dòng nhập này', en: 'another disbursement already has this import key' },
    },
  },
  values: inputColumns(['allocationId', 'disbursedOn', 'unitId', 'amount', 'activity', 'subjectId']),
  refers: {
    allocationId: { entity: BudgetAllocation, label: { vi: 'khoản phân bổ', en: 'budget allocation' }, access: 'draw' },
    subjectId: { entity: Subject, label: { vi: 'chủ thể', en: 'subject' }, access: 'write' },
  },
  async check(w, input, record, before, problems) {
    // Lock the allocations first (the old one too when moving the payment), then add up.
    const ids = [...new Set([input.allocationId, ...(before ? [before.allocationId] : [])])];
    const allocations = await lockAllocations(w.tx, ids, entityReadScope(BudgetAllocation, 'b'));
    const allocation = allocations.find((a) => a.id === input.allocationId);
    if (!allocation) {
      problems.add('input.allocationId', noSuch(BudgetAllocation, String(input.allocationId)));
    } else {
      if (Number(input.disbursedOn.slice(0, 4)) < allocation.year) {
        problems.add('input.disbursedOn', {
          vi: `phải trong năm ${allocation.year} (năm của khoản phân bổ ${allocation.id}) hoặc sau đó`,
          en: `must be in ${allocation.year}, the year of allocation ${allocation.id}, or later`,
        });
      }
      if (allocation.amount === null) {
        problems.add('input.allocationId', {
          vi: `khoản phân bổ ${allocation.id} chưa ghi số tiền nên chưa thể giải ngân; hãy nhập số tiền cho khoản phân bổ trước`,
          en: `allocation ${allocation.id} states no amount, so nothing can be disbursed from it; give it an amount first`,
        });
      } else {
        const total = BigInt(allocation.amount);
        const paid = await disbursedFrom(w.tx, allocation.id, before?.id ?? null);
        const remaining = total - paid;
        if (BigInt(input.amount) > remaining) {
          const [left, all, done] = [formatVnd(remaining > 0n ? remaining : 0n), formatVnd(total), formatVnd(paid)];
          problems.add('input.amount', {
            vi: `vượt quá số còn lại của khoản phân bổ ${allocation.id}: còn ${left} trên tổng ${all} (đã giải ngân ${done})`,
            en: `exceeds what remains of allocation ${allocation.id}: ${left} of ${all} (${done} already disbursed)`,
          });
        }
      }
    }
    if (isNewOrChanged(before, record, 'unitId', 'disbursedOn'))
      await checkUnitOn(w, problems, 'input.unitId', input.unitId, { on: input.disbursedOn }, { vi: 'ngày giải ngân', en: 'disbursedOn' });
    if (input.subjectId != null && isNewOrChanged(before, record, 'subjectId')) await reference(w, problems, 'input.subjectId', Subject, input.subjectId);
  },
});

export const createDisbursement = (w: Write, input: DisbursementInput, importKey?: string) =>
  disbursementWriter.create(w, input, importKey ? { importKey } : {});
