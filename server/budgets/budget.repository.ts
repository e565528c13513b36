// All SQL that reads allocation and disbursement lists (relations are in budget.loaders.ts).
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { dateBetween, inYear, sortKeys } from '../common/list-filters.ts';
import { fetchEntityPage } from '../common/pagination.ts';
import type { Db } from '../db/sql.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { BudgetAllocation, Disbursement } from './budget.entity.ts';
import {
  BudgetAllocationConnection,
  BudgetAllocationOrderField,
  DisbursementConnection,
  DisbursementOrderField,
  type BudgetAllocationsArgs,
  type DisbursementsArgs,
} from './budget.types.ts';

const ALLOCATION_ORDER: Record<BudgetAllocationOrderField, Sql> = {
  [BudgetAllocationOrderField.YEAR]: raw('b.year'),
  // -1: a line whose amount the plan does not state sorts below every stated amount, 0 included.
  [BudgetAllocationOrderField.AMOUNT]: raw('COALESCE(b.amount, -1)'),
  // From the top of the budget hierarchy down, not alphabetically.
  [BudgetAllocationOrderField.SOURCE]: raw("array_position(ARRAY['central','provincial','district','commune','other']::text[], b.source::text)"),
};

export function listBudgetAllocations(db: Db, args: BudgetAllocationsArgs): Promise<BudgetAllocationConnection> {
  const f = args.filter;
  const where = unitScopeConditions(raw('b.recipient_unit_id'), f);
  if (f?.planId != null) where.push(sql`b.plan_id = ${f.planId}`);
  if (f?.year != null) where.push(sql`b.year = ${f.year}`);
  if (f?.sources?.length) where.push(sql`b.source = ANY(${f.sources}::text[])`);
  return fetchEntityPage(
    db,
    BudgetAllocation,
    'b',
    { where, sort: sortKeys(ALLOCATION_ORDER, args.orderBy, BudgetAllocationOrderField.YEAR) },
    args,
    BudgetAllocationConnection,
  );
}

const DISBURSEMENT_ORDER: Record<DisbursementOrderField, Sql> = {
  [DisbursementOrderField.DISBURSED_ON]: raw('d.disbursed_on'),
  [DisbursementOrderField.AMOUNT]: raw('d.amount'),
};

export function listDisbursements(db: Db, args: DisbursementsArgs): Promise<DisbursementConnection> {
  const f = args.filter;
  const where = [sql`d.deleted_at IS NULL`, ...unitScopeConditions(raw('d.unit_id'), f)];
  if (f?.allocationId != null) where.push(sql`d.allocation_id = ${f.allocationId}`);
  if (f?.sources?.length) where.push(sql`d.allocation_id IN (SELECT id FROM budget_allocation WHERE source = ANY(${f.sources}::text[]))`);
  where.push(...dateBetween(raw('d.disbursed_on'), f?.disbursedFrom, f?.disbursedTo));
  if (f?.year != null) where.push(inYear(raw('d.disbursed_on'), f.year));
  return fetchEntityPage(
    db,
    Disbursement,
    'd',
    { where, sort: sortKeys(DISBURSEMENT_ORDER, args.orderBy, DisbursementOrderField.DISBURSED_ON) },
    args,
    DisbursementConnection,
  );
}
