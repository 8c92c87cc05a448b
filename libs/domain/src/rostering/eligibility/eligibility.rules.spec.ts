import { canCancel } from './cancellation.rules';
import { checkEligibility, COORDINATOR_OVERRIDABLE, ELIGIBILITY_PRECEDENCE } from './eligibility.rules';
import type { EligibilityInput, ExistingAssignment, IneligibilityCode } from './eligibility.types';

// Baseline: Wednesday 22 Oct 2025 09:00–13:00 at a center, checked on Monday 20 Oct at 10:00.
// Everything passes; each row below changes one thing.
const base = (): EligibilityInput => ({
  now: '2025-10-20T10:00:00+04:00',
  mode: 'self',
  volunteer: {
    status: 'active',
    birthDate: '2000-05-01',
    languages: [
      { language: 'az', level: 'C2' },
      { language: 'en', level: 'B2' },
    ],
    qualifications: [{ code: 'first_aid', expiresOn: '2026-01-01' }],
    approvedMinutes: 600,
    noShowCount: 0,
    blocked: false,
  },
  shift: {
    id: 'shift-1',
    startsAt: '2025-10-22T09:00:00+04:00',
    endsAt: '2025-10-22T13:00:00+04:00',
    slots: 2,
    assignedCount: 0,
    requirements: {},
    signupOpensDaysBefore: 7,
  },
  assignments: [],
  policy: { weeklyCapMinutes: 20 * 60, minRestMinutes: 60, maxShiftsPerDay: 2, noShowLimit: 3 },
});

const at = (startsAt: string, endsAt: string, placeName = 'Mərkəz 2', shiftId = `other-${startsAt}`): ExistingAssignment => ({
  shiftId,
  startsAt,
  endsAt,
  placeName,
});

type Change = (i: EligibilityInput) => void;
const codes = (input: EligibilityInput): IneligibilityCode[] | 'ELIGIBLE' => {
  const r = checkEligibility(input);
  return r.eligible ? 'ELIGIBLE' : r.reasons.map((x) => x.code);
};
const run = (change: Change, mode: EligibilityInput['mode'] = 'self'): EligibilityInput => {
  const input = base();
  input.mode = mode;
  change(input);
  return input;
};

