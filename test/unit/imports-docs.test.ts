// docs/imports.md shows the column tables the importer reads: its generated
// part is exactly what `npm run docs:imports` writes from them.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withColumns } from '../../server/imports/import-docs.ts';
import { IMPORT_KINDS } from '../../server/imports/import-kinds.ts';

const DOC = path.join(import.meta.dirname, '..', '..', 'docs', 'imports.md');
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('docs/imports.md', () => {
  const doc = fs.readFileSync(DOC, 'utf8');

  it('holds the column tables as the importer reads them (run `npm run docs:imports` after changing a table)', () => {
    expect(doc).toBe(withColumns(doc));
  });

  it('names every column of every kind with both its headers', () => {
    for (const def of Object.values(IMPORT_KINDS)) {
      for (const [name, c] of Object.entries(def.columns))
        expect(doc, `${def.kind}.${name}`).toMatch(new RegExp(`\\| \`${name}\` \\| ${literal(c.vi)}[^|]*\\| ${literal(c.en)} \\|`));
    }
  });
});
