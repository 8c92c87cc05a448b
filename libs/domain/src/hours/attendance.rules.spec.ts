import {
  attendancePolicy, checkInDecision, closingTime, DEFAULT_ATTENDANCE_POLICY, isEarlyLeave, isNoShow, kioskCodeAge, kioskCodeStep,
  offlineTimeVerdict, pickShiftForCheckIn, pinProblem, roundMinutes, workedMinutes,
} from './attendance.rules';

const at = (hhmm: string): number => Date.parse(`2025-11-03T${hhmm}:00+04:00`);
const shift = { startsAt: at('09:00'), endsAt: at('13:00') };
const policy = DEFAULT_ATTENDANCE_POLICY; // opens 30 min before, late after 10, closed 60 after the end, 15-minute rounding

describe('attendancePolicy', () => {
  it('takes the defaults for missing and null values', () => {
    expect(attendancePolicy({ lateGraceMinutes: 5, roundingMinutes: null })).toEqual({ ...DEFAULT_ATTENDANCE_POLICY, lateGraceMinutes: 5 });
    expect(attendancePolicy(null)).toEqual(DEFAULT_ATTENDANCE_POLICY);
  });
});

describe('checkInDecision', () => {
  it.each([
    ['08:29', { ok: false, refusal: { code: 'TOO_EARLY', opensAt: at('08:30') } }, 'before the window opens'],
    ['08:30', { ok: true, late: false, lateMinutes: 0 }, 'the window opens 30 min before'],
    ['09:10', { ok: true, late: false, lateMinutes: 10 }, 'within the grace'],
    ['09:11', { ok: true, late: true, lateMinutes: 11 }, 'after the grace is late'],
    ['12:59', { ok: true, late: true, lateMinutes: 239 }, 'the last minute'],
    ['13:00', { ok: false, refusal: { code: 'SHIFT_OVER', endedAt: at('13:00') } }, 'at the end'],
  ] as const)('%s → %j (%s)', (time, expected, _why) => expect(checkInDecision(shift, policy, at(time))).toEqual(expected));

  it('refuses a cancelled shift whatever the time', () => {
    expect(checkInDecision({ ...shift, cancelled: true }, policy, at('09:00'))).toEqual({ ok: false, refusal: { code: 'SHIFT_CANCELLED' } });
  });
});

describe('pickShiftForCheckIn', () => {
  const morning = { id: 'm', startsAt: at('09:00'), endsAt: at('13:00') };
  const afternoon = { id: 'a', startsAt: at('14:00'), endsAt: at('18:00') };
  it.each([
    ['08:00', { ok: false, refusal: { code: 'TOO_EARLY', opensAt: at('08:30') } }],
    ['09:05', { ok: true, shift: morning, late: false, lateMinutes: 5 }],
    ['13:10', { ok: false, refusal: { code: 'TOO_EARLY', opensAt: at('13:30') } }],
    ['13:45', { ok: true, shift: afternoon, late: false, lateMinutes: 0 }],
    ['18:30', { ok: false, refusal: { code: 'SHIFT_OVER', endedAt: at('18:00') } }],
  ] as const)('%s → %j', (time, expected) => expect(pickShiftForCheckIn([afternoon, morning], policy, at(time))).toEqual(expected));

  it('takes the earlier shift when two windows overlap', () => {
    const early = { id: 'e', startsAt: at('09:00'), endsAt: at('10:00') };
    const next = { id: 'n', startsAt: at('10:00'), endsAt: at('11:00') };
    expect(pickShiftForCheckIn([next, early], policy, at('09:45'))).toMatchObject({ ok: true, shift: early });
  });

  it('says there is no shift now when the person has none, and names a cancelled one', () => {
    expect(pickShiftForCheckIn([], policy, at('09:00'))).toEqual({ ok: false, refusal: { code: 'NO_SHIFT_NOW' } });
    expect(pickShiftForCheckIn([{ ...morning, cancelled: true }], policy, at('09:00'))).toEqual({ ok: false, refusal: { code: 'SHIFT_CANCELLED' } });
  });
});

describe('roundMinutes', () => {
  it.each([
    [0, 15, 0], [7, 15, 0], [7.5, 15, 15], [8, 15, 15], [22, 15, 15], [23, 15, 30], [239, 15, 240], [61, 1, 61], [61.4, 1, 61], [44, 30, 30], [45, 30, 60],
  ])('%d min to %d → %d', (minutes, step, expected) => expect(roundMinutes(minutes, step)).toBe(expected));
});

