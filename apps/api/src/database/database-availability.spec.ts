import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, isDatabaseUnavailable } from './database-availability';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable: which errors mean "PostgreSQL cannot be reached now" (503)', () => {
  it.each([
    ['connection refused (server stopped)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['fast shutdown terminated the session', withCode('terminating connection due to administrator command', '57P01')],
    ['server starting up', withCode('the database system is starting up', '57P03')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['connection exception class 08', withCode('connection failure', '08006')],
    ['socket closed under a query', new Error('Connection terminated unexpectedly')],
    ['connect timed out', new Error('Connection terminated due to connection timeout')],
    ['watchdog refused a connection', new Error('Connection terminated: PostgreSQL does not answer')],
    ['broken client reused', new Error('Client has encountered a connection error and is not queryable')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['connect time limit of the client', new Error('timeout expired')],
    ['wrapped by TypeORM', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['inside an AggregateError', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed')],
  ])('%s → yes', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], withCode('duplicate key value', '23505'))],
    ['syntax error', new QueryFailedError('SELEC', [], withCode('syntax error', '42601'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a released query runner with no outage seen', Object.assign(new Error('Query runner already released'), { name: 'QueryRunnerAlreadyReleasedError' })],
    ['nothing', undefined],
  ])('%s → no', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('the answer is 503 DATABASE_UNAVAILABLE with Retry-After', () => {
    const p = databaseUnavailable();
    expect(p.getStatus()).toBe(503);
    expect(p.code).toBe('DATABASE_UNAVAILABLE');
    expect(p.headers['Retry-After']).toBe('5');
  });
});
