// Checks every Relay list shares: empty pages, keyset paging to the end, totals,
// and rejected cursors; plus unit-id lookups for hand-built fixtures.
import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import { gql, runGql } from './graphql.ts';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: number } }[];
}

function listQuery(field: string, args: string): string {
  const extra = args ? `, ${args}` : '';
  return `query ($first: Int!, $after: String) {
    ${field}(first: $first, after: $after${extra}) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
    }
  }`;
}

/** Ids of one page of `field(args)`. */
export async function listIds(db: DataSource, field: string, args = '', first = 500): Promise<number[]> {
  const { data } = await gql<Record<string, Page>>(db, listQuery(field, args), { first });
  return data[field].edges.map((e) => e.node.id);
}

/**
 * Asserts that `field(args)` lists exactly `expectedIds` in that order, page by page
 * (`pageSize` rows at a time, following endCursor until hasNextPage is false), that
 * first: 0 returns no rows but the right total, and that a foreign cursor is rejected.
 */
export async function expectPaging(db: DataSource, field: string, args: string, expectedIds: number[], pageSize = 2): Promise<void> {
  const query = listQuery(field, args);

  const empty = (await gql<Record<string, Page>>(db, query, { first: 0 })).data[field];
  expect(empty.edges).toEqual([]);
  expect(empty.totalCount).toBe(expectedIds.length);
  expect(empty.pageInfo).toEqual({ hasNextPage: expectedIds.length > 0, hasPreviousPage: false, startCursor: null, endCursor: null });

  const seen: number[] = [];
  let after: string | null = null;
  for (let pages = 0; ; pages++) {
    expect(pages).toBeLessThanOrEqual(expectedIds.length);
    const page: Page = (await gql<Record<string, Page>>(db, query, { first: pageSize, after })).data[field];
    expect(page.totalCount).toBe(expectedIds.length);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.edges.length).toBeLessThanOrEqual(pageSize);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(pageSize);
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(expectedIds);

  const bad = await runGql(db, query, { first: pageSize, after: 'bm90LWEtY3Vyc29y' });
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0].message).toContain('"after"');
}

/** Ids of administrative units by key (the pre-2025 GSO code), for fixture rows. */
export async function unitIds(db: DataSource, ...keys: string[]): Promise<Record<string, number>> {
  const rows: { id: number; key: string }[] = await db.query('SELECT id, key FROM admin_unit WHERE key = ANY($1::text[])', [keys]);
  const ids = Object.fromEntries(rows.map((r) => [r.key, r.id]));
  for (const key of keys) if (!(key in ids)) throw new Error(`no administrative unit with key ${key}`);
  return ids;
}
