// SQL that gathers what progress is computed from: targets with their plan
// period and named products, milestones, and evaluation rounds held.
import sql from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { queryOne, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, rowShape, type RowType } from '../db/rows.ts';
import { Milestone, Plan, Target } from '../plans/plan.entity.ts';
import { unitIdByCode, withinUnitId } from '../geo/unit-scope.ts';
import { andReadScope } from '../auth/viewer.ts';

/** A target with its plan's period start, its named products and the last day of its scope unit, when that was abolished. */
const TARGET_ROW = entityRow(Target).with({ periodStart: 'date', scopeValidTo: 'date?', productIds: 'int[]' });
export type TargetRow = RowType<typeof TARGET_ROW>;

function targetsWhere(db: Db, condition: Sql): Promise<TargetRow[]> {
  return queryRows(
    db,
    TARGET_ROW,
    sql`SELECT ${selectColumns(db, Target, 't')}, pl.period_start AS "periodStart", su.valid_to AS "scopeValidTo",
               COALESCE((SELECT array_agg(tp.product_id ORDER BY tp.product_id) FROM target_product tp WHERE tp.target_id = t.id), '{}') AS "productIds"
        FROM target t JOIN plan pl ON pl.id = t.plan_id JOIN admin_unit su ON su.id = t.scope_unit_id
        WHERE ${condition} ${andReadScope(sql`t.scope_unit_id`)} ORDER BY t.plan_id, t.id`,
  );
}

export function findPlan(db: Db, planId: number): Promise<Plan | undefined> {
  return queryOne(db, entityRow(Plan), sql`SELECT ${selectColumns(db, Plan, 'p')} FROM plan p WHERE p.id = ${planId} ${andReadScope(sql`p.issuer_unit_id`)}`);
}

/** Every target of the plan, per-district children included. */
export function planTargets(db: Db, planId: number): Promise<TargetRow[]> {
  return targetsWhere(db, sql`t.plan_id = ${planId}`);
}

/** Targets of the year's plans whose scope lies within the unit (read as of `asOf`). */
export function unitYearTargets(db: Db, unitCode: string, year: number, asOf: string): Promise<TargetRow[]> {
  return targetsWhere(db, sql`pl.year = ${year} AND ${withinUnitId(sql`t.scope_unit_id`, unitIdByCode(unitCode, null, asOf))}`);
}

export function planMilestones(db: Db, planIds: number[]): Promise<Milestone[]> {
  return queryRows(
    db,
    entityRow(Milestone),
    sql`SELECT ${selectColumns(db, Milestone, 'm')} FROM milestone m WHERE m.plan_id = ANY(${planIds}::int[]) ${andReadScope(sql`m.scope_unit_id`)} ORDER BY m.deadline, m.id`,
  );
}

/**
 * The evaluation rounds held for a round milestone's deadline: of each level,
 * inside the milestone's scope (central rounds have no unit), whose own deadline
 * is the milestone's; `heldOn` when the last of their councils met, `allHeld`
 * whether every one of them has met.
 */
const ROUND_HELD = rowShape({ planId: 'int', scopeUnitId: 'int', level: 'text', deadline: 'date', heldOn: 'date?', allHeld: 'bool' });
export type RoundHeld = RowType<typeof ROUND_HELD>;

export function roundsHeld(db: Db, planIds: number[]): Promise<RoundHeld[]> {
  return queryRows(
    db,
    ROUND_HELD,
    sql`SELECT m.plan_id AS "planId", m.scope_unit_id AS "scopeUnitId", r.level, m.deadline,
               max(r.held_on) AS "heldOn", bool_and(r.held_on IS NOT NULL) AS "allHeld"
        FROM (SELECT DISTINCT plan_id, scope_unit_id, deadline FROM milestone
              WHERE plan_id = ANY(${planIds}::int[]) AND kind IN ('district_round', 'province_round', 'central_round')) m
        JOIN evaluation_round r ON r.deadline = m.deadline
        -- One index probe per round (a correlated IN read the scope's whole subtree per round).
        LEFT JOIN admin_unit_closure rc ON rc.ancestor_id = m.scope_unit_id AND rc.descendant_id = r.unit_id
        WHERE r.unit_id IS NULL OR rc.descendant_id IS NOT NULL
        GROUP BY m.plan_id, m.scope_unit_id, r.level, m.deadline`,
  );
}

/** Targets within the unit whose plan is running on `asOf` or whose due date passed in the year before it. */
export function activeTargets(db: Db, unitCode: string, asOf: string): Promise<TargetRow[]> {
  return targetsWhere(
    db,
    sql`${withinUnitId(sql`t.scope_unit_id`, unitIdByCode(unitCode, null, asOf))}
        AND pl.period_start <= ${asOf}::date AND t.due_date >= (${asOf}::date - 365)`,
  );
}

const UNIT_REF = rowShape({ id: 'int', name: 'text', type: 'text', level: 'text', code: 'text' });
export type UnitRef = RowType<typeof UNIT_REF>;

/** The unit and, for a province, its districts valid on `asOf`. */
export function unitAndDistricts(db: Db, unitCode: string, asOf: string): Promise<UnitRef[]> {
  return queryRows(
    db,
    UNIT_REF,
    sql`SELECT u.id, u.name, u.type, u.level, u.code FROM admin_unit u
        WHERE u.id = ${unitIdByCode(unitCode, null, asOf)}
           OR (u.parent_id = ${unitIdByCode(unitCode, null, asOf)} AND u.level = 'district'
               AND COALESCE(u.valid_from, '-infinity') <= ${asOf}::date AND COALESCE(u.valid_to, 'infinity') >= ${asOf}::date)
        ORDER BY u.level DESC, u.code`,
  );
}
