// What `npm start` loads: the static import graph of server/index.ts, walked in
// esbuild's metafile. The seed generator (seeds/, faker) is reached only through
// the dynamic import that runs on an empty database, and every package the
// server imports is a production dependency, so `npm ci --omit=dev` can run it.
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';

const ENTRY = 'server/index.ts';
let inputs: Metafile['inputs'];

beforeAll(async () => {
  const result = await build({
    absWorkingDir: ROOT_DIR,
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir: 'out',
    logLevel: 'silent',
  });
  inputs = result.metafile.inputs;
});

/** Files and packages reached from the entry by static imports only. */
function staticGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const i of inputs[file]?.imports ?? []) {
      // esbuild's own helpers (decorators) come as "<runtime>".
      if (i.kind === 'dynamic-import' || i.path === '<runtime>') continue;
      if (i.external) packages.add(i.path);
      else visit(i.path);
    }
  };
  visit(ENTRY);
  return { files, packages };
}

/** "@scope/name/sub" → "@scope/name", "name/sub" → "name". */
const packageName = (specifier: string) => /^(@[^/]+\/)?[^/]+/.exec(specifier)?.[0] ?? specifier;

describe('the production import graph of server/index.ts', () => {
  it('sees the seed loader only behind a dynamic import', () => {
    const dynamic = inputs[ENTRY].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
    expect(dynamic).toEqual(['seeds/load.ts']);
    const { files } = staticGraph();
    expect(files.size).toBeGreaterThan(50);
    expect([...files].filter((f) => f.startsWith('seeds/'))).toEqual([]);
  });

  it('imports only production dependencies, and not faker', () => {
    const { packages } = staticGraph();
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8'));
    const builtins = new Set(builtinModules);
    const external = [...packages].filter((p) => !p.startsWith('node:') && !builtins.has(p)).map(packageName);
    expect(external).toContain('typeorm');
    expect(external).not.toContain('@faker-js/faker');
    expect(external.filter((p) => !(p in manifest.dependencies))).toEqual([]);
    expect(manifest.dependencies).not.toHaveProperty('@faker-js/faker');
  });
});
