// The OCOP rule sets as data (seeds/rules/rule-sets.json, loaded here and at
// every start), and evaluations checked against the set in force on their date
// instead of the invented 25/25/50 part caps of the first migration.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { syncRuleSets } from '../../rules/rule-set-source.ts';

export class RuleSets1765100000000 implements MigrationInterface {
  name = 'RuleSets1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One row per decision (Quyết định) that sets the criteria, the star bands and who recognises what.
      CREATE TABLE rule_set (
        id                    varchar(20) PRIMARY KEY CHECK (id ~ '^qd[0-9]+-[0-9]{4}$'),
        decision_number       text NOT NULL,
        signed_on             date NOT NULL,
        title_vi              text NOT NULL,
        title_en              text NOT NULL,
        amends                varchar(20),
        effective_from        date NOT NULL,
        effective_to          date,
        citation_vi           text NOT NULL,
        citation_en           text NOT NULL,
        legal_source_url      text,
        -- [{part, nameVi, nameEn, maxPoints}], [{stars, minPoints, belowPoints}], [{level, recognises, forwardsFromPoints}]
        parts                 jsonb NOT NULL,
        bands                 jsonb NOT NULL,
        levels                jsonb NOT NULL,
        certificate_min_stars smallint NOT NULL,
        certificate_months    smallint NOT NULL,
        sources               jsonb NOT NULL,
        CHECK (effective_to IS NULL OR effective_from <= effective_to)
      );

      -- The set a dossier of that day falls under: where two overlap (22/5–21/7/2026) the newer,
      -- which QĐ 26/2026 Điều 12 gives to dossiers submitted from its first day.
      CREATE FUNCTION rule_set_on(day date) RETURNS varchar LANGUAGE sql STABLE PARALLEL SAFE
        RETURN (SELECT id FROM rule_set WHERE effective_from <= day AND (effective_to IS NULL OR effective_to >= day)
                ORDER BY effective_from DESC LIMIT 1);

      ALTER TABLE evaluation
        DROP CONSTRAINT evaluation_score_a_check,
        DROP CONSTRAINT evaluation_score_b_check,
        DROP CONSTRAINT evaluation_score_c_check,
        ADD CONSTRAINT evaluation_scores_not_negative CHECK (score_a >= 0 AND score_b >= 0 AND score_c >= 0),
        -- When the subject submitted the dossier: it selects the rule set (seeds/rules selection); NULL: the evaluation date does.
        ADD COLUMN submitted_on date,
        ADD CONSTRAINT evaluation_submitted_before CHECK (submitted_on IS NULL OR submitted_on <= evaluated_on),
        -- NULL only for rows older than the first rule set (before 21/8/2019), kept as they were.
        ADD COLUMN rule_set_id varchar(20) REFERENCES rule_set(id);
      -- Stars follow the bands of the evaluation's rule set, no longer a fixed formula.
      ALTER TABLE evaluation ALTER COLUMN stars DROP EXPRESSION;

      -- The database's own guard behind the writers' checks (which explain, citing the decision):
      -- every written evaluation has the rule set of its date, parts within its maxima and its stars.
      CREATE FUNCTION evaluation_follows_rule_set() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rs rule_set;
        total numeric := NEW.score_a + NEW.score_b + NEW.score_c;
      BEGIN
        NEW.rule_set_id := rule_set_on(COALESCE(NEW.submitted_on, NEW.evaluated_on));
        SELECT * INTO rs FROM rule_set WHERE id = NEW.rule_set_id;
        IF rs.id IS NULL THEN
          RAISE EXCEPTION 'no OCOP rule set was in force on %', COALESCE(NEW.submitted_on, NEW.evaluated_on)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evaluation_follows_rule_set';
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_to_recordset(rs.parts) AS p(part text, "maxPoints" numeric)
                   WHERE p."maxPoints" < CASE p.part WHEN 'A' THEN NEW.score_a WHEN 'B' THEN NEW.score_b ELSE NEW.score_c END) THEN
          RAISE EXCEPTION 'a score part of evaluation % exceeds its maximum under %', NEW.id, rs.citation_en
            USING ERRCODE = 'check_violation', CONSTRAINT = 'evaluation_follows_rule_set';
        END IF;
        NEW.stars := (SELECT b.stars FROM jsonb_to_recordset(rs.bands) AS b(stars smallint, "minPoints" numeric, "belowPoints" numeric)
                      WHERE total >= b."minPoints" AND (b."belowPoints" IS NULL OR total < b."belowPoints"));
        RETURN NEW;
      END $$;
      CREATE TRIGGER evaluation_follows_rule_set BEFORE INSERT OR UPDATE OF score_a, score_b, score_c, evaluated_on, submitted_on ON evaluation
        FOR EACH ROW EXECUTE FUNCTION evaluation_follows_rule_set();
    `);
    // Existing evaluations get the set of their date; their scores are left as they were.
    await syncRuleSets(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER evaluation_follows_rule_set ON evaluation;
      DROP FUNCTION evaluation_follows_rule_set();
      ALTER TABLE evaluation DROP COLUMN rule_set_id, DROP COLUMN submitted_on, DROP CONSTRAINT evaluation_scores_not_negative;
      ALTER TABLE evaluation DROP COLUMN stars;
      ALTER TABLE evaluation ADD COLUMN stars smallint GENERATED ALWAYS AS (stars_for_score(score_a + score_b + score_c)) STORED;
      DROP FUNCTION rule_set_on(date);
      DROP TABLE rule_set;
    `);
  }
}
