// The write side: a row version on every table users edit (optimistic
// concurrency), keys that make file imports idempotent, import batches the audit
// log can point to, and the indexes the "who depends on this row" checks read.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = [
  'evaluation_round',
  'evaluation',
  'certificate',
  'plan',
  'target',
  'milestone',
  'disbursement',
  'training_class',
  'promotion_event',
  'sales_point',
];
const IMPORT_KEYED = ['disbursement', 'training_class', 'promotion_event'];

export class Writes1764000000000 implements MigrationInterface {
  name = 'Writes1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- subject, product and budget_allocation have had one since the first migration.
      ${VERSIONED.map((t) => `ALTER TABLE ${t} ADD COLUMN version int NOT NULL DEFAULT 1;`).join('\n      ')}

      -- A deleted certificate stays for history; it must not stop its evaluation from
      -- backing a new decision, so uniqueness covers live certificates only.
      ALTER TABLE certificate DROP CONSTRAINT certificate_evaluation_id_key;
      CREATE UNIQUE INDEX certificate_live_evaluation_idx ON certificate (evaluation_id) WHERE deleted_at IS NULL;
      CREATE INDEX certificate_evaluation_idx ON certificate (evaluation_id);

      -- The key a file import identifies a row by: the file's own "key" column, or
      -- "#" + a hash of the row's identifying fields (docs/imports.md). Deleted
      -- disbursements keep theirs, so re-importing a deleted row is noticed.
      ${IMPORT_KEYED.map(
        (t) => `ALTER TABLE ${t} ADD COLUMN import_key varchar(100);
      CREATE UNIQUE INDEX ${t}_import_key_idx ON ${t} (import_key) WHERE import_key IS NOT NULL;`,
      ).join('\n      ')}

      -- One row per file imported for real (dry runs leave nothing behind).
      CREATE TABLE import_batch (
        id          bigserial PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT now(),
        user_id     int REFERENCES app_user(id),
        username    text NOT NULL,
        kind        varchar(20) NOT NULL,
        format      varchar(10) NOT NULL,
        file_sha256 char(64) NOT NULL,
        rows        int NOT NULL DEFAULT 0,
        created     int NOT NULL DEFAULT 0,
        updated     int NOT NULL DEFAULT 0,
        unchanged   int NOT NULL DEFAULT 0
      );
      ALTER TABLE audit_log ADD COLUMN import_batch_id bigint REFERENCES import_batch(id);
      CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, at DESC);
      CREATE INDEX audit_log_username_idx ON audit_log (username, at DESC);
      CREATE INDEX audit_log_batch_idx ON audit_log (import_batch_id) WHERE import_batch_id IS NOT NULL;

      -- Lookups by the referenced side, for the checks that refuse deleting a row others depend on.
      CREATE INDEX target_product_product_idx ON target_product (product_id);
      CREATE INDEX promotion_event_product_product_idx ON promotion_event_product (product_id);
      CREATE INDEX promotion_event_subject_subject_idx ON promotion_event_subject (subject_id);
      CREATE INDEX evaluation_round_unit_idx ON evaluation_round (unit_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX evaluation_round_unit_idx, promotion_event_subject_subject_idx, promotion_event_product_product_idx, target_product_product_idx;
      DROP INDEX audit_log_batch_idx, audit_log_username_idx, audit_log_unit_idx;
      ALTER TABLE audit_log DROP COLUMN import_batch_id;
      DROP TABLE import_batch;
      ${IMPORT_KEYED.map((t) => `ALTER TABLE ${t} DROP COLUMN import_key;`).join('\n      ')}
      DROP INDEX certificate_evaluation_idx, certificate_live_evaluation_idx;
      ALTER TABLE certificate ADD CONSTRAINT certificate_evaluation_id_key UNIQUE (evaluation_id);
      ${VERSIONED.map((t) => `ALTER TABLE ${t} DROP COLUMN version;`).join('\n      ')}
    `);
  }
}
