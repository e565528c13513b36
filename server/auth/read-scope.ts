// Which unit each kind of row belongs to, so every loader can hide rows
// outside the viewer's read scope, whatever path reached them.
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
import { readScopeCondition } from './viewer.ts';

const column = (name: string) => (alias: string) => raw(`${alias}.${name}`);
const viaProduct = (alias: string) => sql`(SELECT p_scope.unit_id FROM product p_scope WHERE p_scope.id = ${raw(alias)}.product_id)`;

const UNIT_OF = new Map<unknown, (alias: string) => Sql>([
  [Product, column('unit_id')],
  [Subject, column('unit_id')],
  [Evaluation, viaProduct],
  [Certificate, viaProduct],
  [Plan, column('issuer_unit_id')],
  [Target, column('scope_unit_id')],
  [Milestone, column('scope_unit_id')],
  [BudgetAllocation, column('recipient_unit_id')],
  [Disbursement, column('unit_id')],
  [TrainingClass, column('unit_id')],
  [PromotionEvent, column('unit_id')],
  [SalesPoint, column('unit_id')],
]);

/** `AND <row is readable>` for rows of `entity` under `alias`; empty for unscoped viewers and unit-less rows. */
export function entityReadScope(entity: EntityTarget<ObjectLiteral>, alias: string): Sql {
  if (entity === EvaluationRound) {
    // Central rounds have no unit and are visible to all.
    const condition = readScopeCondition(raw(`${alias}.unit_id`));
    return condition ? sql`AND (${raw(alias)}.unit_id IS NULL OR ${condition})` : empty;
  }
  const unitOf = UNIT_OF.get(entity);
  const condition = unitOf ? readScopeCondition(unitOf(alias)) : null;
  return condition ? sql`AND ${condition}` : empty;
}