describe('checkEligibility: every reason and its boundaries (self sign-up)', () => {
  it.each<[string, Change, IneligibilityCode[] | 'ELIGIBLE']>([
    ['the baseline volunteer', () => undefined, 'ELIGIBLE'],
    ['a paused volunteer', (i) => void (i.volunteer.status = 'paused'), ['NOT_ACTIVE']],
    ['an alumna (alumni keep volunteering)', (i) => void (i.volunteer.status = 'alumni'), 'ELIGIBLE'],
    ['a staff member', (i) => void (i.volunteer.status = 'staff'), ['NOT_ACTIVE']],
    ['blocked by a coordinator flag', (i) => void (i.volunteer.blocked = true), ['BLOCKED_NO_SHOWS']],
    ['no-shows at the limit', (i) => void (i.volunteer.noShowCount = 3), ['BLOCKED_NO_SHOWS']],
    ['no-shows one below the limit', (i) => void (i.volunteer.noShowCount = 2), 'ELIGIBLE'],
    ['no no-show limit in the policy', (i) => void ((i.volunteer.noShowCount = 9), (i.policy.noShowLimit = null)), 'ELIGIBLE'],
    ['one minute before the start', (i) => void (i.now = '2025-10-22T08:59:00+04:00'), 'ELIGIBLE'],
    ['at the start', (i) => void (i.now = '2025-10-22T09:00:00+04:00'), ['STARTED']],
    ['turns 18 on the shift day (17 today)', (i) => void ((i.shift.requirements.minAge = 18), (i.volunteer.birthDate = '2007-10-22')), 'ELIGIBLE'],
    ['turns 18 the day after the shift', (i) => void ((i.shift.requirements.minAge = 18), (i.volunteer.birthDate = '2007-10-23')), ['TOO_YOUNG']],
    ['English B2 asked, B2 spoken', (i) => void (i.shift.requirements.languages = [{ language: 'en', minLevel: 'B2' }]), 'ELIGIBLE'],
    ['English C1 asked, B2 spoken', (i) => void (i.shift.requirements.languages = [{ language: 'en', minLevel: 'C1' }]), ['LANGUAGE_MISSING']],
    ['Turkish asked, not spoken', (i) => void (i.shift.requirements.languages = [{ language: 'tr', minLevel: 'A2' }]), ['LANGUAGE_MISSING']],
    ['first aid valid through the shift day', (i) => void ((i.shift.requirements.qualifications = ['first_aid']), (i.volunteer.qualifications = [{ code: 'first_aid', expiresOn: '2025-10-22' }])), 'ELIGIBLE'],
    ['first aid expired the day before', (i) => void ((i.shift.requirements.qualifications = ['first_aid']), (i.volunteer.qualifications = [{ code: 'first_aid', expiresOn: '2025-10-21' }])), ['QUALIFICATION_MISSING']],
    ['first aid without expiry', (i) => void ((i.shift.requirements.qualifications = ['first_aid']), (i.volunteer.qualifications = [{ code: 'first_aid' }])), 'ELIGIBLE'],
    ['protocol training never taken', (i) => void (i.shift.requirements.qualifications = ['protocol']), ['QUALIFICATION_MISSING']],
    ['exactly the hours asked', (i) => void (i.shift.requirements.minApprovedMinutes = 600), 'ELIGIBLE'],
    ['one minute short of the hours asked', (i) => void (i.shift.requirements.minApprovedMinutes = 601), ['HOURS_TOO_LOW']],
    ['one slot left', (i) => void (i.shift.assignedCount = 1), 'ELIGIBLE'],
    ['no slot left', (i) => void (i.shift.assignedCount = 2), ['FULL']],
    ['another shift overlapping by an hour', (i) => void (i.assignments = [at('2025-10-22T12:00:00+04:00', '2025-10-22T16:00:00+04:00')]), ['COLLIDES']],
    ['another shift inside this one', (i) => void (i.assignments = [at('2025-10-22T10:00:00+04:00', '2025-10-22T11:00:00+04:00')]), ['COLLIDES']],
    ['already on this very shift', (i) => void (i.assignments = [at('2025-10-22T09:00:00+04:00', '2025-10-22T13:00:00+04:00', 'Mərkəz 1', 'shift-1')]), ['COLLIDES']],
    ['back to back, no rest rule: no collision', (i) => void ((i.policy.minRestMinutes = null), (i.assignments = [at('2025-10-22T13:00:00+04:00', '2025-10-22T18:00:00+04:00')])), 'ELIGIBLE'],
    ['back to back before, no rest rule', (i) => void ((i.policy.minRestMinutes = null), (i.assignments = [at('2025-10-22T05:00:00+04:00', '2025-10-22T09:00:00+04:00')])), 'ELIGIBLE'],
    ['back to back with a 60-minute rest rule', (i) => void (i.assignments = [at('2025-10-22T13:00:00+04:00', '2025-10-22T18:00:00+04:00')]), ['REST_TOO_SHORT']],
    ['exactly 60 minutes of rest after', (i) => void (i.assignments = [at('2025-10-22T14:00:00+04:00', '2025-10-22T18:00:00+04:00')]), 'ELIGIBLE'],
    ['59 minutes of rest after', (i) => void (i.assignments = [at('2025-10-22T13:59:00+04:00', '2025-10-22T18:00:00+04:00')]), ['REST_TOO_SHORT']],
    ['59 minutes of rest before (end → start)', (i) => void (i.assignments = [at('2025-10-22T04:00:00+04:00', '2025-10-22T08:01:00+04:00')]), ['REST_TOO_SHORT']],
    ['one other shift that day, max 2', (i) => void (i.assignments = [at('2025-10-22T15:00:00+04:00', '2025-10-22T17:00:00+04:00')]), 'ELIGIBLE'],
    [
      'two other shifts that day, max 2',
      (i) => void (i.assignments = [at('2025-10-22T15:00:00+04:00', '2025-10-22T17:00:00+04:00'), at('2025-10-22T18:00:00+04:00', '2025-10-22T20:00:00+04:00')]),
      ['TOO_MANY_TODAY'],
    ],
    ['a shift at 01:00 Baku (21:00 UTC the day before) counts for that Baku day', (i) => void ((i.policy.maxShiftsPerDay = 1), (i.assignments = [at('2025-10-21T21:00:00Z', '2025-10-21T23:00:00Z')])), ['TOO_MANY_TODAY']],
    ['the week reaches the cap exactly (16 h + 4 h = 20 h)', (i) => void (i.assignments = weekOf(16)), 'ELIGIBLE'],
    ['the week goes one minute over the cap', (i) => void (i.assignments = [...weekOf(16), at('2025-10-25T09:00:00+04:00', '2025-10-25T09:01:00+04:00')]), ['CAP_REACHED']],
    ['hours of the previous week do not count', (i) => void (i.assignments = weekOf(16).map((a) => ({ ...a, startsAt: a.startsAt.replace('2025-10-2', '2025-10-1'), endsAt: a.endsAt.replace('2025-10-2', '2025-10-1') }))), 'ELIGIBLE'],
    ['the sign-up window opens tomorrow', (i) => void (i.shift.signupOpensDaysBefore = 1), ['WINDOW_NOT_OPEN']],
    ['the sign-up window opened an hour ago', (i) => void (i.shift.signupOpensDaysBefore = 2), 'ELIGIBLE'],
    ['no sign-up window', (i) => void (i.shift.signupOpensDaysBefore = null), 'ELIGIBLE'],
  ])('%s', (_name, change, expected) => {
    expect(codes(run(change))).toEqual(expected);
  });
});

