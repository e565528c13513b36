-- What PostGraphile needs to answer the benchmark's questions on the hub's
-- tables: a computed column for the current certificate and two views for the
-- aggregates. Created for the benchmark run, dropped after it.
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

CREATE FUNCTION bench.product_current_certificate(p public.product) RETURNS public.certificate
  LANGUAGE sql STABLE AS $$
    SELECT c.* FROM public.certificate c
    WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.decided_on <= current_date
      AND c.expires_on >= current_date AND (c.revoked_on IS NULL OR c.revoked_on > current_date)
    ORDER BY c.decided_on DESC, c.id DESC LIMIT 1
  $$;

CREATE VIEW bench.certified_product AS
  SELECT DISTINCT ON (c.product_id) c.product_id, c.stars, u.province_id
  FROM public.certificate c
  JOIN public.product p ON p.id = c.product_id
  JOIN public.admin_unit u ON u.id = p.unit_id
  WHERE c.deleted_at IS NULL AND c.decided_on <= current_date AND c.expires_on >= current_date
    AND (c.revoked_on IS NULL OR c.revoked_on > current_date)
  ORDER BY c.product_id, c.decided_on DESC, c.id DESC;

CREATE VIEW bench.disbursement_fact AS
  SELECT d.id, d.amount, a.source, u.district_id, u.province_id, extract(year FROM d.disbursed_on)::int AS year
  FROM public.disbursement d
  JOIN public.budget_allocation a ON a.id = d.allocation_id
  JOIN public.admin_unit u ON u.id = d.unit_id
  WHERE d.deleted_at IS NULL;
