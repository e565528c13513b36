// The figures the dataset is calibrated to, computed from the database the same
// way for the README, the tests and anyone checking a change to the profiles.
import type { EntityManager } from 'typeorm';
import { DATASET_TODAY } from './dates.ts';

type Query = Pick<EntityManager, 'query'>;

export const CALIBRATION_DATES = ['2023-12-31', '2024-06-30', '2024-12-31', DATASET_TODAY] as const;

export interface DatasetFigures {
  /** Products with a valid 3-star-or-better certificate, by old province code and date. */
  valid: Record<string, Record<string, number>>;
  /** Products whose first certificate was decided in the year, by old province code and year. */
  newCertified: Record<string, Record<number, number>>;
  /** Bắc Giang districts: products first certified in 2024. */
  bacGiangNew2024: { code: string; name: string; products: number }[];
  /** Products re-rated with more stars than their previous certificate, by old province code and year. */
  upgraded: Record<string, Record<number, number>>;
  /** Share of cooperatives among subjects, by old province code (percent). */
  cooperativeShare: Record<string, number>;
  /** Products by status, all four provinces (and the named products). */
  statuses: Record<string, number>;
  /** Certificates by stars. */
  stars: Record<string, number>;
  /** Rows per table. */
  rows: Record<string, number>;
}

const PROVINCES = ['24', '51', '60', '74'];

export async function datasetFigures(q: Query): Promise<DatasetFigures> {
  const valid: DatasetFigures['valid'] = {};
  const validRows: { code: string; day: string; n: number }[] = await q.query(
    `SELECT pr.code, d.day::text AS day, count(DISTINCT p.id)::int AS n
     FROM unnest($1::text[]) AS pc(code)
     JOIN admin_unit pr ON pr.key = pc.code
     CROSS JOIN unnest($2::date[]) AS d(day)
     JOIN admin_unit_closure cl ON cl.ancestor_id = pr.id
     JOIN product p ON p.unit_id = cl.descendant_id
     WHERE EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.stars >= 3
                     AND c.decided_on <= d.day AND c.expires_on >= d.day AND (c.revoked_on IS NULL OR c.revoked_on > d.day))
     GROUP BY pr.code, d.day ORDER BY 1, 2`,
    [PROVINCES, CALIBRATION_DATES],
  );
  for (const r of validRows) (valid[r.code] ??= {})[r.day] = r.n;

  const newCertified: DatasetFigures['newCertified'] = {};
  const newRows: { code: string; year: number; n: number }[] = await q.query(
    `SELECT pr.code, extract(year FROM f.first)::int AS year, count(*)::int AS n
     FROM admin_unit pr
     JOIN admin_unit_closure cl ON cl.ancestor_id = pr.id
     JOIN product p ON p.unit_id = cl.descendant_id
     JOIN LATERAL (SELECT min(decided_on) AS first FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL) f ON f.first IS NOT NULL
     WHERE pr.key = ANY($1::text[])
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [PROVINCES],
  );
  for (const r of newRows) (newCertified[r.code] ??= {})[r.year] = r.n;

  const bacGiangNew2024: DatasetFigures['bacGiangNew2024'] = await q.query(
    `SELECT d.code, d.name, count(p.id)::int AS products
     FROM admin_unit d
     LEFT JOIN admin_unit_closure cl ON cl.ancestor_id = d.id
     LEFT JOIN product p ON p.unit_id = cl.descendant_id
       AND (SELECT min(decided_on) FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL) BETWEEN '2024-01-01' AND '2024-12-31'
     WHERE d.level = 'district' AND d.parent_id = (SELECT id FROM admin_unit WHERE key = '24')
     GROUP BY d.code, d.name ORDER BY d.code`,
  );

  const upgraded: DatasetFigures['upgraded'] = {};
  const upgradeRows: { code: string; year: number; n: number }[] = await q.query(
    `SELECT pr.code, extract(year FROM c.decided_on)::int AS year, count(DISTINCT c.product_id)::int AS n
     FROM admin_unit pr
     JOIN admin_unit_closure cl ON cl.ancestor_id = pr.id
     JOIN product p ON p.unit_id = cl.descendant_id
     JOIN certificate c ON c.product_id = p.id
     WHERE pr.key = ANY($1::text[]) AND c.stars > (SELECT prev.stars FROM certificate prev WHERE prev.product_id = c.product_id
       AND (prev.decided_on, prev.id) < (c.decided_on, c.id) ORDER BY prev.decided_on DESC, prev.id DESC LIMIT 1)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [PROVINCES],
  );
  for (const r of upgradeRows) (upgraded[r.code] ??= {})[r.year] = r.n;

  const shareRows: { code: string; share: number }[] = await q.query(
    `SELECT pr.code, round(100.0 * count(*) FILTER (WHERE s.type = 'cooperative') / count(*), 1)::float AS share
     FROM admin_unit pr
     JOIN admin_unit_closure cl ON cl.ancestor_id = pr.id
     JOIN subject s ON s.unit_id = cl.descendant_id
     WHERE pr.key = ANY($1::text[]) GROUP BY 1 ORDER BY 1`,
    [PROVINCES],
  );

  const statusRows: { status: string; n: number }[] = await q.query('SELECT status, count(*)::int AS n FROM product GROUP BY 1 ORDER BY 1');
  const starRows: { stars: number; n: number }[] = await q.query('SELECT stars, count(*)::int AS n FROM certificate GROUP BY 1 ORDER BY 1');
  const tables = [
    'subject',
    'product',
    'evaluation_round',
    'evaluation',
    'certificate',
    'budget_allocation',
    'disbursement',
    'training_class',
    'promotion_event',
    'promotion_event_product',
    'promotion_event_subject',
    'sales_point',
  ];
  const [counts]: Record<string, number>[] = await q.query(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return {
    valid,
    newCertified,
    bacGiangNew2024,
    upgraded,
    cooperativeShare: Object.fromEntries(shareRows.map((r) => [r.code, r.share])),
    statuses: Object.fromEntries(statusRows.map((r) => [r.status, r.n])),
    stars: Object.fromEntries(starRows.map((r) => [String(r.stars), r.n])),
    rows: counts,
  };
}
