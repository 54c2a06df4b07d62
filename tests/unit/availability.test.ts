import { ServiceError } from '@temporalio/client';
import { isServiceUnavailable } from '../../api/availability';

const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('isServiceUnavailable: 503 for an unreachable dependency, 500 for a bug', () => {
  it.each([
    ['Temporal unreachable', new ServiceError('14 UNAVAILABLE')],
    ['PostgreSQL refusing connections', pgError('connect ECONNREFUSED 127.0.0.1:5433', 'ECONNREFUSED')],
    ['PostgreSQL shutting down', pgError('terminating connection due to administrator command', '57P01')],
    ['a connection lost mid-query', pgError('Connection terminated unexpectedly')],
    // Seen in the cluster-history-kill drill: Temporal's processes reconnecting took every connection.
    [
      'PostgreSQL out of connection slots, under drizzle',
      new Error('Failed query: insert into "cases"', {
        cause: pgError('sorry, too many clients already', '53300'),
      }),
    ],
    // drizzle wraps the driver's error: "Failed query: …", with the pg error as its cause
    [
      'a drizzle query error over a shutdown',
      new Error('Failed query: select 1', {
        cause: pgError('the database system is shutting down', '57P03'),
      }),
    ],
    [
      'two wrappers deep',
      new Error('outer', { cause: new Error('Failed query', { cause: pgError('x', 'ECONNRESET') }) }),
    ],
  ])('%s → unavailable', (_what, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ['a constraint violation', pgError('duplicate key value violates unique constraint', '23505')],
    [
      'a drizzle query error over a syntax error',
      new Error('Failed query', { cause: pgError('syntax', '42601') }),
    ],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('%s → not unavailable', (_what, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });
});
