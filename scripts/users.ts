// npm run users -- create|token|disable|reassign|list … (see server/auth/users-cli.ts).
// Uses DATABASE_URL, or the embedded database (also while the hub is running).
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { loadTokenSecret } from '../server/auth/tokens.ts';
import { runUsersCli } from '../server/auth/users-cli.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const secret = loadTokenSecret({ envSecret: process.env.OCOP_TOKEN_SECRET, embeddedDir: database.embedded ? config.embeddedDir : null });
  await runUsersCli(process.argv.slice(2), database.db, secret, (line) => console.log(line));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
