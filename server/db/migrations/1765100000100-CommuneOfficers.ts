// Users of today's units: commune officers (since 1 July 2025 communes sit
// directly under the provinces), who write in their commune and read their province.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommuneOfficers1765100000100 implements MigrationInterface {
  name = 'CommuneOfficers1765100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user DROP CONSTRAINT app_user_role_check, DROP CONSTRAINT app_user_check;
      ALTER TABLE app_user
        ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'province_admin', 'district_officer', 'commune_officer', 'analyst')),
        -- The province of a province_admin, the district of a district_officer, the commune of a commune_officer; optional for analysts.
        ADD CONSTRAINT app_user_unit_check CHECK (role NOT IN ('province_admin', 'district_officer', 'commune_officer') OR unit_id IS NOT NULL);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user DROP CONSTRAINT app_user_role_check, DROP CONSTRAINT app_user_unit_check;
      ALTER TABLE app_user
        ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'province_admin', 'district_officer', 'analyst')),
        ADD CONSTRAINT app_user_check CHECK (role NOT IN ('province_admin', 'district_officer') OR unit_id IS NOT NULL);
    `);
  }
}
