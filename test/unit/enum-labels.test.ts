// The one table of enum labels covers schema.graphql: every value of every
// enum a user may meet has a Vietnamese and an English label, no label is left
// for a value the API dropped, and no two values of an enum read alike in a file.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fold, spellingsOf } from '../../server/imports/cells.ts';
import { ENUM_LABELS, type EnumLabels } from '../../server/labels/enum-labels.ts';
import { PRODUCT_STATUS_LABELS } from '../../dashboard/src/lib/i18n.ts';

// Sort orders are arguments for analysts' queries, never shown as words (the same rule as the schema's descriptions).
const UNLABELLED = /OrderField$|^SortDirection$/;

const schemaEnums = buildSchema(fs.readFileSync(path.join(import.meta.dirname, '../../schema.graphql'), 'utf8'))
  .toConfig()
  .types.filter(isEnumType)
  .filter((e) => !e.name.startsWith('__') && !UNLABELLED.test(e.name));
const labels: Record<string, EnumLabels> = ENUM_LABELS;

describe('enum labels', () => {
  it('exist for every enum of schema.graphql, and for nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(schemaEnums.map((e) => e.name).sort());
  });

  for (const e of schemaEnums) {
    it(`${e.name}: every value in Vietnamese and English`, () => {
      expect(Object.keys(labels[e.name] ?? {}).sort()).toEqual(
        e
          .getValues()
          .map((v) => v.name)
          .sort(),
      );
      for (const [value, label] of Object.entries(labels[e.name] ?? {})) {
        expect(label.vi.trim(), `${e.name}.${value} vi`).not.toBe('');
        expect(label.en.trim(), `${e.name}.${value} en`).not.toBe('');
      }
    });
  }

  it('never let two values of an enum be read from the same text in a file', () => {
    for (const [name, values] of Object.entries(labels)) {
      const owner = new Map<string, string>();
      for (const [value, label] of Object.entries(values)) {
        for (const text of new Set([...spellingsOf(value, label), label.en].map(fold))) {
          expect(owner.get(text) ?? value, `${name}: "${text}" reads as ${owner.get(text)} and ${value}`).toBe(value);
          owner.set(text, value);
        }
      }
    }
  });

  it('are the ones the dashboard shows: a product scored by a council is "Đã đánh giá" (đánh giá, phân hạng)', () => {
    expect(PRODUCT_STATUS_LABELS).toBe(ENUM_LABELS.ProductStatus);
    expect(PRODUCT_STATUS_LABELS.rated).toMatchObject({ vi: 'Đã đánh giá', en: 'Rated' });
  });
});
