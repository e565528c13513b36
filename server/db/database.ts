// Opens the database the hub runs on: DATABASE_URL if given, else the embedded
// PostgreSQL; then brings it up to date (migrate).
import type { DataSource } from 'typeorm';
import type { Config } from '../config.ts';
import { createDataSource } from './data-source.ts';
import { syncRuleSets } from '../rules/rule-set-source.ts';
import { dropApprovedViews, refreshApprovedViews } from '../approvals/approved-data.ts';

export interface OpenDatabase {
  db: DataSource;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(config: Config): Promise<OpenDatabase> {
  // Loaded only when used: a deployment on DATABASE_URL never loads the embedded server.
  const embedded = config.databaseUrl ? undefined : await (await import('./embedded.ts')).startEmbeddedPostgres(config.embeddedDir, config.embeddedPort);
  const url = config.databaseUrl ?? embedded!.url;
  const db = createDataSource({ url, replicaUrls: config.replicaUrls, statementTimeoutMs: config.statementTimeoutMs });
  await db.initialize();
  await migrate(db);
  return {
    db,
    url,
    embedded: Boolean(embedded),
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Brings a database up to date: pending migrations (with the derived
 * approved-data views out of their way), the rule sets of seeds/rules (a
 * decision added there applies from the next start), the approved-data views.
 */
export async function migrate(db: DataSource): Promise<void> {
  if (await db.showMigrations()) {
    await dropApprovedViews(db);
    await db.runMigrations({ transaction: 'each' });
  }
  await syncRuleSets(db);
  await refreshApprovedViews(db);
}
