import { checkRoster } from './roster.checker';
import { daily, problem, shift } from './roster.fixtures.spec-helper';
import type { RosterRule, RosterShift, RosterVolunteer } from './roster.types';

const rulesOf = (shifts: RosterShift[], v: Partial<RosterVolunteer>, work: string[], days = 7): RosterRule[] =>
  checkRoster(problem(shifts, [{ id: 'v', ...v }], days), {
    assignments: work.map((shiftId) => ({ shiftId, volunteerId: 'v' })),
  }).violations.map((x) => x.rule);

const week = daily(7);
const on = (...ds: number[]) => ds.map((d) => `d${d}`);

describe('checkRoster — hard rules', () => {
  it.each<[string, RosterShift[], Partial<RosterVolunteer>, string[], RosterRule[]]>([
    ['availability by day: allowed', week, { unavailableDays: [1] }, on(0), []],
    ['availability by day: broken', week, { unavailableDays: [1] }, on(1), ['availability']],
    [
      'availability by interval: touching end is fine',
      week,
      { unavailable: [{ start: '2025-01-06T00:00:00+04:00', end: '2025-01-06T09:00:00+04:00' }] },
      on(0),
      [],
    ],
    [
      'availability by interval: one minute overlap breaks',
      week,
      { unavailable: [{ start: '2025-01-06T16:59:00+04:00', end: '2025-01-06T20:00:00+04:00' }] },
      on(0),
      ['availability'],
    ],
    [
      'qualification missing',
      daily(1, { requires: { qualifications: ['first-aid'] } }),
      { qualifications: [] },
      on(0),
      ['qualification'],
    ],
    [
      'qualification held',
      daily(1, { requires: { qualifications: ['first-aid'] } }),
      { qualifications: ['first-aid'] },
      on(0),
      [],
    ],
    [
      'language at the level required is enough',
      daily(1, { requires: { languages: [{ code: 'en', minLevel: 'B2' }] } }),
      { languages: [{ code: 'en', level: 'B2' }] },
      on(0),
      [],
    ],
    [
      'language below the level breaks',
      daily(1, { requires: { languages: [{ code: 'en', minLevel: 'B2' }] } }),
      { languages: [{ code: 'en', level: 'B1' }] },
      on(0),
      ['language'],
    ],
    ['position 0 = may not work it', week, { positions: { greeter: { maxShifts: 0 } } }, on(0), ['position-limit']],
    ['position limit reached exactly', week, { positions: { greeter: { maxShifts: 2 } } }, on(0, 1), []],
    ['position limit exceeded', week, { positions: { greeter: { maxShifts: 2 } } }, on(0, 1, 2), ['position-limit']],
    [
      'two shifts a day by default breaks',
      [shift('a', 0, 8, 12), shift('b', 0, 13, 17)],
      {},
      ['a', 'b'],
      ['shifts-per-day'],
    ],
    [
      'maxShiftsPerDay 2 allows two',
      [shift('a', 0, 8, 12), shift('b', 0, 13, 17)],
      { rules: { maxShiftsPerDay: 2 } },
      ['a', 'b'],
      [],
    ],
    [
      'back-to-back shifts do not overlap',
      [shift('a', 0, 8, 12), shift('b', 0, 12, 17)],
      { rules: { maxShiftsPerDay: 2 } },
      ['a', 'b'],
      [],
    ],
    [
      'overlapping shifts',
      [shift('a', 0, 8, 13), shift('b', 0, 12, 17)],
      { rules: { maxShiftsPerDay: 2 } },
      ['a', 'b'],
      ['overlap'],
    ],
    // Rest is measured from the end of one shift to the start of the next: 22:00 → 08:00 is 10 h.
    [
      'rest exactly the minimum',
      [shift('a', 0, 14, 22), shift('b', 1, 8, 16)],
      { rules: { minRestMinutes: 600 } },
      ['a', 'b'],
      [],
    ],
    [
      'rest one minute short',
      [shift('a', 0, 14, 22), shift('b', 1, 8, 16)],
      { rules: { minRestMinutes: 601 } },
      ['a', 'b'],
      ['rest'],
    ],
    [
      'night shift overlapping an early start',
      [shift('n', 0, 22, 30), shift('m', 1, 5, 13)],
      { rules: { minRestMinutes: 60, maxShiftsPerDay: 1 } },
      ['n', 'm'],
      ['overlap'],
    ],
    ['max minutes exactly', week, { rules: { maxMinutes: 960 } }, on(0, 1), []],
    ['max minutes exceeded', week, { rules: { maxMinutes: 959 } }, on(0, 1), ['max-minutes']],
    ['min minutes met', week, { rules: { minMinutes: 960 } }, on(0, 1), []],
    ['min minutes short', week, { rules: { minMinutes: 961 } }, on(0, 1), ['min-minutes']],
    ['max consecutive days exactly', week, { rules: { maxConsecutiveDays: 3 } }, on(1, 2, 3), []],
    [
      'max consecutive days exceeded',
      week,
      { rules: { maxConsecutiveDays: 3 } },
      on(1, 2, 3, 4),
      ['max-consecutive-days'],
    ],
    [
      'max consecutive days applies at the horizon start too',
      week,
      { rules: { maxConsecutiveDays: 3 } },
      on(0, 1, 2, 3),
      ['max-consecutive-days'],
    ],
    [
      'max consecutive days applies at the horizon end too',
      week,
      { rules: { maxConsecutiveDays: 3 } },
      on(3, 4, 5, 6),
      ['max-consecutive-days'],
    ],
    [
      'min consecutive days inside the horizon',
      week,
      { rules: { minConsecutiveDays: 2 } },
      on(3),
      ['min-consecutive-days'],
    ],
    ['min consecutive days met', week, { rules: { minConsecutiveDays: 2 } }, on(3, 4), []],
    [
      'min consecutive days not enforced on the first day',
      week,
      { rules: { minConsecutiveDays: 3 } },
      on(0, 3, 4, 5),
      [],
    ],
    [
      'min consecutive days not enforced on the last day',
      week,
      { rules: { minConsecutiveDays: 3 } },
      on(1, 2, 3, 6),
      [],
    ],
    [
      'min days off inside the horizon',
      week,
      { rules: { minConsecutiveDaysOff: 2 } },
      on(1, 2, 4, 5),
      ['min-consecutive-days-off'],
    ],
    ['min days off met', week, { rules: { minConsecutiveDaysOff: 2 } }, on(1, 2, 5), []],
    ['min days off not enforced on the first day', week, { rules: { minConsecutiveDaysOff: 2 } }, on(1, 2, 3), []],
    ['min days off not enforced on the last day', week, { rules: { minConsecutiveDaysOff: 2 } }, on(3, 4, 5), []],
    ['a weekend is worked if Saturday or Sunday is', daily(14), { rules: { maxWeekends: 1 } }, on(5, 6), []],
    ['two weekends exceed one', daily(14), { rules: { maxWeekends: 1 } }, on(6, 12), ['max-weekends']],
    ['fixed kept', week, { fixed: ['d2'] }, on(2), []],
    ['fixed removed', week, { fixed: ['d2'] }, on(3), ['fixed']],
  ])('%s', (_name, shifts, v, work, expected) => {
    const days = shifts.length > 7 ? 14 : 7;
    expect(rulesOf(shifts, v, work, days)).toEqual(expected);
  });

  it('a shift cap (maxStaff) and unknown ids are violations', () => {
    const p = problem([shift('a', 0, 9, 17, { maxStaff: 1, demand: 1 })], [{ id: 'x' }, { id: 'y' }]);
    const r = checkRoster(p, {
      assignments: [
        { shiftId: 'a', volunteerId: 'x' },
        { shiftId: 'a', volunteerId: 'y' },
        { shiftId: 'zz', volunteerId: 'x' },
        { shiftId: 'a', volunteerId: 'nobody' },
        { shiftId: 'a', volunteerId: 'x' },
      ],
    });
    expect(r.violations.map((v) => v.rule).sort()).toEqual([
      'duplicate-assignment',
      'max-staff',
      'unknown-shift',
      'unknown-volunteer',
    ]);
  });
});

