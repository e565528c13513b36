// Which unit each kind of row belongs to, so every loader can hide rows
// outside the viewer's read scope, whatever path reached them, and every
// writer checks the unit the viewer may write in (record-writer.ts).
import sql, { empty, raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { BudgetAllocation, Disbursement } from '../budgets/budget.entity.ts';
import { Certificate, Evaluation, EvaluationRound } from '../evaluations/evaluation.entity.ts';
import { Milestone, Plan, Target } from '../plans/plan.entity.ts';
import { Product } from '../products/product.entity.ts';
import { PromotionEvent, SalesPoint } from '../promotion/promotion.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { TrainingClass } from '../training/training-class.entity.ts';
import { PeriodApproval } from '../approvals/period-approval.entity.ts';
import { ReportDraft } from '../reports/report-draft.entity.ts';
import { readScopeCondition } from './viewer.ts';

/** The column holding the unit of each kind of row that names its own (a round's is null when it is national). */
const UNIT_COLUMN = new Map<unknown, string>([
  [Product, 'unit_id'],
  [Subject, 'unit_id'],
  [EvaluationRound, 'unit_id'],
  [Plan, 'issuer_unit_id'],
  [Target, 'scope_unit_id'],
  [Milestone, 'scope_unit_id'],
  [BudgetAllocation, 'recipient_unit_id'],
  [Disbursement, 'unit_id'],
  [TrainingClass, 'unit_id'],
  [PromotionEvent, 'unit_id'],
  [SalesPoint, 'unit_id'],
  [PeriodApproval, 'unit_id'],
  [ReportDraft, 'unit_id'],
]);

/** Evaluations and certificates belong to their product's unit. */
const VIA_PRODUCT = new Set<unknown>([Evaluation, Certificate]);

/** The column naming the unit of a row of `entity`; undefined when its unit is its product's (or it has none). */
export function unitColumn(entity: EntityTarget<ObjectLiteral>): string | undefined {
  return UNIT_COLUMN.get(entity);
}

/** The unit of a row of `entity` under `alias`, as SQL; undefined for rows without one. */
export function unitOf(entity: EntityTarget<ObjectLiteral>, alias: string): Sql | undefined {
  const name = UNIT_COLUMN.get(entity);
  if (name) return raw(`${alias}.${name}`);
  return VIA_PRODUCT.has(entity) ? sql`(SELECT p_scope.unit_id FROM product p_scope WHERE p_scope.id = ${raw(alias)}.product_id)` : undefined;
}

/** `AND <row is readable>` for rows of `entity` under `alias`; empty for unscoped viewers and unit-less rows. */
export function entityReadScope(entity: EntityTarget<ObjectLiteral>, alias: string): Sql {
  if (entity === EvaluationRound) {
    // Central rounds have no unit and are visible to all.
    const condition = readScopeCondition(raw(`${alias}.unit_id`));
    return condition ? sql`AND (${raw(alias)}.unit_id IS NULL OR ${condition})` : empty;
  }
  const unit = unitOf(entity, alias);
  const condition = unit ? readScopeCondition(unit) : null;
  return condition ? sql`AND ${condition}` : empty;
}
