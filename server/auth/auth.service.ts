// Signing in: a username and password for a bearer token. Unknown users cost
// the same password check as known ones (a dummy hash), so the answer's time
// does not tell who has an account; attempts are throttled (login-throttle.ts).
import { randomBytes } from 'node:crypto';
import { userError } from '../common/errors.ts';
import type { Db } from '../db/sql.ts';
import { LoginResult } from './auth.types.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { issueToken } from './tokens.ts';
import { findUserByName } from './user.repository.ts';

let dummyHash: Promise<string> | undefined;

/** A hash of a random password, checked when there is no user to check against. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummyHash;
}

/** For callers without a hub of their own (in-process runs): throttled per username only. */
const sharedThrottle = new LoginThrottle();

export async function logIn(
  db: Db,
  secret: Uint8Array,
  username: string,
  password: string,
  client: { address?: string; throttle?: LoginThrottle } = {},
): Promise<LoginResult> {
  const throttle = client.throttle ?? sharedThrottle;
  throttle.check(username, client.address);
  const user = await findUserByName(db, username);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummy()));
  // One message for unknown users and wrong passwords: no hint which it was.
  if (!user || user.disabled || !matches) {
    throttle.failed(username, client.address);
    throw userError('UNAUTHENTICATED', { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' }, { http: { status: 401 } });
  }
  throttle.succeeded(username);
  return Object.assign(new LoginResult(), { token: await issueToken(secret, user.id), user });
}
