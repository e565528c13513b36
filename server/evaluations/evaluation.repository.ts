// All SQL that reads evaluation lists (relations are in evaluation.loaders.ts).
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { checkBetween, dateBetween, sortKeys } from '../common/list-filters.ts';
import { fetchPage } from '../common/pagination.ts';
import { selectColumns, type Db } from '../db/sql.ts';
import { entityRow } from '../db/rows.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { Evaluation } from './evaluation.entity.ts';
import { EvaluationConnection, EvaluationOrderField, type EvaluationFilter, type EvaluationsArgs } from './evaluation.types.ts';

const ORDER: Record<EvaluationOrderField, Sql> = {
  [EvaluationOrderField.EVALUATED_ON]: raw('e.evaluated_on'),
  [EvaluationOrderField.TOTAL_SCORE]: raw('e.total_score'),
  [EvaluationOrderField.STARS]: raw('e.stars'),
};

function evaluationConditions(f: EvaluationFilter | null | undefined): Sql[] {
  // Without a filter the viewer's read scope still applies.
  if (!f) return unitScopeConditions(raw('p.unit_id'), f);
  checkBetween('filter.minStars', f.minStars, 1, 5);
  checkBetween('filter.maxStars', f.maxStars, 1, 5);
  const where = unitScopeConditions(raw('p.unit_id'), f);
  if (f.levels?.length) where.push(sql`r.level = ANY(${f.levels}::text[])`);
  if (f.year != null) where.push(sql`r.year = ${f.year}`);
  if (f.minStars != null) where.push(sql`e.stars >= ${f.minStars}`);
  if (f.maxStars != null) where.push(sql`e.stars <= ${f.maxStars}`);
  where.push(...dateBetween(raw('e.evaluated_on'), f.evaluatedFrom, f.evaluatedTo));
  if (f.productId != null) where.push(sql`e.product_id = ${f.productId}`);
  if (f.proposedForCentral != null) where.push(sql`e.proposed_for_central = ${f.proposedForCentral}`);
  return where;
}

export function listEvaluations(db: Db, args: EvaluationsArgs): Promise<EvaluationConnection> {
  return fetchPage(
    db,
    {
      select: sql`SELECT ${selectColumns(db, Evaluation, 'e')}`,
      row: entityRow(Evaluation),
      // The round gives level and year; the product gives the unit the scope filter reads.
      from: sql`FROM evaluation e JOIN evaluation_round r ON r.id = e.round_id JOIN product p ON p.id = e.product_id`,
      where: evaluationConditions(args.filter),
      sort: sortKeys(ORDER, args.orderBy, EvaluationOrderField.EVALUATED_ON),
      idExpr: raw('e.id'),
    },
    args,
    EvaluationConnection,
  );
}
