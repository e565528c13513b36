// The whole OCOP data model. Reviewed SQL, never `synchronize`: every column,
// check and index here is deliberate.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- unaccent() is only STABLE; an IMMUTABLE wrapper with a fixed dictionary
      -- lets indexes use it. "Tỏi đen" and "toi den" both fold to "toi den".
      CREATE FUNCTION fold_text(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

      -- Stars follow the 100-point score (Decision 148/QĐ-TTg).
      CREATE FUNCTION stars_for_score(score numeric) RETURNS smallint
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN CASE WHEN score >= 90 THEN 5 WHEN score >= 70 THEN 4 WHEN score >= 50 THEN 3
                    WHEN score >= 30 THEN 2 ELSE 1 END;

      CREATE TABLE admin_unit (
        id           serial PRIMARY KEY,
        key          varchar(20) NOT NULL UNIQUE,
        code         varchar(10) NOT NULL,
        name         text NOT NULL,
        type         text NOT NULL,
        level        varchar(10) NOT NULL CHECK (level IN ('province', 'district', 'commune')),
        parent_id    int REFERENCES admin_unit(id),
        province_id  int REFERENCES admin_unit(id),
        district_id  int REFERENCES admin_unit(id),
        valid_from   date,
        valid_to     date,
        successor_id int REFERENCES admin_unit(id),
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
      );
      CREATE INDEX admin_unit_code_idx ON admin_unit (code);
      CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id);
      CREATE INDEX admin_unit_name_trgm_idx ON admin_unit USING gin (fold_text(name) gin_trgm_ops);

      -- Every unit with everything below it, following both the hierarchy and the
      -- 2025 reorganisation (a new unit covers its predecessors), so a filter by
      -- any unit, old or new, is one indexed lookup.
      CREATE TABLE admin_unit_closure (
        ancestor_id   int NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
        descendant_id int NOT NULL REFERENCES admin_unit(id) ON DELETE CASCADE,
        PRIMARY KEY (ancestor_id, descendant_id)
      );
      CREATE INDEX admin_unit_closure_descendant_idx ON admin_unit_closure (descendant_id);

      CREATE TABLE subject (
        id                 serial PRIMARY KEY,
        code               varchar(40) NOT NULL UNIQUE,
        name               text NOT NULL,
        type               varchar(20) NOT NULL CHECK (type IN ('cooperative', 'cooperative_group', 'enterprise', 'household')),
        enterprise_size    varchar(10) CHECK (enterprise_size IN ('micro', 'small', 'medium')),
        unit_id            int NOT NULL REFERENCES admin_unit(id),
        registered_on      date,
        value_chain_linked boolean NOT NULL DEFAULT false,
        representative     text,
        phone              text,
        illustrative       boolean NOT NULL DEFAULT false,
        version            int NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CHECK (enterprise_size IS NULL OR type = 'enterprise')
      );
      CREATE INDEX subject_unit_idx ON subject (unit_id);
      CREATE INDEX subject_name_trgm_idx ON subject USING gin (fold_text(name) gin_trgm_ops);

      CREATE TABLE product (
        id            serial PRIMARY KEY,
        code          varchar(40) NOT NULL UNIQUE,
        name          text NOT NULL,
        product_group varchar(20) NOT NULL CHECK (product_group IN ('food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism')),
        sub_group     text,
        subject_id    int NOT NULL REFERENCES subject(id),
        unit_id       int NOT NULL REFERENCES admin_unit(id),
        status        varchar(12) NOT NULL CHECK (status IN ('idea', 'registered', 'rated', 'certified', 'expired', 'revoked')),
        registered_on date,
        illustrative  boolean NOT NULL DEFAULT false,
        version       int NOT NULL DEFAULT 1,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX product_subject_idx ON product (subject_id);
      CREATE INDEX product_unit_idx ON product (unit_id);
      CREATE INDEX product_name_idx ON product (name, id);
      CREATE INDEX product_name_trgm_idx ON product USING gin (fold_text(name) gin_trgm_ops);

      CREATE TABLE evaluation_round (
        id       serial PRIMARY KEY,
        level    varchar(10) NOT NULL CHECK (level IN ('district', 'province', 'central')),
        year     smallint NOT NULL,
        sequence smallint NOT NULL,
        unit_id  int REFERENCES admin_unit(id),
        deadline date,
        held_on  date,
        -- Central rounds have no unit: NULLS NOT DISTINCT keeps them unique too.
        UNIQUE NULLS NOT DISTINCT (level, unit_id, year, sequence)
      );

      -- Part A (community strength, max 25), B (marketing, max 25), C (quality, max 50).
      CREATE TABLE evaluation (
        id                   serial PRIMARY KEY,
        round_id             int NOT NULL REFERENCES evaluation_round(id),
        product_id           int NOT NULL REFERENCES product(id),
        score_a              numeric(5,2) NOT NULL CHECK (score_a BETWEEN 0 AND 25),
        score_b              numeric(5,2) NOT NULL CHECK (score_b BETWEEN 0 AND 25),
        score_c              numeric(5,2) NOT NULL CHECK (score_c BETWEEN 0 AND 50),
        total_score          numeric(5,2) GENERATED ALWAYS AS (score_a + score_b + score_c) STORED,
        stars                smallint GENERATED ALWAYS AS (stars_for_score(score_a + score_b + score_c)) STORED,
        evaluated_on         date NOT NULL,
        proposed_for_central boolean NOT NULL DEFAULT false,
        illustrative         boolean NOT NULL DEFAULT false,
        UNIQUE (round_id, product_id),
        UNIQUE (id, product_id)
      );
      CREATE INDEX evaluation_product_idx ON evaluation (product_id);

      CREATE TABLE certificate (
        id                serial PRIMARY KEY,
        evaluation_id     int NOT NULL UNIQUE,
        product_id        int NOT NULL REFERENCES product(id),
        level             varchar(10) NOT NULL CHECK (level IN ('district', 'province', 'central')),
        stars             smallint NOT NULL CHECK (stars BETWEEN 3 AND 5),
        decision_number   text NOT NULL,
        decided_on        date NOT NULL,
        -- A certificate is valid for 36 months from its decision.
        expires_on        date GENERATED ALWAYS AS ((decided_on + interval '36 months')::date) STORED,
        revoked_on        date,
        revocation_reason text,
        illustrative      boolean NOT NULL DEFAULT false,
        deleted_at        timestamptz,
        CHECK (revoked_on IS NULL OR revoked_on >= decided_on),
        -- The certificate is for the product that was evaluated.
        FOREIGN KEY (evaluation_id, product_id) REFERENCES evaluation (id, product_id)
      );
      CREATE INDEX certificate_product_idx ON certificate (product_id, decided_on DESC);
      CREATE INDEX certificate_expiry_idx ON certificate (expires_on);

      CREATE TABLE plan (
        id                      serial PRIMARY KEY,
        key                     varchar(40) NOT NULL UNIQUE,
        issuer_unit_id          int NOT NULL REFERENCES admin_unit(id),
        issuer_name             text NOT NULL,
        document_number         text,
        issued_on               date,
        year                    smallint NOT NULL,
        period_start            date NOT NULL,
        period_end              date NOT NULL,
        title                   text NOT NULL,
        product_groups_decision text,
        source                  text,
        CHECK (period_start <= period_end)
      );

      CREATE TABLE target (
        id               serial PRIMARY KEY,
        key              varchar(80) NOT NULL UNIQUE,
        plan_id          int NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        parent_target_id int REFERENCES target(id) ON DELETE CASCADE,
        metric           varchar(40) NOT NULL,
        params           jsonb NOT NULL DEFAULT '{}',
        scope_unit_id    int NOT NULL REFERENCES admin_unit(id),
        target_min       numeric(20,2) NOT NULL,
        target_max       numeric(20,2),
        unit             varchar(10) NOT NULL CHECK (unit IN ('count', 'percent', 'vnd', 'people')),
        due_date         date NOT NULL,
        wording          text NOT NULL,
        CHECK (target_max IS NULL OR target_max >= target_min)
      );
      CREATE INDEX target_plan_idx ON target (plan_id);
      CREATE INDEX target_parent_idx ON target (parent_target_id);

      CREATE TABLE target_product (
        target_id  int NOT NULL REFERENCES target(id) ON DELETE CASCADE,
        product_id int NOT NULL REFERENCES product(id),
        PRIMARY KEY (target_id, product_id)
      );

      CREATE TABLE milestone (
        id            serial PRIMARY KEY,
        key           varchar(80) NOT NULL UNIQUE,
        plan_id       int NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        kind          varchar(20) NOT NULL CHECK (kind IN ('district_round', 'province_round', 'central_round', 'ceremony', 'training', 'study_tour', 'deliverable', 'other')),
        title         text NOT NULL,
        deadline      date NOT NULL,
        scope_unit_id int NOT NULL REFERENCES admin_unit(id),
        done_on       date,
        wording       text
      );
      CREATE INDEX milestone_plan_idx ON milestone (plan_id);

      CREATE TABLE budget_allocation (
        id                serial PRIMARY KEY,
        plan_id           int REFERENCES plan(id) ON DELETE CASCADE,
        year              smallint NOT NULL,
        source            varchar(12) NOT NULL CHECK (source IN ('central', 'provincial', 'district', 'commune', 'other')),
        -- NULL when a plan names a source without an amount.
        amount            numeric(18,0) CHECK (amount >= 0),
        recipient_unit_id int NOT NULL REFERENCES admin_unit(id),
        activity          text NOT NULL,
        note              text,
        illustrative      boolean NOT NULL DEFAULT false,
        version           int NOT NULL DEFAULT 1
      );
      CREATE INDEX budget_allocation_unit_idx ON budget_allocation (recipient_unit_id, year);
      CREATE INDEX budget_allocation_plan_idx ON budget_allocation (plan_id);

      CREATE TABLE disbursement (
        id            serial PRIMARY KEY,
        allocation_id int NOT NULL REFERENCES budget_allocation(id),
        disbursed_on  date NOT NULL,
        unit_id       int NOT NULL REFERENCES admin_unit(id),
        amount        numeric(18,0) NOT NULL CHECK (amount > 0),
        activity      text NOT NULL,
        subject_id    int REFERENCES subject(id),
        illustrative  boolean NOT NULL DEFAULT false,
        deleted_at    timestamptz
      );
      CREATE INDEX disbursement_allocation_idx ON disbursement (allocation_id);
      CREATE INDEX disbursement_unit_idx ON disbursement (unit_id, disbursed_on);
      CREATE INDEX disbursement_subject_idx ON disbursement (subject_id);

      CREATE TABLE training_class (
        id               serial PRIMARY KEY,
        organiser        text NOT NULL,
        topic            text NOT NULL,
        audience         varchar(10) NOT NULL CHECK (audience IN ('cadres', 'subjects', 'mixed')),
        unit_id          int NOT NULL REFERENCES admin_unit(id),
        starts_on        date NOT NULL,
        ends_on          date NOT NULL,
        planned_learners int NOT NULL CHECK (planned_learners >= 0),
        actual_learners  int CHECK (actual_learners >= 0),
        cost             numeric(18,0) CHECK (cost >= 0),
        plan_id          int REFERENCES plan(id) ON DELETE SET NULL,
        illustrative     boolean NOT NULL DEFAULT false,
        CHECK (starts_on <= ends_on)
      );
      CREATE INDEX training_class_unit_idx ON training_class (unit_id, starts_on);
      CREATE INDEX training_class_plan_idx ON training_class (plan_id);

      CREATE TABLE promotion_event (
        id           serial PRIMARY KEY,
        name         text NOT NULL,
        kind         varchar(12) NOT NULL CHECK (kind IN ('fair', 'exhibition', 'conference', 'online')),
        scope        varchar(20) NOT NULL CHECK (scope IN ('in_province', 'out_of_province', 'international')),
        unit_id      int NOT NULL REFERENCES admin_unit(id),
        location     text,
        starts_on    date NOT NULL,
        ends_on      date NOT NULL,
        revenue      numeric(18,0) CHECK (revenue >= 0),
        illustrative boolean NOT NULL DEFAULT false,
        CHECK (starts_on <= ends_on)
      );
      CREATE INDEX promotion_event_unit_idx ON promotion_event (unit_id, starts_on);

      CREATE TABLE promotion_event_product (
        event_id   int NOT NULL REFERENCES promotion_event(id) ON DELETE CASCADE,
        product_id int NOT NULL REFERENCES product(id),
        PRIMARY KEY (event_id, product_id)
      );
      CREATE TABLE promotion_event_subject (
        event_id   int NOT NULL REFERENCES promotion_event(id) ON DELETE CASCADE,
        subject_id int NOT NULL REFERENCES subject(id),
        PRIMARY KEY (event_id, subject_id)
      );

      CREATE TABLE sales_point (
        id           serial PRIMARY KEY,
        name         text NOT NULL,
        unit_id      int NOT NULL REFERENCES admin_unit(id),
        status       varchar(10) NOT NULL CHECK (status IN ('existing', 'upgraded', 'new')),
        opened_on    date,
        upgraded_on  date,
        address      text,
        subject_id   int REFERENCES subject(id),
        illustrative boolean NOT NULL DEFAULT false
      );
      CREATE INDEX sales_point_unit_idx ON sales_point (unit_id);
      CREATE INDEX sales_point_subject_idx ON sales_point (subject_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE sales_point, promotion_event_subject, promotion_event_product, promotion_event,
        training_class, disbursement, budget_allocation, milestone, target_product, target, plan,
        certificate, evaluation, evaluation_round, product, subject, admin_unit_closure, admin_unit;
      DROP FUNCTION stars_for_score(numeric);
      DROP FUNCTION fold_text(text);
    `);
  }
}
