// Read-only requests go to the streaming replica; mutations go to the primary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/db/data-source.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser } from '../../server/auth/user.repository.ts';
import { authHeader, startHub, type RunningHub } from '../support/hub.ts';
import { startPrimaryWithReplica, type PrimaryAndReplica } from '../support/replica.ts';

let cluster: PrimaryAndReplica;
let db: DataSource;
let hub: RunningHub;
let auth: Record<string, string>;
beforeAll(async () => {
  cluster = await startPrimaryWithReplica(async (url) => {
    const setup = createDataSource({ url });
    await setup.initialize();
    await setup.runMigrations();
    await setup.destroy();
  });
  db = createDataSource({ url: cluster.primaryUrl, replicaUrls: [cluster.replicaUrl] });
  await db.initialize();
  hub = await startHub(db);
  auth = await authHeader(db);
});
afterAll(async () => {
  await hub?.close();
  await db?.destroy();
  await cluster?.stop();
});

const COUNT = { query: '{ adminUnits(first: 0) { totalCount } }' };

async function replicaCaughtUp(expected: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const rows = (await cluster.onReplica('SELECT count(*)::int AS n FROM admin_unit')) as { n: number }[];
    if (rows[0].n === expected) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('replica routing', () => {
  it('serves queries from the replica: rows the replica has not replayed yet are not seen', async () => {
    await db.query(`INSERT INTO admin_unit (key, code, name, type, level) VALUES ('99', '99', 'Tỉnh thử', 'Tỉnh', 'province')`);
    expect(await replicaCaughtUp(1)).toBe(true);
    expect((await hub.post(COUNT, auth)).json.data.adminUnits.totalCount).toBe(1);

    await cluster.onReplica('SELECT pg_wal_replay_pause()');
    await db.query(`INSERT INTO admin_unit (key, code, name, type, level) VALUES ('98', '98', 'Tỉnh thử 2', 'Tỉnh', 'province')`);
    expect((await db.query('SELECT count(*)::int AS n FROM admin_unit'))[0].n).toBe(2); // the primary has it
    expect((await hub.post(COUNT, auth)).json.data.adminUnits.totalCount).toBe(1); // the hub read the paused replica

    await cluster.onReplica('SELECT pg_wal_replay_resume()');
    expect(await replicaCaughtUp(2)).toBe(true);
    expect((await hub.post(COUNT, auth)).json.data.adminUnits.totalCount).toBe(2);
  });

  it('sends mutations to the primary: logging in as a user the replica has not replayed works', async () => {
    await cluster.onReplica('SELECT pg_wal_replay_pause()');
    await createUser(db, { username: 'moi.tao', password: 'mật khẩu đủ dài', role: Role.analyst });
    const login = await hub.post({ query: 'mutation { login(username: "moi.tao", password: "mật khẩu đủ dài") { user { username } } }' });
    expect(login.json.data.login.user.username).toBe('moi.tao');
    await cluster.onReplica('SELECT pg_wal_replay_resume()');
  });
});
