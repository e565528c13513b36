// councilAccounts: whom those who run a council round may seat (an account of
// role council_member, so the member signs in and scores their own sheets):
// the accounts within the viewer's write scope, enabled ones only; refused to
// those who write nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser, viewerById } from '../../server/auth/user.repository.ts';
import type { Viewer } from '../../server/auth/viewer.ts';
import { cloneDatabase } from '../support/db.ts';
import { errorOf, gqlAs } from './mutations-support.ts';

let db: DataSource;
const ACCOUNTS = '{ councilAccounts { username displayName role } }';

async function user(username: string, role: Role, unitCode: string | null, displayName: string | null = null): Promise<Viewer> {
  const u = await createUser(db, { username, password: 'mật khẩu đủ dài', role, unitCode, displayName });
  return (await viewerById(db, u.id))!;
}

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_seed'));
  await user('hd.bacninh.1', Role.council_member, '2025:24', 'Nguyễn Văn An');
  await user('hd.bacninh.2', Role.council_member, '2025:24', 'Bùi Thị Hoa');
  await user('hd.hanoi', Role.council_member, '2025:51', 'Trần Văn Hà');
  await user('hd.nghi', Role.council_member, '2025:24', 'Đã nghỉ');
  await db.query(`UPDATE app_user SET disabled = true WHERE username = 'hd.nghi'`);
});

describe('councilAccounts', () => {
  it('lists the enabled council members within the viewer’s write scope, by name', async () => {
    const province = await user('tinh.bn', Role.province_admin, '2025:24');
    const res = await gqlAs(db, province, ACCOUNTS);
    expect(res.errors).toBeUndefined();
    expect(res.data.councilAccounts).toEqual([
      { username: 'hd.bacninh.2', displayName: 'Bùi Thị Hoa', role: 'council_member' },
      { username: 'hd.bacninh.1', displayName: 'Nguyễn Văn An', role: 'council_member' },
    ]);
    const admin = await user('quantri', Role.admin, null);
    const all = (await gqlAs(db, admin, ACCOUNTS)).data.councilAccounts.map((a: { username: string }) => a.username);
    expect(all.sort()).toEqual(['hd.bacninh.1', 'hd.bacninh.2', 'hd.hanoi']);
  });

  it('is refused to those who write nothing', async () => {
    const analyst = await user('phantich', Role.analyst, null);
    const member = await viewerById(db, (await db.query(`SELECT id FROM app_user WHERE username = 'hd.bacninh.1'`))[0].id);
    for (const v of [analyst, member!]) expect(errorOf(await gqlAs(db, v, ACCOUNTS), 'FORBIDDEN')).toBeDefined();
  });
});
