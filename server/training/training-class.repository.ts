// All SQL that reads training classes.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { inYear, sortKeys } from '../common/list-filters.ts';
import { fetchEntityPage } from '../common/pagination.ts';
import type { Db } from '../db/sql.ts';
import { unitScopeConditions } from '../geo/unit-scope.ts';
import { TrainingClass } from './training-class.entity.ts';
import { TrainingClassConnection, TrainingClassOrderField, type TrainingClassesArgs } from './training-class.types.ts';

const ORDER: Record<TrainingClassOrderField, Sql> = {
  [TrainingClassOrderField.STARTS_ON]: raw('c.starts_on'),
  // Until attendance is reported, the planned count is the best figure there is.
  [TrainingClassOrderField.LEARNERS]: raw('COALESCE(c.actual_learners, c.planned_learners)'),
};

export function listTrainingClasses(db: Db, args: TrainingClassesArgs): Promise<TrainingClassConnection> {
  const f = args.filter;
  const where = unitScopeConditions(raw('c.unit_id'), f);
  if (f?.audiences?.length) where.push(sql`c.audience = ANY(${f.audiences}::text[])`);
  if (f?.year != null) where.push(inYear(raw('c.starts_on'), f.year));
  if (f?.planId != null) where.push(sql`c.plan_id = ${f.planId}`);
  return fetchEntityPage(
    db,
    TrainingClass,
    'c',
    { where, sort: sortKeys(ORDER, args.orderBy, TrainingClassOrderField.STARTS_ON) },
    args,
    TrainingClassConnection,
  );
}
