// The OCOP cycle inside the hub (issue 15): a product's dossier from
// registration at its commune to the council's decision, the council rounds
// with their members and sealed score sheets, the checks after recognition, and
// the short public code printed on each product's stamp. The criteria, bands
// and document lists stay data (seeds/rules); these tables hold what people do.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUMPING = ['dossier', 'dossier_file', 'dossier_item', 'council_round', 'council_member', 'round_dossier', 'inspection', 'product_stamp'];

export class OcopCycle1765200000000 implements MigrationInterface {
  name = 'OcopCycle1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Council members who are not officers: they read their province and score the dossiers of their rounds.
      ALTER TABLE app_user DROP CONSTRAINT app_user_role_check, DROP CONSTRAINT app_user_unit_check;
      ALTER TABLE app_user
        ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'province_admin', 'district_officer', 'commune_officer', 'analyst', 'council_member')),
        ADD CONSTRAINT app_user_unit_check CHECK (role NOT IN ('province_admin', 'district_officer', 'commune_officer', 'council_member') OR unit_id IS NOT NULL);

      -- A product's dossier (hồ sơ): one open at a time per product; decided and withdrawn ones stay as history.
      CREATE TABLE dossier (
        id               serial PRIMARY KEY,
        product_id       int NOT NULL REFERENCES product(id),
        kind             varchar(12) NOT NULL CHECK (kind IN ('first', 'upgrade', 'reevaluation')),
        -- Bộ sản phẩm (ps01–ps26): which scoring sheet the product is scored on; NULL under 1048, which had none.
        product_set_code varchar(4) CHECK (product_set_code ~ '^ps[0-9]{2}$'),
        state            varchar(12) NOT NULL CHECK (state IN ('registered', 'returned', 'complete', 'checked', 'in_round', 'forwarded', 'decided', 'withdrawn')),
        registered_on    date NOT NULL,
        -- The day the dossier was complete and submitted to the commune: it selects the rule set (seeds/rules selection).
        submitted_on     date,
        checked_on       date,
        decided_on       date,
        -- The rule set of submitted_on, else of registered_on (rule_set_on), kept by the service.
        rule_set_id      varchar(20) REFERENCES rule_set(id),
        -- The commune's last return: why, and the documents it found missing.
        return_reason    text,
        missing          jsonb,
        -- The commune's assessment before forwarding (QĐ 26/2026 Điều 6 khoản 2): [{code, met, note}].
        commune_checks   jsonb,
        outcome          varchar(16) CHECK (outcome IN ('recognised', 'not_recognised', 'forwarded')),
        version          int NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        CHECK (submitted_on IS NULL OR submitted_on >= registered_on),
        CHECK (state <> 'returned' OR return_reason IS NOT NULL)
      );
      CREATE INDEX dossier_product_idx ON dossier (product_id);
      CREATE INDEX dossier_state_idx ON dossier (state, registered_on);
      CREATE UNIQUE INDEX dossier_open_product_idx ON dossier (product_id) WHERE state NOT IN ('decided', 'withdrawn');

      -- Every change of a dossier's state: who, when, why. Stage durations are read from it.
      CREATE TABLE dossier_event (
        id         bigserial PRIMARY KEY,
        dossier_id int NOT NULL REFERENCES dossier(id),
        at         timestamptz NOT NULL DEFAULT now(),
        -- The calendar day in Vietnam the change happened on.
        on_date    date NOT NULL,
        user_id    int REFERENCES app_user(id),
        username   text NOT NULL,
        from_state varchar(12),
        to_state   varchar(12) NOT NULL,
        reason     text
      );
      CREATE INDEX dossier_event_dossier_idx ON dossier_event (dossier_id, id);
      CREATE INDEX dossier_event_on_date_idx ON dossier_event (on_date);

      -- Uploaded documents: the bytes live under OCOP_FILES_DIR by their SHA-256; the row says what they are.
      CREATE TABLE dossier_file (
        id           serial PRIMARY KEY,
        dossier_id   int NOT NULL REFERENCES dossier(id),
        -- Id of the document in seeds/rules/dossier-documents.json (e.g. phieu-dang-ky).
        document_id  varchar(60) NOT NULL,
        file_name    text NOT NULL,
        -- As sniffed from the content, never only as declared.
        content_type varchar(100) NOT NULL,
        size_bytes   int NOT NULL CHECK (size_bytes > 0),
        sha256       char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_at  timestamptz NOT NULL DEFAULT now(),
        uploaded_by  int REFERENCES app_user(id),
        deleted_at   timestamptz,
        version      int NOT NULL DEFAULT 1
      );
      CREATE INDEX dossier_file_dossier_idx ON dossier_file (dossier_id, document_id);

      -- Checklist items answered without a file: not applicable (a conditional document), or received on paper (samples).
      CREATE TABLE dossier_item (
        dossier_id  int NOT NULL REFERENCES dossier(id),
        document_id varchar(60) NOT NULL,
        status      varchar(16) NOT NULL CHECK (status IN ('not_applicable', 'on_paper')),
        note        text,
        set_by      int REFERENCES app_user(id),
        set_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dossier_id, document_id)
      );

      -- A council's work on an evaluation round: setup → scoring (sealed) → closed → finalised → approved.
      -- Its id is the evaluation round's.
      CREATE TABLE council_round (
        id                int PRIMARY KEY REFERENCES evaluation_round(id),
        state             varchar(10) NOT NULL DEFAULT 'setup' CHECK (state IN ('setup', 'scoring', 'closed', 'finalised', 'approved')),
        scoring_opened_at timestamptz,
        scoring_closed_at timestamptz,
        finalised_at      timestamptz,
        -- The competent level's decision approving the list (số quyết định, ngày).
        decision_number   text,
        decided_on        date,
        approved_by       int REFERENCES app_user(id),
        version           int NOT NULL DEFAULT 1,
        CHECK (state <> 'approved' OR (decision_number IS NOT NULL AND decided_on IS NOT NULL))
      );

      CREATE TABLE council_member (
        id           serial PRIMARY KEY,
        round_id     int NOT NULL REFERENCES council_round(id),
        -- The member's account; NULL for a member named on an imported result sheet who does not sign in.
        user_id      int REFERENCES app_user(id),
        name         text NOT NULL,
        -- Đơn vị công tác: the department or organisation the member sits for.
        organisation text NOT NULL,
        role         varchar(10) NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
        -- The OCOP subject the member works for, if any: the member never scores its products.
        subject_id   int REFERENCES subject(id),
        version      int NOT NULL DEFAULT 1,
        UNIQUE (round_id, user_id)
      );
      CREATE UNIQUE INDEX council_member_one_per_office_idx ON council_member (round_id, role) WHERE role IN ('chair', 'secretary');
      CREATE INDEX council_member_user_idx ON council_member (user_id);

      -- A declared conflict of interest: the member scores none of the subject's products.
      CREATE TABLE council_conflict (
        member_id   int NOT NULL REFERENCES council_member(id) ON DELETE CASCADE,
        subject_id  int NOT NULL REFERENCES subject(id),
        reason      text NOT NULL,
        declared_at timestamptz NOT NULL DEFAULT now(),
        declared_by int REFERENCES app_user(id),
        PRIMARY KEY (member_id, subject_id)
      );

      -- The dossiers assigned to a round, and what came of each.
      CREATE TABLE round_dossier (
        round_id       int NOT NULL REFERENCES council_round(id),
        dossier_id     int NOT NULL REFERENCES dossier(id),
        -- The rule set of the dossier's submission and the sheet scored on (NULL: the rule set's parts only).
        rule_set_id    varchar(20) NOT NULL REFERENCES rule_set(id),
        sheet_id       varchar(30),
        evaluation_id  int REFERENCES evaluation(id),
        certificate_id int REFERENCES certificate(id),
        outcome        varchar(16) CHECK (outcome IN ('recognised', 'not_recognised', 'forwarded')),
        rank           int,
        PRIMARY KEY (round_id, dossier_id)
      );
      CREATE INDEX round_dossier_dossier_idx ON round_dossier (dossier_id);

      -- One member's sheet for one dossier. Sealed: only its author reads it until the secretary closes scoring.
      CREATE TABLE score_sheet (
        id           serial PRIMARY KEY,
        round_id     int NOT NULL,
        dossier_id   int NOT NULL,
        member_id    int NOT NULL REFERENCES council_member(id),
        -- Points by criterion id (qd148-2023/01:A.1.a), or by part (A, B, C) on a sheet without criteria.
        scores       jsonb NOT NULL,
        score_a      numeric(5,2) NOT NULL CHECK (score_a >= 0),
        score_b      numeric(5,2) NOT NULL CHECK (score_b >= 0),
        score_c      numeric(5,2) NOT NULL CHECK (score_c >= 0),
        total        numeric(5,2) GENERATED ALWAYS AS (score_a + score_b + score_c) STORED,
        submitted_at timestamptz,
        source       varchar(10) NOT NULL DEFAULT 'hub' CHECK (source IN ('hub', 'import')),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        version      int NOT NULL DEFAULT 1,
        FOREIGN KEY (round_id, dossier_id) REFERENCES round_dossier (round_id, dossier_id) ON DELETE CASCADE,
        UNIQUE (round_id, dossier_id, member_id)
      );
      CREATE INDEX score_sheet_member_idx ON score_sheet (member_id);

      -- Checks after recognition (hậu kiểm, QĐ 26/2026 Điều 9) and their consequence.
      CREATE TABLE inspection (
        id                 serial PRIMARY KEY,
        product_id         int NOT NULL REFERENCES product(id),
        -- The certificate checked: the product's valid one when the check was planned.
        certificate_id     int NOT NULL REFERENCES certificate(id),
        year               smallint NOT NULL,
        method             varchar(10) NOT NULL CHECK (method IN ('random', 'risk', 'complaint')),
        -- The seed the sample was drawn with: the same seed on the same data draws the same sample.
        sample_seed        text,
        risk_score         smallint,
        planned_on         date NOT NULL,
        state              varchar(12) NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'awaiting_fix', 'closed')),
        inspected_on       date,
        findings           text,
        consequence        varchar(12) CHECK (consequence IN ('none', 'warning', 'fix_deadline', 'downgrade', 'revocation')),
        fix_by             date,
        fixed_on           date,
        resolution         text,
        decision_number    text,
        -- The certificate a downgrade issued in place of the checked one.
        new_certificate_id int REFERENCES certificate(id),
        version            int NOT NULL DEFAULT 1,
        CHECK (consequence <> 'fix_deadline' OR fix_by IS NOT NULL),
        CHECK (inspected_on IS NULL OR inspected_on >= planned_on)
      );
      CREATE INDEX inspection_product_idx ON inspection (product_id, year);
      CREATE INDEX inspection_year_idx ON inspection (year, state);

      -- The short public code on a product's stamp (/sp/<code>): 10 characters of Crockford base32 (50 random bits),
      -- never the internal id. One per product, made as the product is inserted, whatever inserts it.
      CREATE FUNCTION new_public_code() RETURNS varchar LANGUAGE sql VOLATILE
        RETURN (SELECT string_agg(substr('0123456789abcdefghjkmnpqrstvwxyz', 1 + get_byte(b.bytes, i) % 32, 1), '' ORDER BY i)
                FROM (SELECT uuid_send(gen_random_uuid()) AS bytes) b, generate_series(0, 9) AS i);
      CREATE TABLE product_stamp (
        product_id int PRIMARY KEY REFERENCES product(id) ON DELETE CASCADE,
        code       varchar(12) NOT NULL UNIQUE CHECK (code ~ '^[0-9a-z]{10}$')
      );
      INSERT INTO product_stamp (product_id, code) SELECT id, new_public_code() FROM product;
      CREATE FUNCTION product_gets_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO product_stamp (product_id, code) SELECT id, new_public_code() FROM new_products;
        RETURN NULL;
      END $$;
      CREATE TRIGGER product_gets_stamp AFTER INSERT ON product REFERENCING NEW TABLE AS new_products
        FOR EACH STATEMENT EXECUTE FUNCTION product_gets_stamp();
    `);
    for (const table of BUMPING) {
      await q.query(`CREATE TRIGGER ${table}_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
                     FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of BUMPING) await q.query(`DROP TRIGGER ${table}_bumps_version ON ${table}`);
    await q.query(`
      DROP TRIGGER product_gets_stamp ON product;
      DROP FUNCTION product_gets_stamp();
      DROP TABLE product_stamp;
      DROP FUNCTION new_public_code();
      DROP TABLE inspection, score_sheet, round_dossier, council_conflict, council_member, council_round,
        dossier_item, dossier_file, dossier_event, dossier;
      -- Council members keep their accounts (the audit log names them) as analysts: they read, and write nothing.
      UPDATE app_user SET role = 'analyst' WHERE role = 'council_member';
      ALTER TABLE app_user DROP CONSTRAINT app_user_role_check, DROP CONSTRAINT app_user_unit_check;
      ALTER TABLE app_user
        ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'province_admin', 'district_officer', 'commune_officer', 'analyst')),
        ADD CONSTRAINT app_user_unit_check CHECK (role NOT IN ('province_admin', 'district_officer', 'commune_officer') OR unit_id IS NOT NULL);
    `);
  }
}
