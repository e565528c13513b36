// Loads administrative units (keys, hierarchy, 2025 successors, the parts of
// split communes) and rebuilds the closure table that every "within unit"
// filter reads, and the two maps (server/geo/unit-map.repository.ts).
import type { EntityManager } from 'typeorm';
import { refreshUnitMaps } from '../server/geo/unit-map.repository.ts';
import type { SeedUnit } from './admin-units/units.ts';

export async function loadAdminUnits(tx: EntityManager, units: readonly SeedUnit[]): Promise<void> {
  // One statement for the rows, one for the links: keys are resolved in SQL.
  await tx.query(
    `INSERT INTO admin_unit (key, code, name, type, level, valid_from, valid_to)
     SELECT key, code, name, type, level, valid_from, valid_to
     FROM jsonb_to_recordset($1::jsonb) AS u(key text, code text, name text, type text, level text, valid_from date, valid_to date)`,
    [JSON.stringify(units.map((u) => ({ ...u, valid_from: u.validFrom, valid_to: u.validTo })))],
  );
  await tx.query(
    `UPDATE admin_unit u SET parent_id = p.id, successor_id = s.id
     FROM jsonb_to_recordset($1::jsonb) AS l(key text, parent_key text, successor_key text)
     LEFT JOIN admin_unit p ON p.key = l.parent_key
     LEFT JOIN admin_unit s ON s.key = l.successor_key
     WHERE u.key = l.key`,
    [JSON.stringify(units.map((u) => ({ key: u.key, parent_key: u.parentKey, successor_key: u.successorKey })))],
  );
  await loadUnitParts(tx, units);
  await refreshUnitDerivedColumns(tx);
}

/** The parts of split units, in the mapping's order (the first is the successor), keys resolved in SQL. */
export async function loadUnitParts(tx: EntityManager, units: readonly Pick<SeedUnit, 'key' | 'partKeys'>[]): Promise<void> {
  const parts = units.flatMap((u) => (u.partKeys ?? []).map((part, ordinal) => ({ key: u.key, part, ordinal })));
  await tx.query(
    `INSERT INTO admin_unit_part (unit_id, part_id, ordinal)
     SELECT u.id, p.id, l.ordinal FROM jsonb_to_recordset($1::jsonb) AS l(key text, part text, ordinal int)
     JOIN admin_unit u ON u.key = l.key JOIN admin_unit p ON p.key = l.part`,
    [JSON.stringify(parts)],
  );
}

/** province_id / district_id shortcuts, the closure and the maps, derived from parent and successor links. */
export async function refreshUnitDerivedColumns(tx: EntityManager): Promise<void> {
  await tx.query(`
    UPDATE admin_unit u SET
      province_id = CASE u.level WHEN 'province' THEN u.id WHEN 'district' THEN u.parent_id
                    ELSE (CASE p.level WHEN 'province' THEN p.id ELSE p.parent_id END) END,
      district_id = CASE u.level WHEN 'district' THEN u.id WHEN 'commune' THEN (CASE p.level WHEN 'district' THEN p.id END) END
    FROM admin_unit u2 LEFT JOIN admin_unit p ON p.id = u2.parent_id
    WHERE u2.id = u.id;

    TRUNCATE admin_unit_closure;
    INSERT INTO admin_unit_closure (ancestor_id, descendant_id)
    WITH RECURSIVE edges(up, down) AS (
      SELECT parent_id, id FROM admin_unit WHERE parent_id IS NOT NULL
      UNION SELECT successor_id, id FROM admin_unit WHERE successor_id IS NOT NULL
    ), walk(ancestor_id, descendant_id) AS (
      SELECT id, id FROM admin_unit
      UNION SELECT w.ancestor_id, e.down FROM walk w JOIN edges e ON e.up = w.descendant_id
    )
    SELECT ancestor_id, descendant_id FROM walk;
  `);
  await refreshUnitMaps(tx);
}
