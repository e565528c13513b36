// A private database per test file, cloned from a template prepared by global-setup.
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/db/data-source.ts';
import { adminUrl, withDatabase } from './urls.ts';

export interface TestDatabase {
  db: DataSource;
  url: string;
}

export async function cloneDatabase(template: 'tpl_empty' | 'tpl_seed'): Promise<TestDatabase> {
  const base = inject('pgUrl');
  const name = `t_${randomBytes(5).toString('hex')}`;
  const admin = createDataSource({ url: adminUrl(base), poolSize: 1 });
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(base, name);
  const db = createDataSource({ url });
  await db.initialize();
  afterAll(async () => {
    await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  });
  return { db, url };
}
