import { validateRosterProblem } from './roster-validate';
import { daily, problem } from './roster.fixtures.spec-helper';
import { solveRoster } from './roster.solver';

describe('validateRosterProblem', () => {
  const ok = problem(daily(2), [
    {
      id: 'v',
      languages: [{ code: 'en', level: 'B2' }],
      unavailableDays: [1],
      positions: { greeter: { maxShifts: 1 } },
      rules: { maxMinutes: 480 },
      requests: [{ day: 0, want: true, weight: 2 }],
      fixed: ['d0'],
    },
  ], 2);

  it('accepts a well-formed problem, extra fields included', () => {
    expect(validateRosterProblem({ ...ok, note: 'extra' })).toEqual([]);
  });

  it('names each mistake by its path, with what it expected and what it got', () => {
    const bad = {
      ...ok,
      horizon: { ...ok.horizon, start: '01.12.2026' },
      shifts: [{ ...ok.shifts[0], demand: 'two', maxStaff: -1, start: '2025-01-06 09:00' }],
      volunteers: [{ id: 'v', requests: [{ day: 0, want: 'yes', weight: 1 }], rules: { maxMinutes: '8h' } }],
    };
    expect(validateRosterProblem(bad, 10)).toEqual([
      'horizon.start: expected a date YYYY-MM-DD, got "01.12.2026"',
      'shifts[0].start: expected an ISO instant with an offset, e.g. 2025-10-24T09:00:00+04:00, got "2025-01-06 09:00"',
      'shifts[0].demand: expected a whole number ≥ 0, got "two"',
      'shifts[0].maxStaff: expected a whole number ≥ 0, got -1',
      'volunteers[0].rules.maxMinutes: expected a number ≥ 0, got "8h"',
      'volunteers[0].requests[0].want: expected true or false, got "yes"',
    ]);
  });

  it('refuses duplicate ids, unknown levels and zones, and days outside the horizon', () => {
    const bad = {
      ...ok,
      horizon: { ...ok.horizon, timeZone: 'Mars/Olympus' },
      shifts: [ok.shifts[0], { ...ok.shifts[1], id: ok.shifts[0].id }],
      volunteers: [
        { id: 'v', languages: [{ code: 'en', level: 'Z9' }], unavailableDays: [99] },
        { id: 'v', requests: [{ day: 40, want: true, weight: 1 }] },
      ],
    };
    expect(validateRosterProblem(bad, 10)).toEqual([
      'horizon.timeZone: expected an IANA time zone, e.g. Asia/Baku, got "Mars/Olympus"',
      'shifts[1].id: duplicate shift id, got "d0"',
      'volunteers[0].languages[0].level: expected a CEFR level A1…C2 or "native", got "Z9"',
      'volunteers[0].unavailableDays[0]: expected a day of the horizon (0…1), got 99',
      'volunteers[1].id: duplicate volunteer id, got "v"',
      'volunteers[1].requests[0].day: expected a day of the horizon (0…1), got 40',
    ]);
  });

  it('stops at the limit, and the solver refuses a malformed problem with the same words', () => {
    expect(validateRosterProblem(null)).toEqual(['problem: expected an object, got null']);
    const many = { ...ok, shifts: Array.from({ length: 9 }, (_, i) => ({ ...ok.shifts[0], id: `s${i}`, demand: -1 })) };
    expect(validateRosterProblem(many, 3)).toHaveLength(3);
    expect(() => solveRoster({ ...ok, volunteers: 'none' } as never)).toThrow(
      'not a roster problem: volunteers: expected a list, got "none"',
    );
  });
});
