// A single version number that every write to programme data bumps, in the
// writing transaction: computed results (KPIs, aggregates) are cached under
// the version they were computed at, and any instance sees a write by any other.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'admin_unit',
  'admin_unit_closure',
  'subject',
  'product',
  'evaluation_round',
  'evaluation',
  'certificate',
  'plan',
  'target',
  'target_product',
  'milestone',
  'budget_allocation',
  'disbursement',
  'training_class',
  'promotion_event',
  'promotion_event_product',
  'promotion_event_subject',
  'sales_point',
];

export class DataVersion1763950000000 implements MigrationInterface {
  name = 'DataVersion1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_version (
        id      boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL
      );
      INSERT INTO data_version VALUES (true, 1);

      -- Transactional on purpose: readers see the new version only once the write is visible.
      CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1;
        RETURN NULL;
      END $$;
    `);
    for (const table of TABLES) {
      await q.query(`CREATE TRIGGER ${table}_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
                     FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_bumps_version ON ${table}`);
    await q.query('DROP FUNCTION bump_data_version(); DROP TABLE data_version;');
  }
}
