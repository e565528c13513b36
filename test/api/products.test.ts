import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { cloneDatabase } from '../support/db.ts';
import { gql, runGql } from '../support/graphql.ts';

let db: DataSource;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
});

describe('products', () => {
  it('finds products ignoring case and diacritics ("toi den" finds "Tỏi đen", "d" matches "đ")', async () => {
    const { data } = await gql(db, `{ products(filter: { search: "TOI DEN" }) { totalCount edges { node { name } } } }`);
    const names = data.products.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['Tỏi đen cô đơn', 'Rượu tỏi đen', 'Tỏi đen nhiều nhánh']));
    expect(names.every((n: string) => /tỏi đen/i.test(n))).toBe(true);
    expect(data.products.totalCount).toBe(names.length);
  });

  it('rejects a page size over the cap, naming the argument', async () => {
    const res = await runGql(db, `{ products(first: 100000) { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('"first"');
  });

  it('rejects a cursor that is not one of this list', async () => {
    const res = await runGql(db, `{ products(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('"after"');
  });

  it('returns null for an unknown id', async () => {
    const { data } = await gql(db, `{ product(id: 999999) { id } }`);
    expect(data.product).toBeNull();
  });
});

describe('products page prefetch', () => {
  it('gives the same relations in one statement as the loaders give one by one', async () => {
    const nested = `subject { id name phone } unit { id name district { id name } province { id name } } currentCertificate { id stars expiresOn }`;
    const page = await gql(db, `{ products(first: 200) { edges { node { id ${nested} } } } }`);
    expect(page.statements).toBe(1);
    const ids = page.data.products.edges.slice(0, 40).map((e: { node: { id: number } }) => e.node.id);
    const byId = await gql(db, `{ ${ids.map((id: number) => `p${id}: product(id: ${id}) { id ${nested} }`).join(' ')} }`);
    for (const edge of page.data.products.edges.slice(0, 40)) expect(byId.data[`p${edge.node.id}`]).toEqual(edge.node);
  });
});