/** Four-hour shifts on the Mon/Tue/Thu/Fri of the baseline week, `hours` in total. */
function weekOf(hours: number): ExistingAssignment[] {
  return ['20', '21', '23', '24', '25', '26'].slice(0, hours / 4).map((d) => at(`2025-10-${d}T15:00:00+04:00`, `2025-10-${d}T19:00:00+04:00`));
}

describe('checkEligibility: details a user sees', () => {
  it('names the colliding shift', () => {
    const other = at('2025-10-22T12:00:00+04:00', '2025-10-22T16:00:00+04:00', 'Bərdə Regional DOST Mərkəzi');
    const r = checkEligibility(run((i) => void (i.assignments = [other])));
    expect(r).toEqual({ eligible: false, code: 'COLLIDES', reasons: [{ code: 'COLLIDES', with: other, overridable: false }] });
  });

  it('says which languages are missing and at what level', () => {
    const r = checkEligibility(run((i) => void (i.shift.requirements.languages = [{ language: 'en', minLevel: 'C1' }, { language: 'tr', minLevel: 'B1' }, { language: 'az', minLevel: 'B2' }])));
    expect(!r.eligible && r.reasons[0]).toMatchObject({
      code: 'LANGUAGE_MISSING',
      missing: [
        { language: 'en', minLevel: 'C1', level: 'B2' },
        { language: 'tr', minLevel: 'B1', level: null },
      ],
    });
  });

  it('reports the latest expiry of an expired qualification', () => {
    const r = checkEligibility(run((i) => void ((i.shift.requirements.qualifications = ['first_aid']), (i.volunteer.qualifications = [{ code: 'first_aid', expiresOn: '2024-01-01' }, { code: 'first_aid', expiresOn: '2025-06-30' }]))));
    expect(!r.eligible && r.reasons[0]).toMatchObject({ code: 'QUALIFICATION_MISSING', missing: [{ code: 'first_aid', expiredOn: '2025-06-30' }] });
  });

  it('gives the rest actually left and the minimum', () => {
    const r = checkEligibility(run((i) => void (i.assignments = [at('2025-10-22T13:20:00+04:00', '2025-10-22T15:00:00+04:00')])));
    expect(!r.eligible && r.reasons[0]).toMatchObject({ code: 'REST_TOO_SHORT', restMinutes: 20, minRestMinutes: 60 });
  });

  it('gives the week (Monday in Baku) and the minutes of the cap', () => {
    const r = checkEligibility(run((i) => void (i.assignments = weekOf(20))));
    expect(!r.eligible && r.reasons[0]).toMatchObject({ code: 'CAP_REACHED', weekStart: '2025-10-20', plannedMinutes: 1200, shiftMinutes: 240, capMinutes: 1200 });
  });

  it('gives when the sign-up window opens, in Baku time', () => {
    const r = checkEligibility(run((i) => void (i.shift.signupOpensDaysBefore = 1)));
    expect(!r.eligible && r.reasons[0]).toMatchObject({ code: 'WINDOW_NOT_OPEN', opensAt: '2025-10-21T09:00:00+04:00' });
  });

  it('the week is Monday–Sunday in Baku: Monday 01:00 Baku (Sunday 21:00 UTC) starts a new week', () => {
    const input = run((i) => {
      i.policy.weeklyCapMinutes = 4 * 60;
      i.shift.startsAt = '2025-10-27T01:00:00+04:00';
      i.shift.endsAt = '2025-10-27T05:00:00+04:00';
      i.assignments = [at('2025-10-26T15:00:00+04:00', '2025-10-26T19:00:00+04:00')];
    });
    expect(codes(input)).toBe('ELIGIBLE');
  });

  it('a night shift across Sunday midnight is split between the two weeks', () => {
    const input = run((i) => {
      i.policy.weeklyCapMinutes = 4 * 60;
      i.policy.minRestMinutes = null;
      i.policy.maxShiftsPerDay = null;
      i.shift.startsAt = '2025-10-26T22:00:00+04:00';
      i.shift.endsAt = '2025-10-27T02:00:00+04:00';
      // 3 h on Monday 27th + 2 h of the night shift = 5 h in the new week.
      i.assignments = [at('2025-10-27T09:00:00+04:00', '2025-10-27T12:00:00+04:00')];
    });
    const r = checkEligibility(input);
    expect(!r.eligible && r.reasons[0]).toMatchObject({ code: 'CAP_REACHED', weekStart: '2025-10-27', plannedMinutes: 180, shiftMinutes: 120 });
  });

  it('lists every reason in the documented precedence order', () => {
    const r = checkEligibility(
      run((i) => {
        i.volunteer.status = 'paused';
        i.shift.assignedCount = 2;
        i.shift.signupOpensDaysBefore = 1;
        i.shift.requirements = { languages: [{ language: 'fr', minLevel: 'A1' }], minAge: 30 };
        i.assignments = [at('2025-10-22T12:00:00+04:00', '2025-10-22T16:00:00+04:00')];
      }),
    );
    expect(r.eligible ? [] : r.reasons.map((x) => x.code)).toEqual(['NOT_ACTIVE', 'TOO_YOUNG', 'LANGUAGE_MISSING', 'FULL', 'COLLIDES', 'WINDOW_NOT_OPEN']);
    expect(r.code).toBe('NOT_ACTIVE');
    expect(ELIGIBILITY_PRECEDENCE).toHaveLength(15);
  });
});

