// The two maps (and any later one): the units in force from a day, and where
// every unit's records count on each. A map is named by any day it covers
// (`mapOn`); its units are those valid from its first day. Rebuilt with the
// closure whenever units are loaded (seeds/load-admin-units.ts).
//
// Rules, in order, for a unit not on a map (docs/administration.md):
//   - ended before the map: its successor (a split unit: its first part, the
//     successor the mapping lists first — the package gives no areas);
//   - begun after it: the unit it took over whose code it kept, else the one
//     with the lowest code;
//   - neither link: where its parent goes.
// Each unit lands on exactly one unit of the map, so totals are conserved.
import sql, { raw } from 'sql-template-tag';
import type { Sql } from 'sql-template-tag';
import { execute, queryRows, selectColumns, type Db } from '../db/sql.ts';
import { entityRow, oneOf, rowShape, type RowType } from '../db/rows.ts';
import { AdminUnit } from './admin-unit.entity.ts';
import { AttributionRule, UnitAttribution } from './unit-map.types.ts';

export async function refreshUnitMaps(db: Db): Promise<void> {
  await execute(db, sql`TRUNCATE admin_unit_map, admin_unit_map_closure`);
  await execute(
    db,
    sql`INSERT INTO admin_unit_map (map_from, unit_id, mapped_id, rule)
        WITH RECURSIVE map AS (
          SELECT '-infinity'::date AS map_from
          UNION SELECT valid_from FROM admin_unit WHERE valid_from IS NOT NULL
          UNION SELECT valid_to + 1 FROM admin_unit WHERE valid_to IS NOT NULL),
        predecessor AS (
          SELECT DISTINCT ON (s.id) s.id, p.id AS predecessor_id
          FROM admin_unit s JOIN admin_unit p ON p.successor_id = s.id
          ORDER BY s.id, (p.code = s.code) DESC, p.code, p.id),
        walk (map_from, unit_id, at_id, rule, steps) AS (
          SELECT m.map_from, u.id, u.id, 'same'::text, 0 FROM map m CROSS JOIN admin_unit u
          UNION ALL
          SELECT w.map_from, w.unit_id, step.next_id, CASE WHEN w.steps = 0 THEN step.rule ELSE w.rule END, w.steps + 1
          FROM walk w
          JOIN admin_unit a ON a.id = w.at_id
          LEFT JOIN predecessor pr ON pr.id = a.id
          CROSS JOIN LATERAL (SELECT
            CASE WHEN a.valid_to < w.map_from AND a.successor_id IS NOT NULL THEN a.successor_id
                 WHEN a.valid_from > w.map_from AND pr.predecessor_id IS NOT NULL THEN pr.predecessor_id
                 ELSE a.parent_id END AS next_id,
            CASE WHEN a.valid_to < w.map_from AND a.successor_id IS NOT NULL
                   THEN CASE WHEN EXISTS (SELECT 1 FROM admin_unit_part pt WHERE pt.unit_id = a.id) THEN 'split' ELSE 'successor' END
                 WHEN a.valid_from > w.map_from AND pr.predecessor_id IS NOT NULL THEN 'predecessor'
                 ELSE 'parent' END AS rule) step
          WHERE NOT (COALESCE(a.valid_from, '-infinity') <= w.map_from AND COALESCE(a.valid_to, 'infinity') >= w.map_from)
            AND step.next_id IS NOT NULL AND w.steps < 8)
        SELECT w.map_from, w.unit_id, w.at_id, w.rule FROM walk w JOIN admin_unit a ON a.id = w.at_id
        WHERE COALESCE(a.valid_from, '-infinity') <= w.map_from AND COALESCE(a.valid_to, 'infinity') >= w.map_from`,
  );
  await execute(
    db,
    sql`INSERT INTO admin_unit_map_closure (map_from, ancestor_id, descendant_id)
        WITH RECURSIVE up (map_from, unit_id, ancestor_id) AS (
          SELECT map_from, unit_id, mapped_id FROM admin_unit_map
          UNION SELECT up.map_from, up.unit_id, a.parent_id FROM up JOIN admin_unit a ON a.id = up.ancestor_id WHERE a.parent_id IS NOT NULL)
        SELECT map_from, ancestor_id, unit_id FROM up
        UNION
        SELECT m.map_from, c.ancestor_id, c.descendant_id
        FROM (SELECT DISTINCT map_from FROM admin_unit_map) m
        JOIN admin_unit a ON NOT (COALESCE(a.valid_from, '-infinity') <= m.map_from AND COALESCE(a.valid_to, 'infinity') >= m.map_from)
        JOIN admin_unit_closure c ON c.ancestor_id = a.id`,
  );
}

