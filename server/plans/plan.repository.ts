// All SQL that reads plan and target lists (relations are in plan.loaders.ts).
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { sortKeys } from '../common/list-filters.ts';
import { fetchEntityPage } from '../common/pagination.ts';
import type { Db } from '../db/sql.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { Plan, Target } from './plan.entity.ts';
import { PlanConnection, PlanOrderField, TargetConnection, TargetOrderField, type PlansArgs, type TargetsArgs } from './plan.types.ts';

const PLAN_ORDER: Record<PlanOrderField, Sql> = {
  [PlanOrderField.YEAR]: raw('pl.year'),
  [PlanOrderField.KEY]: raw('pl.key'),
};

export function listPlans(db: Db, args: PlansArgs): Promise<PlanConnection> {
  const f = args.filter;
  const where = unitScopeConditions(raw('pl.issuer_unit_id'), f);
  if (f?.year != null) where.push(sql`pl.year = ${f.year}`);
  return fetchEntityPage(db, Plan, 'pl', { where, sort: sortKeys(PLAN_ORDER, args.orderBy, PlanOrderField.KEY) }, args, PlanConnection);
}

const TARGET_ORDER: Record<TargetOrderField, Sql> = {
  [TargetOrderField.KEY]: raw('t.key'),
  [TargetOrderField.DUE_DATE]: raw('t.due_date'),
};

export function listTargets(db: Db, args: TargetsArgs): Promise<TargetConnection> {
  const f = args.filter;
  const where = unitScopeConditions(raw('t.scope_unit_id'), f);
  if (f?.planId != null) where.push(sql`t.plan_id = ${f.planId}`);
  if (f?.metric) where.push(sql`t.metric = ${f.metric}`);
  return fetchEntityPage(db, Target, 't', { where, sort: sortKeys(TARGET_ORDER, args.orderBy, TargetOrderField.KEY) }, args, TargetConnection);
}
