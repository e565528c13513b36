// The illustrative dataset's invariants, checked in SQL against a clone of the
// seeded template, and its repeatability (seedAll twice gives the same rows).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SEEDED_TABLES, seedAll } from '../../seeds/load.ts';
import { DATASET_TODAY } from '../../seeds/dataset/dates.ts';
import { datasetFigures, type DatasetFigures } from '../../seeds/dataset/figures.ts';
import { cloneDatabase } from '../support/db.ts';

let db: DataSource;
let figures: DatasetFigures;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  figures = await datasetFigures(db);
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM (${sql}) AS q`, params);
  return n;
}

describe('illustrative dataset', () => {
  it('has the size the brief asks for (2,000–3,000 products) and every kind of row', async () => {
    expect(figures.rows.product).toBeGreaterThanOrEqual(2000);
    expect(figures.rows.product).toBeLessThanOrEqual(3000);
    for (const [table, n] of Object.entries(figures.rows)) expect(n, table).toBeGreaterThan(0);
    expect(Object.keys(figures.statuses).sort()).toEqual(['certified', 'expired', 'idea', 'rated', 'registered', 'revoked']);
  });

  it('gives certificates only for 3 stars or more, with the stars of the evaluation they recognise', async () => {
    expect(
      await count(`SELECT c.id FROM certificate c JOIN evaluation e ON e.id = c.evaluation_id
                        WHERE c.stars <> e.stars OR c.stars < 3 OR c.product_id <> e.product_id`),
    ).toBe(0);
  });

  it('gives every certificate the level of its round, and 5 stars only at central level', async () => {
    expect(
      await count(`SELECT c.id FROM certificate c JOIN evaluation e ON e.id = c.evaluation_id JOIN evaluation_round r ON r.id = e.round_id
                        WHERE c.level <> r.level OR (c.stars = 5) <> (c.level = 'central')`),
    ).toBe(0);
    expect(await count(`SELECT id FROM evaluation_round WHERE (level = 'central') <> (unit_id IS NULL)`)).toBe(0);
  });

  it('keeps every date on or before the dataset day, and evaluations after registration', async () => {
    expect(await count(`SELECT id FROM evaluation WHERE evaluated_on > $1`, [DATASET_TODAY])).toBe(0);
    expect(await count(`SELECT id FROM certificate WHERE decided_on > $1 OR revoked_on > $1`, [DATASET_TODAY])).toBe(0);
    expect(
      await count(`SELECT e.id FROM evaluation e JOIN product p ON p.id = e.product_id
                        WHERE p.registered_on IS NULL OR e.evaluated_on < p.registered_on`),
    ).toBe(0);
    expect(await count(`SELECT c.id FROM certificate c JOIN evaluation e ON e.id = c.evaluation_id WHERE c.decided_on < e.evaluated_on`)).toBe(0);
  });

  it('sets each product status from its certificate history on the dataset day', async () => {
    const wrong: { id: number; status: string; expected: string }[] = await db.query(
      `SELECT * FROM (
         SELECT p.id, p.status, CASE
           WHEN EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.decided_on <= $1::date
                          AND c.expires_on >= $1::date AND (c.revoked_on IS NULL OR c.revoked_on > $1::date)) THEN 'certified'
           WHEN EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.decided_on <= $1::date) THEN
             CASE WHEN (SELECT c.revoked_on <= $1::date FROM certificate c WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.decided_on <= $1::date
                        ORDER BY c.decided_on DESC, c.id DESC LIMIT 1) THEN 'revoked' ELSE 'expired' END
           WHEN EXISTS (SELECT 1 FROM evaluation e WHERE e.product_id = p.id AND e.evaluated_on <= $1::date) THEN 'rated'
           WHEN p.registered_on IS NOT NULL THEN 'registered'
           ELSE 'idea' END AS expected
         FROM product p) s
       WHERE status <> expected LIMIT 5`,
      [DATASET_TODAY],
    );
    expect(wrong).toEqual([]);
  });

  it('never repeats a product name within a district', async () => {
    const repeats: { name: string }[] = await db.query(
      `SELECT min(p.name) AS name FROM product p JOIN admin_unit u ON u.id = p.unit_id
       GROUP BY COALESCE(u.district_id, u.id), lower(p.name) HAVING count(*) > 1 LIMIT 5`,
    );
    expect(repeats).toEqual([]);
  });

  it('attaches subjects and products to units valid when they registered', async () => {
    for (const table of ['subject', 'product']) {
      expect(
        await count(
          `SELECT t.id FROM ${table} t JOIN admin_unit u ON u.id = t.unit_id
                          WHERE COALESCE(t.registered_on, $1::date) NOT BETWEEN COALESCE(u.valid_from, '-infinity') AND COALESCE(u.valid_to, 'infinity')
                             OR (u.level = 'province')`,
          [DATASET_TODAY],
        ),
        table,
      ).toBe(0);
    }
    expect(await count(`SELECT p.id FROM product p JOIN subject s ON s.id = p.subject_id WHERE p.registered_on < s.registered_on`)).toBe(0);
  });

  it('marks every invented row illustrative (only the plans and their named products are not)', async () => {
    for (const table of ['subject', 'evaluation', 'certificate', 'disbursement', 'training_class', 'promotion_event', 'sales_point']) {
      expect(await count(`SELECT id FROM ${table} WHERE NOT illustrative`), table).toBe(0);
    }
    expect(await count(`SELECT id FROM product WHERE illustrative = (code LIKE 'NP%')`)).toBe(0);
    expect(await count(`SELECT id FROM budget_allocation WHERE illustrative = (plan_id IS NOT NULL)`)).toBe(0);
  });

  it('never disburses more than an allocation holds', async () => {
    expect(
      await count(`SELECT a.id FROM budget_allocation a JOIN disbursement d ON d.allocation_id = a.id
                        GROUP BY a.id HAVING sum(d.amount) > max(a.amount) OR max(a.amount) IS NULL`),
    ).toBe(0);
  });

  it('is calibrated to Bắc Giang’s public figures', () => {
    const bg = figures.valid['24'];
    expect(bg['2023-12-31']).toBeGreaterThanOrEqual(275);
    expect(bg['2023-12-31']).toBeLessThanOrEqual(305);
    expect(bg['2024-06-30']).toBeGreaterThanOrEqual(320);
    expect(bg['2024-06-30']).toBeLessThanOrEqual(348);
    // The 2024 plan aims at 350 by the end of 2024: the data ends slightly short of it or around it.
    expect(bg['2024-12-31']).toBeGreaterThanOrEqual(335);
    expect(bg['2024-12-31']).toBeLessThanOrEqual(355);
    // Every district adds 3-star products in 2024; a couple fall short of the plan's 10.
    const perDistrict = figures.bacGiangNew2024.map((d) => d.products);
    expect(perDistrict).toHaveLength(10);
    expect(Math.min(...perDistrict)).toBeGreaterThan(0);
    const short = perDistrict.filter((n) => n < 10).length;
    expect(short).toBeGreaterThanOrEqual(2);
    expect(short).toBeLessThanOrEqual(3);
  });

  it('gives the other provinces plausible counts', () => {
    expect(figures.valid['60']['2024-12-31']).toBeGreaterThanOrEqual(150);
    expect(figures.valid['60']['2024-12-31']).toBeLessThanOrEqual(200);
    for (const code of ['51', '74']) {
      expect(figures.valid[code]['2024-12-31'], code).toBeGreaterThanOrEqual(100);
      expect(figures.valid[code]['2024-12-31'], code).toBeLessThanOrEqual(250);
    }
  });

  it('gives the named products their histories', async () => {
    const rows: { name: string; status: string; level: string; stars: number; decided_on: string; proposed: boolean }[] = await db.query(
      `SELECT p.name, p.status, c.level, c.stars, c.decided_on, e.proposed_for_central AS proposed
       FROM product p JOIN certificate c ON c.product_id = p.id JOIN evaluation e ON e.id = c.evaluation_id
       WHERE p.code LIKE 'NP%' ORDER BY p.code, c.decided_on`,
    );
    for (const name of ['Tỏi đen cô đơn', 'Rượu tỏi đen', 'Tỏi đen nhiều nhánh']) {
      const in2022 = rows.filter((r) => r.name === name && r.decided_on.startsWith('2022'));
      expect(in2022, name).toHaveLength(1);
      expect(in2022[0].level).toBe('province');
      expect([3, 4]).toContain(in2022[0].stars);
    }
    for (const name of ['Vải thiều Lục Ngạn', 'Gà đồi Yên Thế', 'Mỳ gạo Chũ']) {
      const certs = rows.filter((r) => r.name === name);
      expect(
        certs.some((r) => r.stars === 4 && r.proposed),
        name,
      ).toBe(true);
      expect(certs[0].status, name).toBe('certified');
    }
  });

  it('follows the plans where they set figures (Bình Thuận and Bàu Bàng training, Bình Thuận promotion and sales points)', async () => {
    const [bt]: { classes: number; learners: number }[] = await db.query(
      `SELECT count(*)::int AS classes, sum(actual_learners)::int AS learners FROM training_class t
       JOIN admin_unit_closure cl ON cl.descendant_id = t.unit_id AND cl.ancestor_id = (SELECT id FROM admin_unit WHERE key = '60')
       WHERE t.starts_on BETWEEN '2024-01-01' AND '2024-12-31'`,
    );
    expect(bt.classes).toBe(4);
    expect(bt.learners).toBeGreaterThanOrEqual(200);
    expect(bt.learners).toBeLessThanOrEqual(240);
    expect(
      await count(
        `SELECT id FROM training_class WHERE unit_id = (SELECT id FROM admin_unit WHERE key = '719') AND starts_on BETWEEN '2021-01-01' AND '2021-12-31'`,
      ),
    ).toBe(1);
    expect(
      await count(`SELECT e.id FROM promotion_event e JOIN admin_unit_closure cl ON cl.descendant_id = e.unit_id
                        AND cl.ancestor_id = (SELECT id FROM admin_unit WHERE key = '60')
                        WHERE e.scope = 'out_of_province' AND e.starts_on BETWEEN '2024-01-01' AND '2024-12-31'`),
    ).toBe(4);
    const [sp]: { upgraded: number; opened: number }[] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'upgraded' AND upgraded_on BETWEEN '2024-01-01' AND '2024-12-31')::int AS upgraded,
              count(*) FILTER (WHERE status = 'new' AND opened_on BETWEEN '2024-01-01' AND '2024-12-31')::int AS opened
       FROM sales_point s JOIN admin_unit_closure cl ON cl.descendant_id = s.unit_id AND cl.ancestor_id = (SELECT id FROM admin_unit WHERE key = '60')`,
    );
    expect(sp).toEqual({ upgraded: 1, opened: 2 });
  });

  it('links promotion events only to products certified on the event’s first day', async () => {
    expect(
      await count(`SELECT ep.event_id FROM promotion_event_product ep JOIN promotion_event e ON e.id = ep.event_id
                        WHERE NOT EXISTS (SELECT 1 FROM certificate c WHERE c.product_id = ep.product_id AND c.decided_on <= e.starts_on
                                          AND c.expires_on >= e.starts_on AND (c.revoked_on IS NULL OR c.revoked_on >= e.starts_on))`),
    ).toBe(0);
  });

  it('gives identical rows when seedAll runs twice', async () => {
    const before = await checksums(db);
    await seedAll(db, () => undefined);
    expect(await checksums(db)).toEqual(before);
    await seedAll(db, () => undefined);
    expect(await checksums(db)).toEqual(before);
  }, 120_000);
});

/** Row count and an order-independent md5 of every row (timestamps set by now() excluded). */
async function checksums(source: DataSource): Promise<Record<string, string>> {
  const columns: { table_name: string; column_name: string }[] = await source.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = ANY($1::text[]) AND column_name NOT IN ('created_at', 'updated_at')
     ORDER BY table_name, ordinal_position`,
    [SEEDED_TABLES],
  );
  const out: Record<string, string> = {};
  for (const table of SEEDED_TABLES) {
    const cols = columns
      .filter((c) => c.table_name === table)
      .map((c) => `"${c.column_name}"`)
      .join(', ');
    const [row]: { n: number; sum: string | null }[] = await source.query(
      `SELECT count(*)::int AS n, md5(string_agg(t.r, '|' ORDER BY t.r)) AS sum FROM (SELECT ROW(${cols})::text AS r FROM ${table}) t`,
    );
    out[table] = `${row.n}:${row.sum}`;
  }
  return out;
}
