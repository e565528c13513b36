// The hub survives its database going away and shuts down without dropping
// the requests it is serving.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ROOT_DIR } from '../../server/config.ts';
import { createDataSource } from '../../server/db/data-source.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../server/db/embedded.ts';
import { cloneDatabase } from '../support/db.ts';
import { authHeader, startHub } from '../support/hub.ts';
import { freePort } from '../support/ports.ts';

const PRODUCTS = { query: '{ products(first: 5) { totalCount } }' };

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const { db } = await cloneDatabase('tpl_seed');
    const hub = await startHub(db);
    const auth = await authHeader(db);
    // Hold a lock so the next products query waits inside PostgreSQL.
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('LOCK TABLE product IN ACCESS EXCLUSIVE MODE');
    const inFlight = hub.post(PRODUCTS, auth);
    await new Promise((r) => setTimeout(r, 300));
    const stopping = hub.close();
    await new Promise((r) => setTimeout(r, 300));
    await runner.rollbackTransaction();
    await runner.release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.json.data.products.totalCount).toBeGreaterThan(0);
    await stopping;
    await expect(fetch(`${hub.url}/healthz`)).rejects.toThrow();
  });
});

describe('the production entry point', () => {
  it('drains and exits 0 on SIGTERM (a service manager stopping it)', async () => {
    const { url } = await cloneDatabase('tpl_seed');
    const port = await freePort();
    // NODE_ENV=production as deployed: Apollo's own signal handlers are on by default there.
    const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, PORT: String(port), OCOP_TOKEN_SECRET: 'x'.repeat(32) };
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const listening = new Promise<void>((resolve) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('OCOP data hub on')) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
    });
    const exited = once(child, 'exit');
    await Promise.race([listening, exited]);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status, output).toBe(200);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code, output).toBe(0);
  });
});

describe('database restart', () => {
  let pg: EmbeddedServer;
  let db: DataSource;
  let dir: string;
  let port: number;
  beforeAll(async () => {
    dir = path.join(ROOT_DIR, '.data', `restart-pg-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    port = await freePort();
    pg = await startEmbeddedPostgres(dir, port);
    db = createDataSource({ url: pg.url, poolSize: 4 });
    await db.initialize();
    await db.runMigrations();
  });
  afterAll(async () => {
    await db.destroy().catch(() => undefined);
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers DATABASE_UNAVAILABLE while PostgreSQL is down and recovers by itself when it returns', async () => {
    const hub = await startHub(db);
    const auth = await authHeader(db);
    expect((await hub.post(PRODUCTS, auth)).json.data.products.totalCount).toBe(0);

    await pg.stop();
    const down = await hub.post(PRODUCTS, auth);
    expect(down.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(503);

    pg = await startEmbeddedPostgres(dir, port);
    let recovered = false;
    for (let i = 0; i < 20 && !recovered; i++) {
      // Authentication itself needs the database; a fresh token check proves the pool reconnected.
      const again = await hub.post(PRODUCTS, auth);
      recovered = again.json?.data?.products?.totalCount === 0;
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
  });
  it('loses and duplicates no write when PostgreSQL restarts under load', async () => {
    const hub = await startHub(db);
    const auth = await authHeader(db);
    const [{ id: unitId }] = await db.query(
      `INSERT INTO admin_unit (key, code, name, type, level) VALUES ('88', '88', 'Tỉnh thử', 'Tỉnh', 'province') RETURNING id`,
    );
    await db.query('INSERT INTO admin_unit_closure VALUES ($1, $1)', [unitId]);
    const WRITERS = 4;
    const EACH = 25;
    let written = 0;
    let retries = 0;
    // A writer retries what failed because the database was away; a code already
    // taken means an earlier attempt committed and only its answer was lost.
    const write = async (code: string): Promise<void> => {
      for (;;) {
        const res = await hub
          .post(
            {
              query: 'mutation ($input: SubjectInput!) { createSubject(input: $input) { id } }',
              variables: { input: { code, name: `Chủ thể ${code}`, type: 'cooperative', unitId } },
            },
            auth,
          )
          .catch(() => ({ status: 0, json: null }));
        const error = res.json?.errors?.[0];
        if (res.json?.data?.createSubject || (error && /code/i.test(error.message) && error.extensions?.code === 'BAD_USER_INPUT')) break;
        retries += 1;
        await new Promise((r) => setTimeout(r, 100));
      }
      written += 1;
    };
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < EACH; i++) await write(`R-${w}-${i}`);
    });
    while (written < (WRITERS * EACH) / 3) await new Promise((r) => setTimeout(r, 20));
    await pg.stop();
    await new Promise((r) => setTimeout(r, 500));
    pg = await startEmbeddedPostgres(dir, port);
    await Promise.all(writers);
    const rows: { code: string }[] = await db.query(`SELECT code FROM subject WHERE code LIKE 'R-%'`);
    expect(retries).toBeGreaterThan(0); // the restart really interrupted writes
    expect(rows).toHaveLength(WRITERS * EACH);
    expect(new Set(rows.map((r) => r.code)).size).toBe(WRITERS * EACH);
    const audit: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'subject' AND action = 'create'`);
    expect(audit[0].n).toBe(WRITERS * EACH); // one audit entry per committed write, none for rolled-back attempts
  });
});
