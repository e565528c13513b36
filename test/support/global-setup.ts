// Starts one embedded PostgreSQL for the whole run and prepares two template
// databases: "tpl_empty" (migrated, no rows) and "tpl_seed" (migrated and seeded).
// Each test file clones the one it needs, so files never see each other's writes.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT_DIR } from '../../server/config.ts';
import { startEmbeddedPostgres } from '../../server/db/embedded.ts';
import { createDataSource } from '../../server/db/data-source.ts';
import { seedAll } from '../../seeds/load.ts';
import { adminUrl, withDatabase } from './urls.ts';
import { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // A private cluster per run, so parallel runs (and a running hub) never collide.
  const dir = path.join(ROOT_DIR, '.data', `test-pg-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres(dir, await freePort());
  const admin = createDataSource({ url: adminUrl(server.url) });
  await admin.initialize();
  for (const name of ['tpl_empty', 'tpl_seed']) await admin.query(`CREATE DATABASE ${name}`);

  for (const [name, seed] of [['tpl_empty', false], ['tpl_seed', true]] as const) {
    const db = createDataSource({ url: withDatabase(server.url, name) });
    await db.initialize();
    await db.runMigrations();
    if (seed) await seedAll(db, () => undefined);
    await db.destroy();
  }
  await admin.destroy();
  project.provide('pgUrl', server.url);
  return async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

