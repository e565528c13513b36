// The data layer's rules that do not need a browser: which failures are
// asked again, and how the star snapshots fill their fixed slots.
import { describe, expect, it } from 'vitest';
import { MAX_SNAPSHOTS, snapshotVariables } from '../../dashboard/src/api/analytics-snapshots.ts';
import { ApiError } from '../../dashboard/src/api/client.ts';
import { shouldRetry } from '../../dashboard/src/api/query.ts';

const graphqlError = (code: string) => new ApiError('graphql', code, 200, [{ message: code, code }]);

describe('shouldRetry', () => {
  it('never asks again after bad input, a refusal, a sign-in request or an invalid query', () => {
    for (const code of ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TIMEOUT'])
      expect(shouldRetry(0, graphqlError(code)), code).toBe(false);
    expect(shouldRetry(0, new ApiError('auth', 'sign in', 200, [{ message: 'sign in', code: 'UNAUTHENTICATED' }]))).toBe(false);
    expect(shouldRetry(0, new ApiError('http', 'Bad Request', 400))).toBe(false);
    expect(shouldRetry(0, new ApiError('timeout', 'no answer within 20 s'))).toBe(false);
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });
  it('asks twice more after a network failure, an HTTP 5xx or a database that is reconnecting', () => {
    for (const e of [new ApiError('network', 'Failed to fetch'), new ApiError('http', 'Bad Gateway', 502), graphqlError('DATABASE_UNAVAILABLE')]) {
      expect(shouldRetry(0, e), e.message).toBe(true);
      expect(shouldRetry(1, e), e.message).toBe(true);
      expect(shouldRetry(2, e), e.message).toBe(false);
    }
  });
  it('does not retry a mix of a transient and a permanent error', () => {
    const mixed = new ApiError('graphql', 'two', 200, [
      { message: 'a', code: 'DATABASE_UNAVAILABLE' },
      { message: 'b', code: 'FORBIDDEN' },
    ]);
    expect(shouldRetry(0, mixed)).toBe(false);
  });
});

describe('snapshotVariables', () => {
  const base = { measure: 'CERTIFIED_PRODUCTS' as const, groupBy: ['STARS' as const], filter: { provinceCode: '24' } };

  it('fills one slot per date and leaves the others out', () => {
    const v = snapshotVariables({ ...base, dates: ['2022-12-31', '2023-12-31', '2024-06-30'] }) as Record<string, unknown>;
    expect(v.f0).toEqual({ provinceCode: '24', asOf: '2022-12-31' });
    expect(v.f2).toEqual({ provinceCode: '24', asOf: '2024-06-30' });
    expect([v.use1, v.use2, v.use3, v[`use${MAX_SNAPSHOTS - 1}`]]).toEqual([true, true, false, false]);
  });
  it('reads the latest dates when there are more than the slots', () => {
    const dates = Array.from({ length: MAX_SNAPSHOTS + 2 }, (_, i) => `${2015 + i}-12-31`);
    const v = snapshotVariables({ ...base, dates }) as Record<string, unknown>;
    expect(v.f0).toMatchObject({ asOf: dates[2] });
    expect(v[`f${MAX_SNAPSHOTS - 1}`]).toMatchObject({ asOf: dates.at(-1) });
    expect(v[`use${MAX_SNAPSHOTS - 1}`]).toBe(true);
  });
});
