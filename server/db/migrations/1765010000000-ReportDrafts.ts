// The officer's part of each periodic report (server/reports): one row per
// unit and period, versioned like every edited table; its history is in the
// audit log.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportDrafts1765010000000 implements MigrationInterface {
  name = 'ReportDrafts1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_draft (
        id              serial PRIMARY KEY,
        unit_id         int NOT NULL REFERENCES admin_unit(id),
        period          varchar(12) NOT NULL CHECK (period IN ('month', 'quarter', 'half_year', 'nine_months', 'year')),
        year            smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        end_month       smallint NOT NULL CHECK (end_month BETWEEN 1 AND 12),
        document_number text,
        issued_on       date,
        signer_title    text,
        signer_name     text,
        recipients      text,
        difficulties    text,
        proposals       text,
        version         int NOT NULL DEFAULT 1,
        CONSTRAINT report_draft_period_key UNIQUE (unit_id, period, year, end_month)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_draft');
  }
}
