// One as-of date per screen: a list's statuses and ratings, and the figures
// beside it, can all be read on the date the screen shows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql } from '../support/graphql.ts';

let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
});

const LIST = `query ($asOf: LocalDate!, $statuses: [ProductStatus!]) {
  products(first: 5, filter: { search: "Tỏi đen nhiều nhánh", ratingAsOf: $asOf, statuses: $statuses }) {
    edges { node { name recorded: status status(asOf: $asOf) currentCertificate(asOf: $asOf) { stars expiresOn } } } } }`;

describe('a products list read on one date', () => {
  it('shows the status on that date beside the rating on that date, not today’s status', async () => {
    // Recognised 3★ on 30/11/2022, it lapsed on 01/12/2025: certified at the end of 2024, expired today.
    const { data } = await gql(db, LIST, { asOf: '2024-12-31' });
    expect(data.products.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { name: 'Tỏi đen nhiều nhánh', recorded: 'expired', status: 'certified', currentCertificate: { stars: 3, expiresOn: '2025-11-30' } },
    ]);
    const later = await gql(db, LIST, { asOf: '2025-12-01' });
    expect(later.data.products.edges[0].node).toMatchObject({ status: 'expired', currentCertificate: null });
    // Registered 06/05/2022, first evaluated 27/09/2022 (an illustrative history, like its status).
    const registered = await gql(db, LIST, { asOf: '2022-06-30' });
    expect(registered.data.products.edges[0].node).toMatchObject({ status: 'registered', currentCertificate: null });
    const rated = await gql(db, LIST, { asOf: '2022-10-31' });
    expect(rated.data.products.edges[0].node).toMatchObject({ status: 'rated', currentCertificate: null });
  });

  it('filters by the status on that date', async () => {
    expect((await gql(db, LIST, { asOf: '2024-12-31', statuses: ['certified'] })).data.products.edges).toHaveLength(1);
    expect((await gql(db, LIST, { asOf: '2024-12-31', statuses: ['expired'] })).data.products.edges).toHaveLength(0);
    expect((await gql(db, LIST, { asOf: '2025-12-31', statuses: ['expired'] })).data.products.edges).toHaveLength(1);
  });

  it('agrees with the figures read on the same date', async () => {
    const asOf = '2024-12-31';
    const listed = await gql(
      db,
      `{ products(first: 1, filter: { provinceCode: "24", unitsAsOf: "${asOf}", ratingAsOf: "${asOf}", statuses: [certified] }) { totalCount } }`,
    );
    const figure = await gql(
      db,
      `{ analytics(measure: CERTIFIED_PRODUCTS, filter: { provinceCode: "24", unitsAsOf: "${asOf}", asOf: "${asOf}" }) { asOf total { value } } }`,
    );
    expect(figure.data.analytics).toEqual({ asOf, total: { value: 348 } });
    expect(listed.data.products.totalCount).toBe(348);
  });

  it('never counts records dated after the as-of date in a figure read on it', async () => {
    const asOf = '2024-06-30';
    const { data } = await gql(
      db,
      `{ analytics(measure: DISBURSED_VND, groupBy: [MONTH], filter: { provinceCode: "24", unitsAsOf: "${asOf}", years: [2024], asOf: "${asOf}" }) {
      asOf rows { keys { key } } total { exact } } }`,
    );
    expect(data.analytics.asOf).toBe(asOf);
    expect(data.analytics.rows.map((r: { keys: { key: string }[] }) => r.keys[0].key)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    const [{ sum }] = await db.query(
      `SELECT sum(d.amount)::text AS sum FROM disbursement d
       WHERE d.deleted_at IS NULL AND d.disbursed_on BETWEEN '2024-01-01' AND $1
         AND d.unit_id IN (SELECT descendant_id FROM admin_unit_closure WHERE ancestor_id = (SELECT id FROM admin_unit WHERE key = '24'))`,
      [asOf],
    );
    expect(data.analytics.total.exact).toBe(sum);
  });
});