describe('checkRoster — objective', () => {
  it('weighs missing and extra people, unmet requests and fairness', () => {
    const p = problem(
      [shift('a', 0, 9, 17, { demand: 2, underWeight: 10 }), shift('b', 1, 9, 17, { demand: 0, overWeight: 3 })],
      [
        {
          id: 'x',
          requests: [
            { day: 0, want: true, weight: 5 },
            { day: 1, want: false, weight: 7 },
            { day: 2, position: 'greeter', want: false, weight: 100 },
          ],
        },
        { id: 'y' },
      ],
    );
    p.weights = { fairness: 0.5 };
    const r = checkRoster(p, { assignments: [{ shiftId: 'b', volunteerId: 'x' }] });
    // a: 2 missing × 10; b: 1 extra × 3; x wanted day 0 (5) and not day 1 (7); spread 480 − 0 min × 0.5.
    expect(r.objective).toEqual({ total: 20 + 3 + 12 + 240, under: 20, over: 3, requests: 12, fairness: 240 });
    expect(r.violations).toEqual([]);
  });

  it('a request with a position is met only in that position', () => {
    const p = problem(
      [shift('a', 0, 9, 17, { position: 'info' })],
      [{ id: 'x', requests: [{ day: 0, position: 'greeter', want: true, weight: 4 }] }],
    );
    expect(checkRoster(p, { assignments: [{ shiftId: 'a', volunteerId: 'x' }] }).objective.requests).toBe(4);
  });
});
