// The validity spans of certificates as one database function over a set of
// certificate rows, so the same definition serves the table the triggers keep
// (migration 1764100000000) and the figures on approved data only, which derive
// the spans again from the approved certificates (server/approvals/approved-data.ts):
// an unapproved certificate, or an unapproved revocation, must not shorten or
// replace an approved one there. A window over each product's later decisions
// replaces the correlated subquery of the first definition; the result is the same.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateValiditySpans1765100000400 implements MigrationInterface {
  name = 'CertificateValiditySpans1765100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The days on which each live certificate of \`certs\` is its product's current one: from its
      -- decision through its expiry, until the day before its revocation, minus the days a later
      -- decision (of \`certs\`) covers.
      CREATE FUNCTION certificate_validity_spans(certs public.certificate[]) RETURNS SETOF public.certificate_validity
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
        SELECT l.id, l.product_id, l.stars, l.level, l.decided_on, l.expires_on, span
        FROM later l CROSS JOIN LATERAL unnest(datemultirange(l.valid) - COALESCE(l.covered, '{}'::datemultirange)) AS span
        WHERE NOT isempty(l.valid);
      $$;

      CREATE OR REPLACE FUNCTION refresh_certificate_validity(products int[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM public.certificate_validity WHERE product_id = ANY(products);
        INSERT INTO public.certificate_validity
        SELECT * FROM certificate_validity_spans(ARRAY(SELECT c FROM public.certificate c WHERE c.product_id = ANY(products)));
      $$;

      SELECT refresh_certificate_validity(ARRAY(SELECT DISTINCT product_id FROM certificate));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION refresh_certificate_validity(products int[]) RETURNS void LANGUAGE sql AS $$
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
      DROP FUNCTION certificate_validity_spans(public.certificate[]);
    `);
  }
}
