// docs/targets.md describes every metric of the catalogue with its version:
// its table is exactly what `npm run docs:metrics` writes from the definitions.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../server/metrics/catalogue.ts';
import { withMetrics } from '../../server/metrics/metric-docs.ts';

const DOC = path.join(import.meta.dirname, '..', '..', 'docs', 'targets.md');

describe('docs/targets.md', () => {
  const doc = fs.readFileSync(DOC, 'utf8');

  it('holds the metric table as the catalogue defines it (run `npm run docs:metrics` after changing a metric)', () => {
    expect(doc).toBe(withMetrics(doc));
  });

  it('names every metric with its version', () => {
    for (const m of METRICS) expect(doc, m.id).toContain(`| \`${m.id}\` | ${m.version} |`);
  });
});
