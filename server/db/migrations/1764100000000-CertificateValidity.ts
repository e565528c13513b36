// Certificate validity as a table: for every product, the days on which each of
// its certificates is the current one (the latest valid certificate), as
// non-overlapping date ranges. "Valid on a date" and "the current certificate
// on a date" become one range lookup instead of a scan of every certificate.
//
// Kept by triggers on `certificate`, in the writing statement's transaction:
// mutations, imports, revocations, soft and hard deletes, the seed's bulk
// inserts, the national COPY loader and hand-written SQL all go through them,
// so no write path can leave the table behind and nothing is refreshed on a
// schedule. Statement-level triggers with transition tables recompute only the
// products a statement touched, once per statement, so a bulk load costs one
// set-based recompute.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateValidity1764100000000 implements MigrationInterface {
  name = 'CertificateValidity1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Lets one exclusion constraint say "one current certificate per product and day".
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      CREATE TABLE certificate_validity (
        certificate_id int NOT NULL,
        product_id     int NOT NULL,
        stars          smallint NOT NULL,
        level          varchar(10) NOT NULL,
        decided_on     date NOT NULL,
        -- The certificate's own expiry (36 months after the decision, Civil Code Art. 147-148).
        expires_on     date NOT NULL,
        -- Days on which this certificate is the product's current one: from its decision
        -- to its expiry or revocation, minus the days a later decision covers.
        during         daterange NOT NULL,
        CONSTRAINT certificate_validity_one_current EXCLUDE USING gist (product_id WITH =, during WITH &&)
      );
      CREATE INDEX certificate_validity_during_idx ON certificate_validity USING gist (during);
      CREATE INDEX certificate_validity_certificate_idx ON certificate_validity (certificate_id);

      -- Recomputes the validity rows of the given products from their live certificates.
      -- A certificate is valid from its decision date through its expiry, and until the
      -- day before its revocation; of two valid certificates the later decision is current.
      CREATE FUNCTION refresh_certificate_validity(products int[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM certificate_validity WHERE product_id = ANY(products);
        WITH c AS (
          SELECT id, product_id, stars, level, decided_on, expires_on,
                 daterange(decided_on, GREATEST(decided_on, LEAST(expires_on + 1, COALESCE(revoked_on, 'infinity'::date)))) AS valid
          FROM certificate
          WHERE deleted_at IS NULL AND product_id = ANY(products)
        )
        INSERT INTO certificate_validity (certificate_id, product_id, stars, level, decided_on, expires_on, during)
        SELECT c.id, c.product_id, c.stars, c.level, c.decided_on, c.expires_on, span
        FROM c CROSS JOIN LATERAL unnest(datemultirange(c.valid) - COALESCE(
                 (SELECT range_agg(l.valid) FROM c l WHERE l.product_id = c.product_id AND (l.decided_on, l.id) > (c.decided_on, c.id)),
                 '{}'::datemultirange)) AS span
        WHERE NOT isempty(c.valid);
      $$;

      CREATE FUNCTION certificate_validity_follows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          TRUNCATE certificate_validity;
        ELSIF TG_OP = 'INSERT' THEN
          PERFORM refresh_certificate_validity(ARRAY(SELECT DISTINCT product_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM refresh_certificate_validity(ARRAY(SELECT DISTINCT product_id FROM old_rows));
        ELSE
          PERFORM refresh_certificate_validity(ARRAY(SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER certificate_validity_insert AFTER INSERT ON certificate
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_follows();
      CREATE TRIGGER certificate_validity_update AFTER UPDATE ON certificate
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_follows();
      CREATE TRIGGER certificate_validity_delete AFTER DELETE ON certificate
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_follows();
      CREATE TRIGGER certificate_validity_truncate AFTER TRUNCATE ON certificate
        FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_follows();

      SELECT refresh_certificate_validity(ARRAY(SELECT DISTINCT product_id FROM certificate));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER certificate_validity_insert ON certificate;
      DROP TRIGGER certificate_validity_update ON certificate;
      DROP TRIGGER certificate_validity_delete ON certificate;
      DROP TRIGGER certificate_validity_truncate ON certificate;
      DROP FUNCTION certificate_validity_follows();
      DROP FUNCTION refresh_certificate_validity(int[]);
      DROP TABLE certificate_validity;
    `);
  }
}
