// Users, roles and the audit log.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1763900000000 implements MigrationInterface {
  name = 'Access1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id            serial PRIMARY KEY,
        username      varchar(60) NOT NULL UNIQUE,
        display_name  text,
        password_hash text NOT NULL,
        role          varchar(20) NOT NULL CHECK (role IN ('admin', 'province_admin', 'district_officer', 'analyst')),
        -- The province of a province_admin, the district of a district_officer; optional for analysts.
        unit_id       int REFERENCES admin_unit(id),
        disabled      boolean NOT NULL DEFAULT false,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('province_admin', 'district_officer') OR unit_id IS NOT NULL)
      );

      -- Who changed what, when, with the row before and after: append-only.
      CREATE TABLE audit_log (
        id         bigserial PRIMARY KEY,
        at         timestamptz NOT NULL DEFAULT now(),
        user_id    int REFERENCES app_user(id),
        username   text NOT NULL,
        action     varchar(10) NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
        entity     varchar(40) NOT NULL,
        entity_id  int,
        unit_id    int REFERENCES admin_unit(id),
        before     jsonb,
        after      jsonb
      );
      CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
      CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log, app_user');
  }
}
