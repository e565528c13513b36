// SQL for district league tables: the districts of a province in a period,
// their denominators, and the targets plans set for them.
import sql from 'sql-template-tag';
import { queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { unitIdByCode } from '../geo/unit-scope.ts';
import { unitClosure } from '../geo/unit-map.repository.ts';
import { andReadScope } from '../auth/viewer.ts';

export function findProvince(db: Db, code: string, asOf: string): Promise<AdminUnit | undefined> {
  return queryOne(db, entityRow(AdminUnit), sql`SELECT ${selectColumns(db, AdminUnit, 'u')} FROM admin_unit u WHERE u.id = ${unitIdByCode(code, null, asOf)}`);
}

/** A district with its communes (at least 1) and subjects counted on a date. */
const DISTRICT_FACTS = entityRow(AdminUnit).with({ communes: 'int', subjects: 'int' });
export type DistrictFacts = RowType<typeof DISTRICT_FACTS>;

/**
 * Districts existing at some point of the period, with communes and subjects counted on `at`;
 * with `mapOn`, the units just below the province on that map (districts before the reform, communes since).
 */
export function districtsWithDenominators(db: Db, provinceId: number, from: string, to: string, at: string, mapOn?: string | null): Promise<DistrictFacts[]> {
  const rows = mapOn
    ? sql`COALESCE(u.valid_from, '-infinity') <= ${mapOn}::date AND COALESCE(u.valid_to, 'infinity') >= ${mapOn}::date`
    : sql`u.level = 'district' AND COALESCE(u.valid_from, '-infinity') <= ${to}::date AND COALESCE(u.valid_to, 'infinity') >= ${from}::date`;
  return queryRows(
    db,
    DISTRICT_FACTS,
    sql`SELECT ${selectColumns(db, AdminUnit, 'u')},
          GREATEST(1, (SELECT count(*) FROM admin_unit c WHERE c.parent_id = u.id
             AND COALESCE(c.valid_from, '-infinity') <= ${at}::date AND COALESCE(c.valid_to, 'infinity') >= ${at}::date))::int AS communes,
          (SELECT count(*) FROM subject s JOIN ${unitClosure(mapOn)} cl ON cl.descendant_id = s.unit_id
             WHERE cl.ancestor_id = u.id AND (s.registered_on IS NULL OR s.registered_on <= ${at}::date))::int AS subjects
        FROM admin_unit u
        WHERE u.parent_id = ${provinceId} AND ${rows}
        ORDER BY u.code`,
  );
}

const DISTRICT_TARGET = rowShape({ scopeUnitId: 'int', targetMin: 'numeric', targetMax: 'numeric?', dueDate: 'date', periodStart: 'date', params: 'object' });
export type DistrictTarget = RowType<typeof DISTRICT_TARGET>;

/** Targets set for single districts on this metric by plans whose period overlaps [from, to]. */
export function districtTargets(db: Db, districtIds: number[], metric: string, from: string, to: string): Promise<DistrictTarget[]> {
  return queryRows(
    db,
    DISTRICT_TARGET,
    sql`SELECT t.scope_unit_id AS "scopeUnitId", t.target_min AS "targetMin", t.target_max AS "targetMax", t.due_date AS "dueDate",
               pl.period_start AS "periodStart", t.params
        FROM target t JOIN plan pl ON pl.id = t.plan_id
        WHERE t.scope_unit_id = ANY(${districtIds}::int[]) AND t.metric = ${metric}
          AND pl.period_start <= ${to}::date AND pl.period_end >= ${from}::date ${andReadScope(sql`t.scope_unit_id`)}
        ORDER BY t.id`,
  );
}
