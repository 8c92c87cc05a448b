import type { Actor } from '../access';
import { allowedStatusMoves, decideStatusChange } from './volunteer-status.rules';
import { VOLUNTEER_STATUSES, type VolunteerStatus } from './volunteer.types';

// Written out by hand so the test does not reuse the rules' own table.
const LEGAL = new Set([
  'applicant>active', 'applicant>exited',
  'active>paused', 'active>alumni', 'active>exited',
  'paused>active', 'paused>alumni', 'paused>exited',
  'alumni>staff', 'alumni>exited',
  'staff>exited',
]);

const actor = (roles: Actor['roles'], centerIds: string[] = []): Actor => ({ id: 'u', roles, centerIds, eventIds: [] });
const HOME = 'barda';

type Who = 'all' | 'all-but-staff' | 'hiring' | 'nobody';
const ACTORS: [string, Actor, Who][] = [
  ['admin', actor(['admin']), 'all'],
  ['coordinator of the home center', actor(['coordinator'], ['agali', HOME]), 'all-but-staff'],
  ['coordinator of another center', actor(['coordinator'], ['ganja']), 'nobody'],
  ['hr', actor(['hr']), 'hiring'],
  ['organizer', actor(['organizer']), 'nobody'],
  ['volunteer', actor(['volunteer'], [HOME]), 'nobody'],
];

function expected(from: VolunteerStatus, to: VolunteerStatus, who: Who): string {
  if (from === to) return 'SAME_STATUS';
  if (from === 'exited') return 'FINAL_STATUS';
  if (!LEGAL.has(`${from}>${to}`)) return 'ILLEGAL_STATUS_MOVE';
  const allowed = who === 'all' || (who === 'all-but-staff' && to !== 'staff') || (who === 'hiring' && from === 'alumni' && to === 'staff');
  return allowed ? 'ok' : 'STATUS_NOT_ALLOWED';
}

const matrix = ACTORS.flatMap(([name, a, who]) =>
  VOLUNTEER_STATUSES.flatMap((from) => VOLUNTEER_STATUSES.map((to) => [name, from, to, a, expected(from, to, who)] as const)),
);

describe('volunteer status: every move for every role', () => {
  it.each(matrix)('%s: %s → %s', (_name, from, to, a, outcome) => {
    const d = decideStatusChange({ from, to, actor: a, homeCenterId: HOME, reason: 'Xaricə təhsilə gedir' });
    expect(d.ok ? 'ok' : d.code).toBe(outcome);
  });

  it('covers all 6 × 6 pairs for each actor', () => expect(matrix).toHaveLength(ACTORS.length * 36));
});

describe('volunteer status: rules', () => {
  it.each([
    ['paused', undefined], ['paused', '  '], ['exited', null], ['exited', ''],
  ] as const)('moving to %s without a reason (%j) is refused', (to, reason) => {
    expect(decideStatusChange({ from: 'active', to, reason })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
  });

  it.each(['active', 'alumni'] as const)('moving to %s needs no reason', (to) => {
    expect(decideStatusChange({ from: 'paused', to })).toEqual({ ok: true });
  });

  it('without an actor only the move is checked (onboarding, system jobs)', () => {
    expect(decideStatusChange({ from: 'applicant', to: 'active' })).toEqual({ ok: true });
    expect(decideStatusChange({ from: 'alumni', to: 'active' })).toEqual({ ok: false, code: 'ILLEGAL_STATUS_MOVE' });
  });

  it('a coordinator may not move a person without a home center', () => {
    expect(decideStatusChange({ from: 'active', to: 'paused', reason: 'x', actor: actor(['coordinator'], [HOME]), homeCenterId: null }))
      .toEqual({ ok: false, code: 'STATUS_NOT_ALLOWED' });
  });

  it.each([
    [actor(['coordinator'], [HOME]), 'active', ['paused', 'alumni', 'exited']],
    [actor(['coordinator'], [HOME]), 'alumni', ['exited']],
    [actor(['hr']), 'alumni', ['staff']],
    [actor(['admin']), 'alumni', ['staff', 'exited']],
    [actor(['organizer']), 'active', []],
    [actor(['admin']), 'exited', []],
  ] as const)('allowed moves %#', (a, from, moves) => {
    expect(allowedStatusMoves(a, HOME, from)).toEqual(moves);
  });
});
