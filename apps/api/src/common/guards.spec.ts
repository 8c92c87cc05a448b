import { Reflector } from '@nestjs/core';
import { JwtAuthGuard } from './guards';
import { ApiProblem } from './http/api-problem';

/** What the guard answers for each outcome of the session lookup: only a failed token is a 401. */
describe('JwtAuthGuard.handleRequest', () => {
  const guard = new JwtAuthGuard(new Reflector());
  const statusOf = (fn: () => unknown): number | string => {
    try {
      fn();
      return 'passed';
    } catch (e) {
      return e instanceof ApiProblem ? e.getStatus() : `error: ${(e as Error).message}`;
    }
  };

  it('a valid session passes; a bad, expired or revoked token (no user, no error) is 401', () => {
    expect(statusOf(() => guard.handleRequest(null, { id: 'u' }))).toBe('passed');
    expect(statusOf(() => guard.handleRequest(null, false))).toBe(401);
  });

  it('PostgreSQL unreachable during the lookup is 503, not 401 (a 401 would sign the console out)', () => {
    expect(statusOf(() => guard.handleRequest(new Error('timeout exceeded when trying to connect'), false))).toBe(503);
    expect(statusOf(() => guard.handleRequest(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), false))).toBe(503);
  });

  it('any other failure of the lookup stays an error (500), never a 401', () => {
    expect(statusOf(() => guard.handleRequest(new Error('column "x" does not exist'), false))).toBe('error: column "x" does not exist');
  });
});
