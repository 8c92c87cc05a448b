import {
  approvedDelta, approvedMinutes, fillRate, milestonesCrossed, milestonesReached, minutesToHours, monthlyHours, nextMilestone, noShowRate,
  pendingMinutes, reliability, type LedgerEntry,
} from './ledger.rules';

const entry = (volunteerId: string, status: LedgerEntry['status'], minutes: number, workDate: string, centerId = 'c1'): LedgerEntry => ({
  volunteerId, status, minutes, workDate, centerId, eventId: null,
});

describe('approved and pending minutes', () => {
  const entries = [entry('a', 'approved', 240, '2025-10-01'), entry('a', 'pending', 60, '2025-10-02'), entry('a', 'rejected', 120, '2025-10-03'), entry('a', 'approved', 30, '2025-11-01')];
  it('approved counts only approved entries', () => expect(approvedMinutes(entries)).toBe(270));
  it('pending counts only pending entries', () => expect(pendingMinutes(entries)).toBe(60));
  it('is 0 for no entries', () => expect(approvedMinutes([])).toBe(0));
});

describe('approvedDelta', () => {
  it.each([
    [{ status: 'pending', minutes: 240 }, { status: 'approved', minutes: 240 }, 240, 'approval adds'],
    [{ status: 'pending', minutes: 240 }, { status: 'rejected', minutes: 240 }, 0, 'rejecting a pending entry changes nothing'],
    [{ status: 'approved', minutes: 240 }, { status: 'approved', minutes: 180 }, -60, 'a correction of an approved entry'],
    [{ status: 'approved', minutes: 240 }, { status: 'rejected', minutes: 240 }, -240, 'rejected after approval'],
  ] as const)('%j → %j: %d (%s)', (before, after, delta, _why) => expect(approvedDelta(before, after)).toBe(delta));
});

describe('reliability and no-show rate', () => {
  it.each([
    [{ attended: 9, noShows: 1 }, 0.9, 0.1],
    [{ attended: 0, noShows: 2 }, 0, 1],
    [{ attended: 0, noShows: 0 }, null, null],
  ])('%j → %s / %s', (c, r, n) => {
    expect(reliability(c)).toBe(r);
    expect(noShowRate(c)).toBe(n);
  });
});

describe('fillRate', () => {
  it('places filled over places, an overfilled shift counting as full', () => expect(fillRate([{ slots: 4, filled: 3 }, { slots: 2, filled: 3 }, { slots: 2, filled: 0 }])).toBe(5 / 8));
  it('is null without places', () => expect(fillRate([])).toBeNull());
});

describe('milestones', () => {
  it.each([
    [0, 2999, []], [2999, 3000, [50]], [2900, 15_000, [50, 100, 250]], [6000, 6000, []], [30_000, 2_000, []],
  ] as const)('%d → %d min crosses %j', (before, after, expected) => expect(milestonesCrossed(before, after)).toEqual(expected));
  it('lists what a total has reached', () => expect(milestonesReached(6000)).toEqual([50, 100]));
  it('names the next one and how far', () => {
    expect(nextMilestone(5040)).toEqual({ hours: 100, remainingMinutes: 960 });
    expect(nextMilestone(30_000)).toBeNull();
  });
});

describe('monthlyHours', () => {
  it('sums approved minutes per month and counts each volunteer once per month across centers', () => {
    const rows = monthlyHours([
      entry('a', 'approved', 240, '2025-10-01', 'c1'),
      entry('a', 'approved', 120, '2025-10-20', 'c2'),
      entry('b', 'approved', 60, '2025-10-31', 'c1'),
      entry('b', 'pending', 600, '2025-10-31', 'c1'),
      entry('c', 'rejected', 600, '2025-10-31', 'c1'),
      entry('b', 'approved', 90, '2025-11-01', 'c1'),
    ]);
    expect(rows).toEqual([
      { month: '2025-10', approvedMinutes: 420, activeVolunteers: 2 },
      { month: '2025-11', approvedMinutes: 90, activeVolunteers: 1 },
    ]);
  });
  it('rounds minutes to hours for people', () => expect(minutesToHours(90)).toBe(1.5));
});
