// Bearer tokens: HS256 JWTs signed with a secret from the environment (or, for
// the embedded default, one generated once and kept beside the data).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'ocop-data-hub';
export const TOKEN_TTL = '12h';

export function loadTokenSecret(options: { envSecret: string | undefined; embeddedDir: string | null }): Uint8Array {
  if (options.envSecret) {
    if (options.envSecret.length < 32) throw new Error('OCOP_TOKEN_SECRET must be at least 32 characters');
    return new TextEncoder().encode(options.envSecret);
  }
  if (!options.embeddedDir) throw new Error('OCOP_TOKEN_SECRET must be set when the hub runs on DATABASE_URL');
  const file = path.join(path.dirname(options.embeddedDir), 'token-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(fs.readFileSync(file, 'utf8').trim());
}

export function issueToken(secret: Uint8Array, userId: number, ttl = TOKEN_TTL): Promise<string> {
  return new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(String(userId)).setIssuer(ISSUER).setIssuedAt().setExpirationTime(ttl).sign(secret);
}

/** The user id in a valid token, or null for a bad, expired or foreign one, or one that never expires. */
export async function readToken(secret: Uint8Array, token: string): Promise<number | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
    const id = Number(payload.sub);
    return Number.isInteger(id) ? id : null;
  } catch {
    return null;
  }
}
