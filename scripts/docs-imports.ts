// Rewrites the column tables of docs/imports.md from the import kinds' own
// tables (npm run docs:imports). A test fails when the file differs.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { withColumns } from '../server/imports/import-docs.ts';

const file = path.join(import.meta.dirname, '..', 'docs', 'imports.md');
fs.writeFileSync(file, withColumns(fs.readFileSync(file, 'utf8')));
console.log(`wrote ${file}`);