describe('checkEligibility: what a coordinator may override', () => {
  // One row per reason: how to cause it, and whether a coordinator assigning may override it.
  it.each<[IneligibilityCode, Change, boolean]>([
    ['NOT_ACTIVE', (i) => void (i.volunteer.status = 'exited'), false],
    ['BLOCKED_NO_SHOWS', (i) => void (i.volunteer.blocked = true), true],
    ['STARTED', (i) => void (i.now = '2025-10-22T09:40:00+04:00'), true],
    ['TOO_YOUNG', (i) => void (i.shift.requirements.minAge = 40), false],
    ['LANGUAGE_MISSING', (i) => void (i.shift.requirements.languages = [{ language: 'tr', minLevel: 'B1' }]), false],
    ['QUALIFICATION_MISSING', (i) => void (i.shift.requirements.qualifications = ['protocol']), false],
    ['HOURS_TOO_LOW', (i) => void (i.shift.requirements.minApprovedMinutes = 6000), false],
    ['FULL', (i) => void (i.shift.assignedCount = 2), false],
    ['COLLIDES', (i) => void (i.assignments = [at('2025-10-22T12:00:00+04:00', '2025-10-22T16:00:00+04:00')]), false],
    ['REST_TOO_SHORT', (i) => void (i.assignments = [at('2025-10-22T13:30:00+04:00', '2025-10-22T16:00:00+04:00')]), true],
    ['TOO_MANY_TODAY', (i) => void ((i.policy.maxShiftsPerDay = 1), (i.assignments = [at('2025-10-22T17:00:00+04:00', '2025-10-22T19:00:00+04:00')])), true],
    ['CAP_REACHED', (i) => void (i.policy.weeklyCapMinutes = 60), true],
    ['OUTSIDE_POOL', (i) => void (i.pool = { inPool: false, place: 'center' }), true],
  ])('%s (overridable: %s)', (code, change, overridable) => {
    const self = checkEligibility(run(change, 'self'));
    expect(self).toMatchObject({ eligible: false, code, reasons: [{ code, overridable: false }] });

    const coordinator = checkEligibility(run(change, 'coordinator'));
    if (overridable) {
      expect(coordinator).toMatchObject({ eligible: true, code: 'ELIGIBLE', overrides: [{ code, overridable: true }] });
    } else {
      expect(coordinator).toMatchObject({ eligible: false, code, reasons: [{ code, overridable: false }] });
    }
    expect(COORDINATOR_OVERRIDABLE.includes(code)).toBe(overridable);
  });

  it('a coordinator cannot staff a shift that has already ended', () => {
    const r = checkEligibility(run((i) => void (i.now = '2025-10-22T13:00:00+04:00'), 'coordinator'));
    expect(r).toMatchObject({ eligible: false, code: 'STARTED', reasons: [{ code: 'STARTED', ended: true, overridable: false }] });
  });

  it('a hard rule keeps the whole answer "no", and the soft ones are still listed as overridable', () => {
    const r = checkEligibility(run((i) => void ((i.shift.assignedCount = 2), (i.policy.weeklyCapMinutes = 60)), 'coordinator'));
    expect(r).toMatchObject({ eligible: false, code: 'FULL', reasons: [{ code: 'FULL', overridable: false }, { code: 'CAP_REACHED', overridable: true }] });
  });

  it('the sign-up window governs self sign-up only: a coordinator (and auto-fill) may fill the shift early, no override', () => {
    const early = (i: EligibilityInput) => void (i.shift.signupOpensDaysBefore = 1);
    expect(checkEligibility(run(early, 'self'))).toMatchObject({ eligible: false, code: 'WINDOW_NOT_OPEN' });
    expect(checkEligibility(run(early, 'coordinator'))).toEqual({ eligible: true, code: 'ELIGIBLE', overrides: [] });
  });

  it('in the pool: nothing to override; outside the pool: refused to the volunteer, an override for the coordinator', () => {
    expect(checkEligibility(run((i) => void (i.pool = { inPool: true, via: 'preferred' }), 'self'))).toMatchObject({ eligible: true, overrides: [] });
    expect(checkEligibility(run((i) => void (i.pool = { inPool: false, place: 'event' }), 'self'))).toMatchObject({ eligible: false, code: 'OUTSIDE_POOL', reasons: [{ code: 'OUTSIDE_POOL', place: 'event' }] });
  });

  it('a clean assignment overrides nothing', () => {
    expect(checkEligibility(run(() => undefined, 'coordinator'))).toEqual({ eligible: true, code: 'ELIGIBLE', overrides: [] });
  });
});

