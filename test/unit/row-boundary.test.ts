// Rows read by raw SQL are checked at one boundary (server/db/rows.ts): each
// statement names the shape of its rows, and no code reads rows around it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { objectOf, oneOf, rowShape } from '../../server/db/rows.ts';
import { ProductStatus } from '../../server/products/product.entity.ts';
import { Subject } from '../../server/subjects/subject.entity.ts';

// Declared shapes never consult the database's metadata.
const NO_DB = {} as DataSource;
const decode = <T>(shape: { decode(db: DataSource, rows: Record<string, unknown>[], sql: string): T[] }, rows: Record<string, unknown>[]) =>
  shape.decode(NO_DB, rows, 'SELECT …');

describe('a declared row shape', () => {
  const shape = rowShape({ id: 'int', name: 'text', on: 'date?', amount: 'numeric', ids: 'int[]', status: oneOf(ProductStatus) });
  const good = { id: 1, name: 'Vải thiều', on: null, amount: '20967000000', ids: [1, 2], status: 'certified' };

  it('passes rows of its columns and kinds through unchanged', () => {
    const rows = [good, { ...good, id: 2, on: '2024-12-31' }];
    expect(decode(shape, rows)).toEqual(rows);
  });

  it('names the column that is missing, undeclared, of another kind, or NULL where not allowed', () => {
    const { name: _name, ...withoutName } = good;
    expect(() => decode(shape, [withoutName])).toThrow(/missing column\(s\) name/);
    expect(() => decode(shape, [{ ...good, extra: 1 }])).toThrow(/undeclared column\(s\) extra/);
    expect(() => decode(shape, [good, { ...good, amount: 12 }])).toThrow(/column "amount" is number 12, declared numeric/);
    expect(() => decode(shape, [{ ...good, id: 1.5 }])).toThrow(/column "id" is number 1.5, declared int/);
    expect(() => decode(shape, [{ ...good, name: null }])).toThrow(/column "name" is NULL, declared text/);
    expect(() => decode(shape, [{ ...good, status: 'lost' }])).toThrow(/column "status" is string "lost", declared one of idea, registered/);
  });

  it('makes joined JSON objects instances of their entity', () => {
    const joined = rowShape({ id: 'int', _subject: objectOf(Subject) });
    const [row, none] = decode(joined, [
      { id: 1, _subject: { id: 7, name: 'HTX' } },
      { id: 2, _subject: null },
    ]);
    expect(row._subject).toBeInstanceOf(Subject);
    expect(row._subject).toMatchObject({ id: 7, name: 'HTX' });
    expect(none._subject).toBeNull();
  });
});

describe('the server', () => {
  const root = path.resolve(import.meta.dirname, '../../server');
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  it('reads rows only through queryRows/queryOne with a shape: no raw .query() outside server/db, no row type asserted', () => {
    const offences = files(root).flatMap((file) => {
      const rel = path.relative(root, file);
      const text = fs.readFileSync(file, 'utf8');
      const found: string[] = [];
      if (!rel.startsWith(`db${path.sep}`) && /\.query\s*[(<]/.test(text)) found.push(`${rel}: raw .query()`);
      if (/(?<!function )\bquery(Rows|One)\s*</.test(text)) found.push(`${rel}: a row type asserted with queryRows<T>/queryOne<T>`);
      return found;
    });
    expect(offences).toEqual([]);
  });
});
