// Start-up only: database, seeds when empty, HTTP server, graceful shutdown.
import path from 'node:path';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { createHub } from './app.ts';
import { seedIfEmpty } from '../seeds/load.ts';
import { ensureLocalAdmin } from './auth/bootstrap.ts';
import { loadTokenSecret } from './auth/tokens.ts';

const config = loadConfig();
const database = await openDatabase(config);
if (config.seedOnEmpty) await seedIfEmpty(database.db, (line) => console.log(line));
const tokenSecret = loadTokenSecret({ envSecret: process.env.OCOP_TOKEN_SECRET, embeddedDir: database.embedded ? config.embeddedDir : null });
if (database.embedded) await ensureLocalAdmin(database.db, path.dirname(config.embeddedDir), (line) => console.log(line));
const hub = await createHub({
  db: database.db,
  exposeErrors: config.exposeErrors,
  tokenSecret,
  rateLimitPerMinute: config.rateLimitPerMinute,
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
