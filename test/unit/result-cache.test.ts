// The result cache computes an answer once per key and data version, also for
// requests that ask for it while it is being computed.
import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { runAs, SYSTEM_VIEWER } from '../../server/auth/viewer.ts';
import { cachedResult } from '../../server/common/result-cache.ts';
import type { Context } from '../../server/context.ts';

function fakeContext(db: object, version: { current: number }): Pick<Context, 'db' | 'loaders'> {
  return { db: db as DataSource, loaders: { dataVersion: { load: async () => version.current } } } as unknown as Pick<Context, 'db' | 'loaders'>;
}

describe('cachedResult', () => {
  it('shares one computation among requests that ask together, and computes again after a write', async () => {
    const db = {};
    const version = { current: 1 };
    let computed = 0;
    let finish: (value: string) => void = () => undefined;
    const compute = () => {
      computed++;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    };
    const ask = () => runAs(SYSTEM_VIEWER, () => cachedResult(fakeContext(db, version), ['q'], compute));
    const together = [ask(), ask(), ask()];
    await new Promise((r) => setTimeout(r, 10));
    finish('answer');
    expect(await Promise.all(together)).toEqual(['answer', 'answer', 'answer']);
    expect(computed).toBe(1);
    expect(await ask()).toBe('answer');
    expect(computed).toBe(1);
    version.current = 2;
    const after = ask();
    await new Promise((r) => setTimeout(r, 10));
    finish('new answer');
    expect(await after).toBe('new answer');
    expect(computed).toBe(2);
  });

  it('does not keep a failed computation: the next request computes again', async () => {
    const db = {};
    const version = { current: 1 };
    let computed = 0;
    const ask = (fail: boolean) =>
      runAs(SYSTEM_VIEWER, () =>
        cachedResult(fakeContext(db, version), ['q'], async () => {
          computed++;
          if (fail) throw new Error('the database went away');
          return 'answer';
        }),
      );
    await expect(ask(true)).rejects.toThrow('the database went away');
    expect(await ask(false)).toBe('answer');
    expect(computed).toBe(2);
  });
});
