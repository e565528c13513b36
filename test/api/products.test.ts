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
