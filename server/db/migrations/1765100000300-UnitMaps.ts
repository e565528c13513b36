// Every figure by either map: the units in force before 1 July 2025 (provinces,
// districts, communes) or since (provinces and communes). For each map — the
// units in force from `map_from` — every unit has one place on it, so a record
// counts in exactly one unit of each tier and totals are the same on both maps.
// Derived from admin_unit with the closure (server/geo/unit-map.repository.ts).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshUnitMaps } from '../../geo/unit-map.repository.ts';

const DERIVED = ['admin_unit_part', 'admin_unit_map', 'admin_unit_map_closure'];

export class UnitMaps1765100000300 implements MigrationInterface {
  name = 'UnitMaps1765100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The new units a unit was split into (27 communes nationally, Thanh Hải in the four provinces),
      -- in the mapping's order: the first, its successor_id, takes its records.
      CREATE TABLE admin_unit_part (
        unit_id int NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
        part_id int NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
        ordinal smallint NOT NULL,
        PRIMARY KEY (unit_id, part_id)
      );

      -- The unit of each map a unit's records count in, and by which rule: same (on the map),
      -- successor (taken over whole), split (taken over in parts: the first part), predecessor
      -- (a later unit, on an earlier map: the unit it took over whose code it kept, else the
      -- lowest code), parent (no such link: as its parent).
      CREATE TABLE admin_unit_map (
        map_from  date NOT NULL,
        unit_id   int NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
        mapped_id int NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
        rule      varchar(12) NOT NULL CHECK (rule IN ('same', 'successor', 'split', 'predecessor', 'parent')),
        PRIMARY KEY (map_from, unit_id)
      );
      CREATE INDEX admin_unit_map_mapped_idx ON admin_unit_map (map_from, mapped_id);

      -- admin_unit_closure per map: a unit of the map with every unit whose records count in it;
      -- a unit not on the map keeps what it holds as recorded.
      CREATE TABLE admin_unit_map_closure (
        map_from      date NOT NULL,
        ancestor_id   int NOT NULL,
        descendant_id int NOT NULL,
        PRIMARY KEY (map_from, ancestor_id, descendant_id)
      );
      CREATE INDEX admin_unit_map_closure_descendant_idx ON admin_unit_map_closure (map_from, descendant_id);
    `);
    for (const table of DERIVED) {
      await q.query(`CREATE TRIGGER ${table}_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
                     FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`);
    }
    // Maps of the units already loaded (split parts are known from the next load of the units).
    await refreshUnitMaps(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${[...DERIVED].reverse().join(', ')}`);
  }
}
