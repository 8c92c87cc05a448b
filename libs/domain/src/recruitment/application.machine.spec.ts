import type { Actor } from '../access';
import { allowedTransitions, APPLICATION_STATUSES, decideTransition, type ApplicationStatus } from './application.machine';

// The pipeline as the programme describes it, written out by hand so the test does not reuse the
// machine's own table.
const LEGAL = new Set([
  'submitted>screening', 'submitted>rejected', 'submitted>withdrawn',
  'screening>interview', 'screening>waitlisted', 'screening>rejected', 'screening>withdrawn',
  'interview>offered', 'interview>waitlisted', 'interview>rejected', 'interview>withdrawn',
  'offered>accepted', 'offered>waitlisted', 'offered>rejected', 'offered>withdrawn',
  'accepted>onboarded', 'accepted>rejected', 'accepted>withdrawn',
  'waitlisted>offered', 'waitlisted>accepted', 'waitlisted>rejected', 'waitlisted>withdrawn',
]);
const FINAL: ApplicationStatus[] = ['onboarded', 'rejected', 'withdrawn'];

const actor = (id: string, roles: Actor['roles'], centerIds: string[] = []): Actor => ({ id, roles, centerIds, eventIds: [] });
const APPLICANT_ID = 'p-1';
const CENTERS = ['barda', 'agali'];

type Who = 'staff' | 'self-withdraw-only' | 'nobody';
const ACTORS: [string, Actor, Who][] = [
  ['admin', actor('a', ['admin']), 'staff'],
  ['coordinator of a chosen center', actor('c1', ['coordinator'], ['agali']), 'staff'],
  ['coordinator of another center', actor('c2', ['coordinator'], ['ganja']), 'nobody'],
  ['coordinator without centers', actor('c3', ['coordinator']), 'nobody'],
  ['hr', actor('h', ['hr']), 'nobody'],
  ['organizer', actor('o', ['organizer']), 'nobody'],
  ['volunteer', actor('v', ['volunteer']), 'nobody'],
  ['the applicant himself', actor(APPLICANT_ID, ['applicant']), 'self-withdraw-only'],
  ['another applicant', actor('p-2', ['applicant']), 'nobody'],
];

function expected(from: ApplicationStatus, to: ApplicationStatus, who: Who): string {
  if (FINAL.includes(from)) return 'FINAL_STATE';
  if (!LEGAL.has(`${from}>${to}`)) return 'ILLEGAL_MOVE';
  if (who === 'staff') return 'ok';
  if (who === 'self-withdraw-only' && to === 'withdrawn') return 'ok';
  return 'NOT_ALLOWED';
}

const matrix = ACTORS.flatMap(([name, a, who]) =>
  APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [name, from, to, a, expected(from, to, who)] as const)),
);

describe('application state machine: every move for every role', () => {
  it.each(matrix)('%s: %s → %s', (_name, from, to, a, outcome) => {
    const decision = decideTransition({ from, to, actor: a, applicationCenterIds: CENTERS, applicantId: APPLICANT_ID, reason: 'Motivasiya məktubu boşdur' });
    expect(decision.ok ? 'ok' : decision.code).toBe(outcome);
    if (decision.ok) expect(decision.to).toBe(to);
  });

  it('covers all 9 × 9 pairs for each actor', () => {
    expect(matrix).toHaveLength(ACTORS.length * 81);
  });
});

describe('application state machine: rules', () => {
  const admin = actor('a', ['admin']);
  const base = { actor: admin, applicationCenterIds: CENTERS };

  it.each([undefined, null, '', '   '])('rejecting without a reason (%j) is refused', (reason) => {
    expect(decideTransition({ ...base, from: 'screening', to: 'rejected', reason })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('withdrawing needs no reason', () => {
    expect(decideTransition({ ...base, from: 'screening', to: 'withdrawn' })).toEqual({ ok: true, to: 'withdrawn' });
  });

  it.each([
    [{ accepted: 49, capacity: 50 }, 'offered', { ok: true, to: 'accepted' }],
    [{ accepted: 50, capacity: 50 }, 'offered', { ok: true, to: 'waitlisted' }],
    [{ accepted: 51, capacity: 50 }, 'offered', { ok: true, to: 'waitlisted' }],
    [{ accepted: 49, capacity: 50 }, 'waitlisted', { ok: true, to: 'accepted' }],
    [{ accepted: 50, capacity: 50 }, 'waitlisted', { ok: false, code: 'CAPACITY_FULL' }],
  ] as const)('accepting with %j from %s', (capacity, from, outcome) => {
    expect(decideTransition({ ...base, from, to: 'accepted', capacity })).toMatchObject(outcome);
  });

  it('an applicant without a known applicant id cannot withdraw anything (deny by default)', () => {
    expect(decideTransition({ from: 'submitted', to: 'withdrawn', actor: actor('p-1', ['applicant']), applicationCenterIds: CENTERS })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
    });
  });

  it('a coordinator who is also the applicant may still screen only through his centers', () => {
    const both = actor(APPLICANT_ID, ['coordinator', 'applicant'], ['ganja']);
    const ctx = { actor: both, applicationCenterIds: CENTERS, applicantId: APPLICANT_ID };
    expect(decideTransition({ ...ctx, from: 'submitted', to: 'screening' })).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(decideTransition({ ...ctx, from: 'submitted', to: 'withdrawn' })).toEqual({ ok: true, to: 'withdrawn' });
  });
});

describe('allowedTransitions (buttons)', () => {
  it.each([
    ['admin on a new application', 'submitted', actor('a', ['admin']), ['screening', 'rejected', 'withdrawn']],
    ['coordinator at the interview stage', 'interview', actor('c1', ['coordinator'], ['barda']), ['offered', 'waitlisted', 'rejected', 'withdrawn']],
    ['coordinator of another center', 'interview', actor('c2', ['coordinator'], ['ganja']), []],
    ['the applicant on his offer', 'offered', actor(APPLICANT_ID, ['applicant']), ['withdrawn']],
    ['the applicant once onboarded', 'onboarded', actor(APPLICANT_ID, ['applicant']), []],
    ['admin on a waitlisted one', 'waitlisted', actor('a', ['admin']), ['offered', 'accepted', 'rejected', 'withdrawn']],
  ] as const)('%s', (_name, from, a, buttons) => {
    expect(allowedTransitions(from, a, { applicationCenterIds: CENTERS, applicantId: APPLICANT_ID })).toEqual(buttons);
  });

  it('hides "accept" on a waitlisted application while the intake is full, keeps it on an offer', () => {
    const admin = actor('a', ['admin']);
    const capacity = { accepted: 10, capacity: 10 };
    expect(allowedTransitions('waitlisted', admin, { applicationCenterIds: CENTERS, capacity })).not.toContain('accepted');
    expect(allowedTransitions('offered', admin, { applicationCenterIds: CENTERS, capacity })).toContain('accepted');
  });
});
