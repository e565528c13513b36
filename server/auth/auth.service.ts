// Signing in: a username and password for a bearer token.
import { userError } from '../common/errors.ts';
import type { Db } from '../db/sql.ts';
import { LoginResult } from './auth.types.ts';
import { verifyPassword } from './password.ts';
import { issueToken } from './tokens.ts';
import { findUserByName } from './user.repository.ts';

export async function logIn(db: Db, secret: Uint8Array, username: string, password: string): Promise<LoginResult> {
  const user = await findUserByName(db, username);
  // One message for unknown users and wrong passwords: no hint which it was.
  if (!user || user.disabled || !(await verifyPassword(password, user.passwordHash))) {
    throw userError('UNAUTHENTICATED', { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' }, { http: { status: 401 } });
  }
  return Object.assign(new LoginResult(), { token: await issueToken(secret, user.id), user });
}