describe('canCancel', () => {
  const shift = { startsAt: '2025-10-22T09:00:00+04:00', endsAt: '2025-10-22T13:00:00+04:00', cancellationCutoffHours: 24 };
  it.each<[string, string, 'self' | 'coordinator', string]>([
    ['a day and a minute before', '2025-10-21T08:59:00+04:00', 'self', 'allowed'],
    ['exactly at the cut-off', '2025-10-21T09:00:00+04:00', 'self', 'CUTOFF_PASSED'],
    ['after the cut-off, as coordinator', '2025-10-22T08:00:00+04:00', 'coordinator', 'allowed (overrides CUTOFF_PASSED)'],
    ['after the start', '2025-10-22T09:30:00+04:00', 'self', 'STARTED'],
    ['after the start, as coordinator', '2025-10-22T09:30:00+04:00', 'coordinator', 'allowed (overrides STARTED,CUTOFF_PASSED)'],
    ['after the end, as coordinator', '2025-10-22T13:00:00+04:00', 'coordinator', 'STARTED'],
  ])('%s (%s, %s) → %s', (_name, now, mode, expected) => {
    const r = canCancel({ shift, now, mode });
    const got = r.allowed ? (r.overrides.length > 0 ? `allowed (overrides ${r.overrides.map((o) => o.code).join(',')})` : 'allowed') : r.code;
    expect(got).toBe(expected);
  });

  it('without a cut-off a volunteer may cancel until the start', () => {
    expect(canCancel({ shift: { ...shift, cancellationCutoffHours: null }, now: '2025-10-22T08:59:00+04:00', mode: 'self' })).toEqual({ allowed: true, overrides: [] });
  });

  it('tells when the cut-off was', () => {
    const r = canCancel({ shift, now: '2025-10-21T12:00:00+04:00', mode: 'self' });
    expect(!r.allowed && r.reasons[0]).toEqual({ code: 'CUTOFF_PASSED', cutoffAt: '2025-10-21T09:00:00+04:00', overridable: false });
  });
});
