// Signing in cannot be brute-forced: failed attempts are throttled per
// username and per client address with Retry-After, and an unknown username
// costs the same password check as a known one.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USERNAME } from '../../server/auth/login-throttle.ts';
import { Role } from '../../server/auth/user.entity.ts';
import { createUser } from '../../server/auth/user.repository.ts';
import * as password from '../../server/auth/password.ts';
import { cloneDatabase } from '../support/db.ts';
import { startHub } from '../support/hub.ts';

vi.mock('../../server/auth/password.ts', async (original) => {
  const actual = await original<typeof import('../../server/auth/password.ts')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

let db: DataSource;
const PASSWORD = 'mật khẩu đủ dài';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

beforeAll(async () => {
  ({ db } = await cloneDatabase('tpl_empty'));
  for (const name of ['canbo.a', 'canbo.b']) await createUser(db, { username: name, password: PASSWORD, role: Role.analyst });
});

describe('login throttling', () => {
  it(`refuses a username after ${MAX_FAILURES_PER_USERNAME} wrong passwords, the right one too, with Retry-After`, async () => {
    const hub = await startHub(db);
    const attempt = async (p: string) => {
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ query: LOGIN, variables: { u: 'canbo.a', p } }),
      });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), json: await res.json() };
    };
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) expect((await attempt(`sai ${i}`)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const locked = await attempt(PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    expect(locked.json.errors[0].message).toMatch(/Too many failed logins \(5 wrong passwords for this username within 15 minutes\)/);
    // Another username from the same address is not locked by it.
    const other = await hub.post({ query: LOGIN, variables: { u: 'canbo.b', p: PASSWORD } });
    expect(other.json.data.login.token).toBeTruthy();
    await hub.close();
  });

  it(`refuses an address after ${MAX_FAILURES_PER_ADDRESS} failed logins, whatever usernames it tries`, async () => {
    const hub = await startHub(db);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await hub.post({ query: LOGIN, variables: { u: `ai-do-${i}`, p: 'x' } });
    const refused = await hub.post({ query: LOGIN, variables: { u: 'canbo.b', p: PASSWORD } });
    expect(refused.status).toBe(429);
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    await hub.close();
  });

  it('behind a trusted proxy, counts each client address on its own', async () => {
    const hub = await startHub(db, { trustProxy: 'loopback' });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await hub.post({ query: LOGIN, variables: { u: `ke-la-${i}`, p: 'x' } }, from('203.0.113.7'));
    expect((await hub.post({ query: LOGIN, variables: { u: 'canbo.b', p: PASSWORD } }, from('203.0.113.7'))).status).toBe(429);
    // Another client behind the same proxy is not held back by the first one's failures.
    const other = await hub.post({ query: LOGIN, variables: { u: 'canbo.b', p: PASSWORD } }, from('198.51.100.20'));
    expect(other.json.data.login.token).toBeTruthy();
    await hub.close();
  });

  it('checks a password for unknown usernames as for known ones (no timing hint of who exists)', async () => {
    const hub = await startHub(db);
    const verify = vi.mocked(password.verifyPassword);
    verify.mockClear();
    await hub.post({ query: LOGIN, variables: { u: 'khong-ton-tai', p: 'x' } });
    expect(verify).toHaveBeenCalledTimes(1);
    await hub.post({ query: LOGIN, variables: { u: 'canbo.b', p: 'sai' } });
    expect(verify).toHaveBeenCalledTimes(2);
    await hub.close();
  });
});