describe('workedMinutes', () => {
  it.each([
    ['08:30', '13:30', 240, 'early and late add nothing: clamped to the shift'],
    ['09:12', '13:00', 225, '228 minutes round to 225'],
    ['09:00', '11:07', 120, '127 → 120'],
    ['09:00', '11:08', 135, '128 → 135'],
    ['12:59', '13:30', 0, 'one minute rounds to none'],
    ['13:10', '13:30', 0, 'all of it after the end'],
  ])('%s–%s → %d (%s)', (from, to, expected, _why) => expect(workedMinutes(shift, at(from), at(to), policy)).toBe(expected));

  it('is nothing while the check-out is missing', () => expect(workedMinutes(shift, at('09:00'), null, policy)).toBe(0));
  it('gives a whole 50-minute shift its 50 minutes and never rounds past it', () => {
    const odd = { startsAt: at('09:00'), endsAt: at('09:50') };
    expect(workedMinutes(odd, at('09:00'), at('10:00'), { roundingMinutes: 15 })).toBe(50);
    expect(workedMinutes(odd, at('09:01'), at('10:00'), { roundingMinutes: 15 })).toBe(45);
    expect(workedMinutes(odd, at('09:01'), at('09:49'), { roundingMinutes: 100 })).toBe(0);
  });
});

describe('closing, early leave, no-show', () => {
  it('closes an hour after the end', () => expect(closingTime(shift, policy)).toBe(at('14:00')));
  it.each([
    ['12:49', true], ['12:50', false], ['13:30', false],
  ])('leaving at %s is early: %s', (time, early) => expect(isEarlyLeave(shift, at(time), policy)).toBe(early));
  it.each([
    [false, '13:59', false, 'not closed yet'],
    [false, '14:00', true, 'closed without a check-in'],
    [true, '15:00', false, 'came'],
  ])('checked in %s at %s → no-show %s (%s)', (checkedIn, time, expected, _why) => expect(isNoShow(shift, checkedIn, policy, at(time))).toBe(expected));
  it('a cancelled shift has no no-shows', () => expect(isNoShow({ ...shift, cancelled: true }, false, policy, at('20:00'))).toBe(false));
});

describe('offlineTimeVerdict', () => {
  const received = at('12:00');
  it.each([
    [at('12:05'), { ok: true, lateSync: false }, 'a tablet clock 5 min ahead'],
    [at('12:06'), { ok: false, code: 'OFFLINE_TIME_IN_FUTURE' }, 'more than 5 min ahead'],
    [at('11:45'), { ok: true, lateSync: false }, 'synced within 15 min'],
    [at('11:44'), { ok: true, lateSync: true }, 'synced later: flagged for review'],
    [received - 72 * 3600_000, { ok: true, lateSync: true }, 'three days old'],
    [received - 72 * 3600_000 - 1, { ok: false, code: 'OFFLINE_TIME_TOO_OLD' }, 'older than three days'],
  ])('%d → %j (%s)', (clientAt, expected, _why) => expect(offlineTimeVerdict(clientAt, received)).toEqual(expected));
});

describe('kiosk codes', () => {
  const t = Date.parse('2025-11-03T09:00:00Z');
  it('changes every 30 s', () => {
    expect(kioskCodeStep(t + 29_999)).toBe(kioskCodeStep(t));
    expect(kioskCodeStep(t + 30_000)).toBe(kioskCodeStep(t) + 1);
  });
  it.each([
    [0, 'fresh'], [30_000, 'fresh'], [60_000, 'fresh'], [60_001, 'expired'], [600_000, 'expired'],
  ] as const)('%d ms after its step began → %s', (after, expected) => expect(kioskCodeAge(kioskCodeStep(t), t + after)).toBe(expected));
  it('refuses a code made for a later step than the next', () => expect(kioskCodeAge(kioskCodeStep(t) + 2, t)).toBe('from_future'));
});

describe('pinProblem', () => {
  it.each([
    ['482913', null], ['12345', 'PIN_FORMAT'], ['12345a', 'PIN_FORMAT'], ['1234567', 'PIN_FORMAT'],
    ['000000', 'PIN_TOO_SIMPLE'], ['123456', 'PIN_TOO_SIMPLE'], ['987654', 'PIN_TOO_SIMPLE'], ['135791', null], ['112233', null],
  ])('%s → %s', (pin, expected) => expect(pinProblem(pin)).toBe(expected));
});
