// Throttling of sign-in attempts: failed logins are counted per username and
// per client address over a window; past the limit every attempt (a right
// password too) is refused with RATE_LIMITED and Retry-After until the window
// ends, so passwords cannot be tried faster than this whatever the tokens or
// usernames an attacker varies. Counted in this process's memory.
import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { userError } from '../common/errors.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failed attempts per username within the window. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** Failed attempts per client address within the window (an office shares one address). */
export const MAX_FAILURES_PER_ADDRESS = 30;

interface Count {
  failures: number;
  /** When the window of these failures ends (ms since epoch). */
  until: number;
}

export class LoginThrottle {
  private readonly counts = new LRUCache<string, Count>({ max: 100_000 });

  constructor(private readonly now: () => number = Date.now) {}

  private keys(username: string, address: string | undefined): [string, number][] {
    const keys: [string, number][] = [[`user:${username.normalize('NFC').trim().toLowerCase()}`, MAX_FAILURES_PER_USERNAME]];
    if (address) keys.push([`address:${address}`, MAX_FAILURES_PER_ADDRESS]);
    return keys;
  }

  private current(key: string): Count | undefined {
    const count = this.counts.get(key);
    if (count && count.until <= this.now()) {
      this.counts.delete(key);
      return undefined;
    }
    return count;
  }

  /** Refuses an attempt while the username or the address is past its limit. */
  check(username: string, address: string | undefined): void {
    for (const [key, max] of this.keys(username, address)) {
      const count = this.current(key);
      if (count && count.failures >= max) throw tooManyAttempts(Math.ceil((count.until - this.now()) / 1000), key.startsWith('user:'));
    }
  }

  failed(username: string, address: string | undefined): void {
    for (const [key] of this.keys(username, address)) {
      const count = this.current(key) ?? { failures: 0, until: this.now() + LOGIN_WINDOW_MS };
      this.counts.set(key, { ...count, failures: count.failures + 1 });
    }
  }

  succeeded(username: string): void {
    this.counts.delete(this.keys(username, undefined)[0][0]);
  }
}

function tooManyAttempts(seconds: number, perUser: boolean): GraphQLError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const [vi, en] = perUser
    ? [`tên đăng nhập này đã nhập sai mật khẩu ${MAX_FAILURES_PER_USERNAME} lần`, `${MAX_FAILURES_PER_USERNAME} wrong passwords for this username`]
    : [`địa chỉ của bạn đã đăng nhập sai ${MAX_FAILURES_PER_ADDRESS} lần`, `${MAX_FAILURES_PER_ADDRESS} failed logins from your address`];
  return userError(
    'RATE_LIMITED',
    {
      vi: `Quá nhiều lần đăng nhập sai (${vi} trong ${LOGIN_WINDOW_MS / 60_000} phút): thử lại sau ${minutes} phút.`,
      en: `Too many failed logins (${en} within ${LOGIN_WINDOW_MS / 60_000} minutes): try again in ${minutes} minutes.`,
    },
    { retryAfterSeconds: seconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
  );
}
