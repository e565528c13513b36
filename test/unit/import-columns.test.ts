// The column tables of the import kinds: headers tell columns apart in either
// language, every example is a cell its column reads, and the templates
// written from a table read back as that table's header and example.
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { fold, RowReader } from '../../server/imports/cells.ts';
import { exampleIn, readRow } from '../../server/imports/columns.ts';
import { ImportFormat } from '../../server/imports/import.types.ts';
import { IMPORT_KINDS } from '../../server/imports/import-kinds.ts';
import { importTemplate } from '../../server/imports/import-template.ts';
import { readSheet } from '../../server/imports/read-file.ts';

const LANGS = ['vi', 'en'] as const;

describe.each(Object.values(IMPORT_KINDS))('$kind', (def) => {
  const columns = Object.entries(def.columns);

  it('tells its columns apart by any header, ignoring case and diacritics', () => {
    const owner = new Map<string, string>();
    for (const [name, c] of columns) {
      expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      for (const header of new Set([name, c.vi, c.en, ...(c.aliases ?? [])].map(fold))) {
        expect(owner.get(header) ?? name, `"${header}"`).toBe(name);
        owner.set(header, name);
      }
    }
  });

  it('reads every example of its table as a filled cell, in either language', () => {
    for (const lang of LANGS) {
      const r = new RowReader(2, new Map(columns.map(([name, c]) => [name, exampleIn(c, lang)])));
      const values = readRow(def.columns, r);
      expect(r.problems).toEqual([]);
      for (const [name] of columns) expect(values[name], `${name} (${lang})`).not.toBeNull();
    }
  });

  it('reports its unit and its fields on columns of its own', () => {
    expect(def.columns[def.unitColumn]).toBeDefined();
    const fields = columns.map(([, c]) => c.field).filter(Boolean);
    expect(new Set(fields).size).toBe(fields.length);
  });

  for (const format of [ImportFormat.CSV, ImportFormat.XLSX]) {
    for (const lang of LANGS) {
      it(`writes a ${format} template in ${lang} that reads back as the header row and the example`, async () => {
        const file = await importTemplate(def, format, lang);
        expect(file.fileName).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
        const sheet = await readSheet(format, file.data);
        expect(sheet.headers).toEqual(columns.map(([, c]) => c[lang]));
        expect(sheet.rows).toHaveLength(1);
        const r = new RowReader(2, new Map(columns.map(([name], i) => [name, sheet.rows[0].cells[i] ?? ''])));
        const back = readRow(def.columns, r);
        expect(r.problems).toEqual([]);
        const example = readRow(def.columns, new RowReader(2, new Map(columns.map(([name, c]) => [name, exampleIn(c, lang)]))));
        expect(back).toEqual(example);
      });
    }
  }
});

describe('template file names', () => {
  it('say what the template is for, in its language', async () => {
    expect((await importTemplate(IMPORT_KINDS.training_classes, ImportFormat.XLSX, 'vi')).fileName).toBe('mau-nhap-lop-tap-huan.xlsx');
    expect((await importTemplate(IMPORT_KINDS.training_classes, ImportFormat.CSV, 'en')).fileName).toBe('import-template-training-classes.csv');
  });
});
