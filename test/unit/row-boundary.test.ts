// Rows read by raw SQL are checked at one boundary (server/db/rows.ts): each
// statement names the shape of its rows, and no code reads rows around it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { oneOf, rowShape } from '../../server/db/rows.ts';
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

  it("gathers a joined entity's columns into an instance of it, null where the join found nothing", () => {
    // Just the metadata a join reads: Subject's id, name, the foreign key of its unit and a column not asked for.
    const column = (propertyName: string, type: string, isNullable = false) => ({
      propertyName,
      type,
      isNullable,
      isSelect: true,
      entityMetadata: { name: 'Subject' },
    });
    const columns = [column('id', 'int'), column('name', 'text'), column('unitId', 'int'), column('phone', 'text', true)];
    const db = { getMetadata: () => ({ columns }) } as unknown as DataSource;
    // Asked for its name and its unit: the unit's resolver loads it by unitId.
    const joined = rowShape({ id: 'int' }).withJoined('_subject', Subject, ['name', 'unit']);
    const [row, none] = joined.decode(
      db,
      [
        { id: 1, '_subject.id': 7, '_subject.name': 'HTX', '_subject.unitId': 3 },
        { id: 2, '_subject.id': null, '_subject.name': null, '_subject.unitId': null },
      ],
      'SELECT …',
    );
    expect(row).toEqual({ id: 1, _subject: expect.any(Subject) });
    expect(row._subject).toEqual(Object.assign(new Subject(), { id: 7, name: 'HTX', unitId: 3 }));
    expect(none._subject).toBeNull();
    expect(() => joined.decode(db, [{ id: 3, '_subject.id': 7, '_subject.name': 4, '_subject.unitId': 3 }], 'SELECT …')).toThrow(
      /column "_subject.name" is number 4, declared text/,
    );
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