/** The first day of the map that covers `day`. */
export function mapStart(day: string): Sql {
  return sql`(SELECT max(map_from) FROM admin_unit_map WHERE map_from <= ${day}::date)`;
}

/**
 * The relation (ancestor_id, descendant_id) that "within unit X" reads: as
 * recorded (admin_unit_closure), or on the map of `mapOn`.
 */
export function unitClosure(mapOn: string | null | undefined): Sql {
  return mapOn ? sql`(SELECT ancestor_id, descendant_id FROM admin_unit_map_closure WHERE map_from = ${mapStart(mapOn)})` : raw('admin_unit_closure');
}

/** The unit a record of `unitColumn` counts in on the map of `mapOn` (the unit itself without a map). */
export function mappedUnit(mapOn: string | null | undefined, unitColumn: Sql): Sql {
  return mapOn ? sql`(SELECT um.mapped_id FROM admin_unit_map um WHERE um.map_from = ${mapStart(mapOn)} AND um.unit_id = ${unitColumn})` : unitColumn;
}

const ATTRIBUTION_ROW = rowShape({ scopeId: 'int', unitId: 'int', mappedId: 'int', rule: oneOf(AttributionRule) });
export type AttributionRow = RowType<typeof ATTRIBUTION_ROW>;

/**
 * The units whose records count within each of `scopeIds` on the map of
 * `mapOn` by a rule rather than as they are (split, predecessor, parent): the
 * figures of those scopes rest on a documented choice, and say so.
 */
export function ruledAttributions(db: Db, mapOn: string, scopeIds: number[]): Promise<AttributionRow[]> {
  return queryRows(
    db,
    ATTRIBUTION_ROW,
    sql`SELECT mc.ancestor_id AS "scopeId", um.unit_id AS "unitId", um.mapped_id AS "mappedId", um.rule
        FROM admin_unit_map um
        JOIN admin_unit_map_closure mc ON mc.map_from = um.map_from AND mc.descendant_id = um.unit_id AND mc.ancestor_id = ANY(${scopeIds}::int[])
        WHERE um.map_from = ${mapStart(mapOn)} AND um.rule IN ('split', 'predecessor', 'parent')
        ORDER BY mc.ancestor_id, um.unit_id`,
  );
}

/** `ruledAttributions` as objects, grouped by scope. */
export async function attributionsByScope(db: Db, mapOn: string, scopeIds: number[]): Promise<Map<number, UnitAttribution[]>> {
  const rows = await ruledAttributions(db, mapOn, scopeIds);
  const units = new Map((await adminUnitsById(db, [...new Set(rows.flatMap((r) => [r.unitId, r.mappedId]))])).map((u) => [u.id, u]));
  const out = new Map<number, UnitAttribution[]>(scopeIds.map((id) => [id, []]));
  for (const r of rows) {
    out.get(r.scopeId)?.push(Object.assign(new UnitAttribution(), { unit: units.get(r.unitId)!, countedIn: units.get(r.mappedId)!, rule: r.rule }));
  }
  return out;
}

/** Units by id (read scope aside: they name the places figures are about). */
export function adminUnitsById(db: Db, ids: number[]): Promise<AdminUnit[]> {
  return queryRows(db, entityRow(AdminUnit), sql`SELECT ${selectColumns(db, AdminUnit, 'u')} FROM admin_unit u WHERE u.id = ANY(${ids}::int[])`);
}
