// Rewrites the metric table of docs/targets.md from the catalogue (npm run
// docs:metrics). A test fails when the file differs.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { withMetrics } from '../server/metrics/metric-docs.ts';

const file = path.join(import.meta.dirname, '..', 'docs', 'targets.md');
fs.writeFileSync(file, withMetrics(fs.readFileSync(file, 'utf8')));
console.log(`wrote ${file}`);
