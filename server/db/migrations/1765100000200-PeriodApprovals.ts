// Approval of a period's figures (as DHIS2's data approval): a district (before
// 1 July 2025) or a commune of today submits a month or a quarter, the province
// approves or returns it; approved records are locked until the province reopens
// the period. (The views that read figures on approved data only are derived
// from the tables at every start: server/approvals/approved-data.ts.)
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeriodApprovals1765100000200 implements MigrationInterface {
  name = 'PeriodApprovals1765100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE period_approval (
        id           serial PRIMARY KEY,
        unit_id      int NOT NULL REFERENCES admin_unit(id),
        period_kind  varchar(10) NOT NULL CHECK (period_kind IN ('month', 'quarter')),
        period_start date NOT NULL,
        period_end   date NOT NULL,
        -- open: reopened by the province (or never submitted); returned: sent back with a reason.
        status       varchar(10) NOT NULL CHECK (status IN ('open', 'submitted', 'approved', 'returned')),
        submitted_at timestamptz,
        submitted_by int REFERENCES app_user(id),
        decided_at   timestamptz,
        decided_by   int REFERENCES app_user(id),
        -- Why the province returned or reopened the period.
        reason       text,
        version      int NOT NULL DEFAULT 1,
        CHECK (period_start <= period_end),
        CHECK (status NOT IN ('returned') OR reason IS NOT NULL),
        UNIQUE (unit_id, period_kind, period_start)
      );
      CREATE INDEX period_approval_approved_idx ON period_approval (period_start, period_end) WHERE status = 'approved';
      CREATE TRIGGER period_approval_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON period_approval
        FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();

      ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
        CHECK (action IN ('create', 'update', 'delete', 'import', 'submit', 'approve', 'return', 'reopen'));

      -- The one definition of "approved data": a record of unit u dated d lies in an approved
      -- period of u or of a unit above it (the closure also covers the units a unit took over).
      -- Returns that period (the lowest id when two cover it), or NULL.
      CREATE FUNCTION approved_period_of(unit int, day date) RETURNS int LANGUAGE sql STABLE PARALLEL SAFE
        RETURN (SELECT min(pa.id) FROM public.period_approval pa JOIN public.admin_unit_closure cl ON cl.ancestor_id = pa.unit_id
                WHERE pa.status = 'approved' AND cl.descendant_id = unit AND day BETWEEN pa.period_start AND pa.period_end);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP SCHEMA IF EXISTS approved CASCADE;
      DROP FUNCTION approved_period_of(int, date);
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'update', 'delete', 'import'));
      DROP TABLE period_approval;
    `);
  }
}
