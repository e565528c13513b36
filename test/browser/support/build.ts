// Builds dashboard/dist once when it is missing or older than its sources.
// Test files may run in parallel: a lock directory makes one build and the
// others wait for it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ROOT_DIR } from '../../../server/config.ts';

const DASHBOARD = path.join(ROOT_DIR, 'dashboard');
const DIST = path.join(DASHBOARD, 'dist');
const OUTPUTS = ['index.html', 'explorer.html'].map((f) => path.join(DIST, f));
const LOCK = path.join(os.tmpdir(), `ocop-dashboard-build-${createHash('sha1').update(ROOT_DIR).digest('hex').slice(0, 8)}.lock`);
const LOCK_STALE_MS = 5 * 60_000;

function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (p === DIST || path.basename(p) === 'node_modules') return;
      for (const f of fs.readdirSync(p)) visit(path.join(p, f));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  visit(DASHBOARD);
  // The enum labels the dashboard bundles from the server's shared module.
  visit(path.join(ROOT_DIR, 'server', 'labels'));
  visit(path.join(ROOT_DIR, 'package-lock.json'));
  return newest;
}

export function dashboardIsFresh(): boolean {
  if (!OUTPUTS.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...OUTPUTS.map((f) => fs.statSync(f).mtimeMs));
  return built >= newestSource();
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

export async function ensureDashboardBuilt(): Promise<{ built: boolean; ms: number }> {
  const started = Date.now();
  for (;;) {
    if (dashboardIsFresh()) return { built: false, ms: Date.now() - started };
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // Someone else is building: wait, unless their lock was left behind.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (dashboardIsFresh()) return { built: false, ms: Date.now() - started };
      const res = spawnSync(
        process.execPath,
        [path.join(ROOT_DIR, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(DASHBOARD, 'vite.config.ts'), '--logLevel', 'error'],
        {
          cwd: ROOT_DIR,
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'production' },
          timeout: 5 * 60_000,
        },
      );
      if (res.status !== 0) throw new Error(`vite build failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
      // The outputs must look newer than every source, even on coarse clocks.
      const now = new Date();
      for (const f of OUTPUTS) fs.utimesSync(f, now, now);
      return { built: true, ms: Date.now() - started };
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
