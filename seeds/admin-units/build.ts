/**
 * Writes seeds/admin-units/four-provinces.json (fourProvinceUnits(), 2-space JSON)
 * so the curated list can be reviewed in git. Also validates both the curated and
 * the national list (unique keys, parents before children, references resolve).
 *
 *   npx tsx seeds/admin-units/build.ts        (works from any cwd)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkUnits, fourProvinceUnits, nationalUnits, seedStats, type SeedUnit } from './units.js';

function summarize(label: string, units: readonly SeedUnit[]): string {
  const counts = new Map<string, number>();
  for (const u of units) {
    const k = `${u.key.startsWith('2025:') ? 'new' : 'old'} ${u.level}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const parts = [...counts.entries()].map(([k, v]) => `${k}=${v}`).join(', ');
  return `${label}: ${units.length} units (${parts})`;
}

const four = fourProvinceUnits();
const national = nationalUnits();

const problems = [...checkUnits(four).map((p) => `four-provinces: ${p}`), ...checkUnits(national).map((p) => `national: ${p}`)];
if (problems.length > 0) {
  console.error(problems.slice(0, 50).join('\n'));
  throw new Error(`${problems.length} consistency problem(s) in the admin-unit seed`);
}

const out = fileURLToPath(new URL('./four-provinces.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(four, null, 2)}\n`, 'utf8');

console.log(summarize('four provinces', four));
console.log(summarize('national', national));
console.log('linkage', JSON.stringify(seedStats()));
console.log(`wrote ${out}`);
