// Start-up only: database, seeds when empty, HTTP server, graceful shutdown.
import path from 'node:path';
import type { DataSource } from 'typeorm';
import sql from 'sql-template-tag';
import { loadConfig } from './config.ts';
import { COUNT_ROW } from './db/rows.ts';
import { queryOne } from './db/sql.ts';
import { openDatabase } from './db/database.ts';
import { createHub } from './app.ts';
import { ensureLocalAdmin } from './auth/bootstrap.ts';
import { loadTokenSecret } from './auth/tokens.ts';

/**
 * Loads the seed data into an empty database. The seed generator (with faker, a
 * development dependency) is imported only then, so a hub that has data never
 * loads it (test/unit/production-imports.test.ts checks the static imports).
 */
async function seedIfEmpty(db: DataSource): Promise<void> {
  const units = await queryOne(db, COUNT_ROW, sql`SELECT count(*)::int AS n FROM admin_unit`);
  if (units && units.n > 0) return;
  console.log('seed: empty database, loading the seed data…');
  const seeds = await import('../seeds/load.ts').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'The database is empty, and loading the seed data needs the development dependencies (npm ci without --omit=dev). Set SEED_ON_EMPTY=false to start with no data.',
      { cause: error },
    );
  });
  await seeds.seedAll(db, (line) => console.log(line));
}

const config = loadConfig();
const database = await openDatabase(config);
if (config.seedOnEmpty) await seedIfEmpty(database.db);
const tokenSecret = loadTokenSecret({ envSecret: process.env.OCOP_TOKEN_SECRET, embeddedDir: database.embedded ? config.embeddedDir : null });
if (database.embedded) await ensureLocalAdmin(database.db, path.dirname(config.embeddedDir), (line) => console.log(line));
const hub = await createHub({
  db: database.db,
  exposeErrors: config.exposeErrors,
  tokenSecret,
  rateLimitPerMinute: config.rateLimitPerMinute,
  trustProxy: config.trustProxy,
});

hub.server.listen(config.port, () => {
  const where = database.embedded ? `embedded PostgreSQL in ${config.embeddedDir} (port ${config.embeddedPort})` : 'DATABASE_URL';
  console.log(`OCOP data hub on http://localhost:${config.port}/ — GraphQL and explorer at /graphql — data: ${where}`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests…`);
  await hub.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
