// Opens the database the hub runs on: DATABASE_URL if given, else the embedded
// PostgreSQL; then applies pending migrations and loads the rule sets.
import type { DataSource } from 'typeorm';
import type { Config } from '../config.ts';
import { createDataSource } from './data-source.ts';
import { syncRuleSets } from '../rules/rule-set-source.ts';

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
  await db.runMigrations({ transaction: 'each' });
  // seeds/rules/rule-sets.json is the rule sets' source: a decision added there applies from the next start.
  await syncRuleSets(db);
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
