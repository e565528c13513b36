// `npm run users`: create users and tokens, disable users.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runUsersCli } from '../../server/auth/users-cli.ts';
import { cloneDatabase } from '../support/db.ts';
import { TEST_TOKEN_SECRET } from '../support/graphql.ts';
import { startHub, type RunningHub } from '../support/hub.ts';

let db: DataSource;
let hub: RunningHub;
beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  hub = await startHub(db);
});

async function cli(...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  await runUsersCli(argv, db, TEST_TOKEN_SECRET, (line) => out.push(line));
  return out;
}

describe('users CLI', () => {
  it('creates a district officer whose CLI token reads the hub as that officer', async () => {
    expect(await cli('create', '--username', 'canbo.yenthe', '--role', 'district_officer', '--unit', '215', '--password', 'mật khẩu đủ dài')).toEqual([
      'created canbo.yenthe (district_officer, unit 215)',
    ]);
    const [token] = await cli('token', '--username', 'canbo.yenthe');
    const me = await hub.post({ query: '{ me { username role unit { name } } }' }, { authorization: `Bearer ${token}` });
    expect(me.json.data.me).toEqual({ username: 'canbo.yenthe', role: 'district_officer', unit: { name: 'Yên Thế' } });
    expect((await cli('list')).some((l) => l.startsWith('canbo.yenthe\tdistrict_officer\t215'))).toBe(true);
  });

  it('prints a generated password when none is given, and refuses bad roles and units by name', async () => {
    expect((await cli('create', '--username', 'phantich.2', '--role', 'analyst'))[0]).toMatch(/^created phantich\.2 \(analyst\), password: \S{12,}$/);
    await expect(cli('create', '--username', 'x', '--role', 'boss')).rejects.toThrow(/^role: one of admin, province_admin/);
    await expect(cli('create', '--username', 'y', '--role', 'district_officer', '--unit', '24', '--password', 'mật khẩu đủ dài')).rejects.toThrow(
      'unit: a district_officer needs a district',
    );
  });

  it('disables a user: login and their tokens stop working', async () => {
    await cli('create', '--username', 'tamthoi', '--role', 'analyst', '--password', 'mật khẩu đủ dài');
    await cli('disable', '--username', 'tamthoi');
    const login = await hub.post({ query: 'mutation { login(username: "tamthoi", password: "mật khẩu đủ dài") { token } }' });
    expect(login.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await expect(cli('token', '--username', 'tamthoi')).rejects.toThrow('username: no active user "tamthoi"');
  });
});
