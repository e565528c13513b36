// Starts one embedded PostgreSQL for the whole run and prepares two template
// databases: "tpl_empty" (migrated, no rows) and "tpl_seed" (migrated and seeded).
// Each test file clones the one it needs, so files never see each other's writes.
// The api and browser projects both list this file; vitest loads it once per
// project, so the cluster is kept on the main process's globalThis and started
// once, whichever project asks first, and stopped when the last one finishes.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT_DIR } from '../../server/config.ts';
import { startEmbeddedPostgres } from '../../server/db/embedded.ts';
import { createDataSource } from '../../server/db/data-source.ts';
import { migrate } from '../../server/db/database.ts';
import { seedAll } from '../../seeds/load.ts';
import { adminUrl, withDatabase } from './urls.ts';
import { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

interface SharedCluster {
  url: Promise<string>;
  projects: number;
  stop: () => Promise<void>;
}

const SHARED = Symbol.for('ocop.test-postgres');
const holder = globalThis as { [SHARED]?: SharedCluster };

async function startCluster(): Promise<{ url: string; stop: () => Promise<void> }> {
  // A private cluster per run, so parallel runs (and a running hub) never collide.
  const dir = path.join(ROOT_DIR, '.data', `test-pg-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres(dir, await freePort());
  const admin = createDataSource({ url: adminUrl(server.url) });
  await admin.initialize();
  for (const name of ['tpl_empty', 'tpl_seed']) await admin.query(`CREATE DATABASE ${name}`);

  for (const name of ['tpl_empty', 'tpl_seed']) {
    const db = createDataSource({ url: withDatabase(server.url, name) });
    await db.initialize();
    await migrate(db);
    if (name === 'tpl_seed') await seedAll(db, () => undefined);
    await db.destroy();
  }
  await admin.destroy();
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  if (!holder[SHARED]) {
    const started = startCluster();
    holder[SHARED] = { url: started.then((c) => c.url), projects: 0, stop: async () => (await started).stop() };
  }
  const shared = holder[SHARED];
  shared.projects += 1;
  project.provide('pgUrl', await shared.url);
  return async () => {
    shared.projects -= 1;
    if (shared.projects > 0) return;
    delete holder[SHARED];
    await shared.stop();
  };
}
