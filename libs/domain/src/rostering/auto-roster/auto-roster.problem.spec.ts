import { checkRoster, solveRoster } from '../engine';
import { buildAutoRosterProblem, type AutoRosterInput, type AutoRosterVolunteer } from './auto-roster.problem';

const volunteer = (id: string, extra: Partial<AutoRosterVolunteer> = {}): AutoRosterVolunteer => ({
  id, birthDate: '2000-01-01', languages: [], qualifications: [], approvedMinutes: 0, busy: [], availability: [], ...extra,
});

// Monday 2026-12-07 … Wednesday 2026-12-09, a greeter shift every morning and an English desk on Tuesday.
const input = (over: Partial<AutoRosterInput> = {}): AutoRosterInput => ({
  from: '2026-12-07',
  to: '2026-12-09',
  shifts: [
    { id: 'mon', positionId: 'greeter', site: 'c1', startsAt: '2026-12-07T09:00:00+04:00', endsAt: '2026-12-07T13:00:00+04:00', slots: 1, requirements: {}, assigned: [] },
    { id: 'tue', positionId: 'greeter', site: 'c1', startsAt: '2026-12-08T09:00:00+04:00', endsAt: '2026-12-08T13:00:00+04:00', slots: 1, requirements: {}, assigned: [] },
    {
      id: 'desk', positionId: 'desk', site: 'c1', startsAt: '2026-12-08T14:00:00+04:00', endsAt: '2026-12-08T18:00:00+04:00', slots: 2,
      requirements: { languages: [{ language: 'en', minLevel: 'B2' }], qualifications: ['first-aid'], minAge: 18, minApprovedMinutes: 600 }, assigned: ['old'],
    },
  ],
  volunteers: [volunteer('a'), volunteer('old', { approvedMinutes: 1200 })],
  policy: { weeklyCapMinutes: null, minRestMinutes: null, maxShiftsPerDay: null },
  timeLimitSeconds: 5,
  seed: 1,
  ...over,
});

describe('buildAutoRosterProblem', () => {
  it('maps shifts to demand capped at the slots, with the position’s languages and qualifications', () => {
    const p = buildAutoRosterProblem(input());
    expect(p.horizon).toEqual({ start: '2026-12-07', days: 3, timeZone: 'Asia/Baku' });
    expect(p.shifts[2]).toMatchObject({
      id: 'desk', position: 'desk', demand: 2, maxStaff: 2, overWeight: 0,
      requires: { languages: [{ code: 'en', minLevel: 'B2' }], qualifications: ['first-aid'] },
    });
    expect(p.options).toEqual({ timeLimitSeconds: 5, seed: 1 });
  });

  it('keeps who is assigned already as fixed', () => {
    const p = buildAutoRosterProblem(input());
    expect(p.volunteers.find((v) => v.id === 'old')?.fixed).toEqual(['desk']);
    expect(p.volunteers.find((v) => v.id === 'a')?.fixed).toEqual([]);
  });

  it.each([
    ['too young on the first day', volunteer('x', { birthDate: '2008-12-08', approvedMinutes: 1000 }), true],
    ['18 on the first day', volunteer('x', { birthDate: '2008-12-07', approvedMinutes: 1000 }), false],
    ['birth date unknown', volunteer('x', { birthDate: null, approvedMinutes: 1000 }), true],
    ['too few approved hours', volunteer('x', { approvedMinutes: 599 }), true],
  ])('closes a position with an age or hours limit: %s', (_case, v, closed) => {
    const p = buildAutoRosterProblem(input({ volunteers: [v] }));
    expect(p.volunteers[0].positions?.desk?.maxShifts === 0).toBe(closed);
    expect(p.volunteers[0].positions?.greeter).toBeUndefined();
  });

  it('counts a qualification only when it is valid to the last day', () => {
    const p = buildAutoRosterProblem(input({
      volunteers: [volunteer('x', { qualifications: [{ code: 'first-aid', expiresOn: '2026-12-08' }, { code: 'protocol', expiresOn: '2026-12-09' }, { code: 'cpr', expiresOn: null }] })],
    }));
    expect(p.volunteers[0].qualifications).toEqual(['protocol', 'cpr']);
  });

  it('blocks work elsewhere padded by the minimum rest, and half-days the volunteer cannot come', () => {
    const p = buildAutoRosterProblem(input({
      policy: { weeklyCapMinutes: 600, minRestMinutes: 60, maxShiftsPerDay: 2 },
      volunteers: [volunteer('x', { busy: [{ startsAt: '2026-12-07T14:00:00+04:00', endsAt: '2026-12-07T18:00:00+04:00' }], availability: ['mon-am', 'mon-pm', 'tue-am', 'tue-pm', 'wed-pm'] })],
    }));
    const v = p.volunteers[0];
    expect(v.unavailable).toEqual([
      { start: '2026-12-07T13:00:00+04:00', end: '2026-12-07T19:00:00+04:00' },
      { start: '2026-12-09T00:00:00+04:00', end: '2026-12-09T13:00:00+04:00' },
    ]);
    // 600 a week, one week in the horizon, 240 already worked elsewhere.
    expect(v.rules).toEqual({ minRestMinutes: 60, maxShiftsPerDay: 2, maxMinutes: 360 });
  });

  it('gives a roster the engine fills without breaking a rule and that respects work elsewhere', () => {
    const p = buildAutoRosterProblem(input({
      policy: { weeklyCapMinutes: null, minRestMinutes: 120, maxShiftsPerDay: 2 },
      volunteers: [
        // Works at another center on Monday until 08:00 and needs 2 h rest: cannot greet at 09:00.
        volunteer('busy', { busy: [{ startsAt: '2026-12-07T07:00:00+04:00', endsAt: '2026-12-07T08:00:00+04:00' }] }),
        volunteer('free', { availability: ['tue-am', 'tue-pm'] }),
      ],
    }));
    const sol = solveRoster(p, { maxIterations: 5_000 });
    expect(checkRoster(p, sol).violations).toEqual([]);
    // Nobody may greet on Monday ('free' comes on Tuesdays only); Tuesday is filled.
    expect(sol.assignments.map((a) => a.shiftId)).toEqual(['tue']);
    // 'old' (not in the pool) keeps one of the desk's two slots.
    expect(sol.unfilled.map((u) => [u.shiftId, u.missing])).toEqual([['mon', 1], ['desk', 1]]);
  });
});
