// Each validity row carries its product's unit, kept with the product in the same
// transaction, so a count of valid certificates by unit or scope reads the validity
// rows alone: the product table (hashed whole for every count, 12 of the 26 ms of
// analytics (b) at scale 1) is joined only where a figure asks for the product's
// group or subject (docs/performance-notes.md).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SPANS = (withUnit: boolean) => `
  CREATE OR REPLACE FUNCTION certificate_validity_spans(certs public.certificate[]) RETURNS SETOF public.certificate_validity
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH c AS (
      SELECT id, product_id, stars, level, decided_on, expires_on,
             daterange(decided_on, GREATEST(decided_on, LEAST(expires_on + 1, COALESCE(revoked_on, 'infinity'::date)))) AS valid
      FROM unnest(certs)
      WHERE deleted_at IS NULL
    ), later AS (
      SELECT c.*, range_agg(c.valid) OVER (PARTITION BY c.product_id ORDER BY c.decided_on DESC, c.id DESC
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS covered
      FROM c
    )
    SELECT l.id, l.product_id, l.stars, l.level, l.decided_on, l.expires_on, span${withUnit ? ', p.unit_id' : ''}
    FROM later l ${withUnit ? 'JOIN public.product p ON p.id = l.product_id' : ''}
    CROSS JOIN LATERAL unnest(datemultirange(l.valid) - COALESCE(l.covered, '{}'::datemultirange)) AS span
    WHERE NOT isempty(l.valid);
  $$;`;

export class CertificateValidityUnit1765270000000 implements MigrationInterface {
  name = 'CertificateValidityUnit1765270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE certificate_validity ADD COLUMN unit_id int;
      UPDATE certificate_validity cv SET unit_id = p.unit_id FROM product p WHERE p.id = cv.product_id;
      ALTER TABLE certificate_validity ALTER COLUMN unit_id SET NOT NULL;
      -- A scope's valid certificates on a date: its units' rows, not every row valid that day
      -- (a province's certified count at scale 1: 28 → 0.7 ms).
      CREATE INDEX certificate_validity_unit_idx ON certificate_validity (unit_id) INCLUDE (stars, during);
      ${SPANS(true)}

      -- A product moved to another unit takes its validity rows along.
      CREATE FUNCTION certificate_validity_follows_unit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE certificate_validity cv SET unit_id = n.unit_id
        FROM new_products n JOIN old_products o ON o.id = n.id
        WHERE cv.product_id = n.id AND n.unit_id IS DISTINCT FROM o.unit_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER certificate_validity_unit AFTER UPDATE ON product
        REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION certificate_validity_follows_unit();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER certificate_validity_unit ON product;
      DROP FUNCTION certificate_validity_follows_unit();
      DROP FUNCTION certificate_validity_spans(public.certificate[]);
      ALTER TABLE certificate_validity DROP COLUMN unit_id;
      ${SPANS(false).replace('CREATE OR REPLACE', 'CREATE')}
    `);
  }
}
