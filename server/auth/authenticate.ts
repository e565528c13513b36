// Resolves the bearer token of a request to its viewer. Verified tokens are
// remembered for a few seconds so a busy client costs no user lookup per
// request; a disabled user is locked out within that time.
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/sql.ts';
import { readToken } from './tokens.ts';
import { viewerById } from './user.repository.ts';
import type { Viewer } from './viewer.ts';

const VIEWER_CACHE_MS = 10_000;

export function authenticator(db: Db, secret: Uint8Array): (authorization: string | undefined) => Promise<Viewer | null> {
  const cache = new LRUCache<string, { viewer: Viewer | null }>({ max: 10_000, ttl: VIEWER_CACHE_MS });
  return async (authorization) => {
    const bearer = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    if (!bearer) return null;
    const hit = cache.get(bearer);
    if (hit) return hit.viewer;
    const id = await readToken(secret, bearer);
    const viewer = id === null ? null : await viewerById(db, id);
    cache.set(bearer, { viewer });
    return viewer;
  };
}
