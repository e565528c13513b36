import DataLoader from 'dataloader';
import sql from 'sql-template-tag';
import { byIdLoader, groupLoader } from '../common/loaders.ts';
import { queryRows, type Db } from '../db/sql.ts';
import { rowShape } from '../db/rows.ts';
import { BudgetAllocation, Disbursement } from './budget.entity.ts';

const PAID_ROW = rowShape({ allocationId: 'int', total: 'numeric' });

/** Total paid from each allocation (non-deleted payments), exact, as a digit string; "0" when nothing was paid. */
function disbursedAmountLoader(db: Db): DataLoader<number, string> {
  return new DataLoader(async (allocationIds) => {
    const rows = await queryRows(
      db,
      PAID_ROW,
      sql`SELECT d.allocation_id AS "allocationId", SUM(d.amount)::text AS total
          FROM disbursement d
          WHERE d.allocation_id = ANY(${[...allocationIds]}::int[]) AND d.deleted_at IS NULL
          GROUP BY d.allocation_id`,
    );
    const totals = new Map(rows.map((r) => [r.allocationId, r.total]));
    return allocationIds.map((id) => totals.get(id) ?? '0');
  });
}

export function createBudgetLoaders(db: Db) {
  return {
    allocationById: byIdLoader<BudgetAllocation>(db, BudgetAllocation),
    // In the plan's own order (ids follow the plan file).
    allocationsByPlan: groupLoader<BudgetAllocation>(db, BudgetAllocation, 'plan_id', { orderBy: 't.id' }),
    disbursementsByAllocation: groupLoader<Disbursement>(db, Disbursement, 'allocation_id', {
      extra: sql`AND t.deleted_at IS NULL`,
      orderBy: 't.disbursed_on, t.id',
    }),
    disbursedAmount: disbursedAmountLoader(db),
  };
}
