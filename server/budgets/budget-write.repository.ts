// SQL the allocation and disbursement writes need beyond the shared write repository.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityManager } from 'typeorm';
import { queryOne, queryRows } from '../db/sql.ts';
import { rowShape, type RowType } from '../db/rows.ts';

const ALLOCATION_FACTS = rowShape({ id: 'int', year: 'int', amount: 'numeric?' });
export type AllocationFacts = RowType<typeof ALLOCATION_FACTS>;
const TOTAL_ROW = rowShape({ total: 'numeric' });

/**
 * Locks allocations for the rest of the transaction, in id order (so two
 * writers never wait on each other crosswise): concurrent disbursements from
 * one allocation then run one after the other and each sees the others' sums.
 * `readScope` hides allocations the viewer cannot read (alias b).
 */
export function lockAllocations(tx: EntityManager, ids: number[], readScope: Sql): Promise<AllocationFacts[]> {
  return queryRows(
    tx,
    ALLOCATION_FACTS,
    sql`SELECT b.id, b.year, b.amount FROM budget_allocation b WHERE b.id = ANY(${ids}::int[]) ${readScope} ORDER BY b.id FOR UPDATE OF b`,
  );
}

/** Total of the live disbursements from an allocation, exact, leaving out `exceptId`. */
export async function disbursedFrom(tx: EntityManager, allocationId: number, exceptId: number | null = null): Promise<bigint> {
  const row = await queryOne(
    tx,
    TOTAL_ROW,
    sql`SELECT COALESCE(sum(amount), 0)::text AS total FROM disbursement
        WHERE allocation_id = ${allocationId} AND deleted_at IS NULL AND id <> ${exceptId ?? 0}`,
  );
  return BigInt(row?.total ?? '0');
}

export function allocationReferences(id: number): Record<string, Sql> {
  return { 'disbursements (deleted ones included, kept for history)': sql`SELECT 1 FROM disbursement WHERE allocation_id = ${id}` };
}
