// Which driver and TypeORM failures mean "the database is gone" (DATABASE_UNAVAILABLE)
// or "the statement ran too long" (QUERY_TIMEOUT), whatever the moment they strike:
// a connection killed mid-import surfaces as whichever of them the next step meets.
import { describe, expect, it } from 'vitest';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { databaseCode } from '../../server/common/format-error.ts';

describe('databaseCode', () => {
  it.each([
    ['a query runner released under a transaction', new QueryRunnerAlreadyReleasedError()],
    ['a query runner provider released', new QueryRunnerProviderAlreadyReleasedError()],
    ['a terminated connection', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a connection ended by the driver', new Error('Connection terminated unexpectedly')],
  ])('calls %s DATABASE_UNAVAILABLE', (_, error) => {
    expect(databaseCode(error)).toBe('DATABASE_UNAVAILABLE');
  });

  it('calls a cancelled statement QUERY_TIMEOUT and leaves other errors alone', () => {
    expect(databaseCode(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe('QUERY_TIMEOUT');
    expect(databaseCode(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
    expect(databaseCode(new Error('anything else'))).toBeUndefined();
  });
});
