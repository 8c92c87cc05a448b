import type { EligibilityResult } from '../eligibility';
import { buildRoleBoard, fillLevel, rankCandidates, reminderDue, type CandidateFacts } from './staffing.rules';

describe('fillLevel', () => {
  it.each([
    [0, 2, 'empty'],
    [1, 2, 'partial'],
    [2, 2, 'full'],
    [3, 2, 'full'],
  ] as const)('%i of %i → %s', (assigned, slots, level) => expect(fillLevel(assigned, slots)).toBe(level));
});

describe('reminderDue', () => {
  const start = '2025-11-03T09:00:00+04:00';
  const none = { reminded24h: false, reminded2h: false };
  it.each([
    ['2025-11-02T08:59:00+04:00', none, null, 'more than 24 h before'],
    ['2025-11-02T09:00:00+04:00', none, '24h', 'exactly 24 h before'],
    ['2025-11-02T20:00:00+04:00', { reminded24h: true, reminded2h: false }, null, '24 h already sent'],
    ['2025-11-03T07:00:00+04:00', { reminded24h: true, reminded2h: false }, '2h', 'exactly 2 h before'],
    ['2025-11-03T08:00:00+04:00', none, '2h', 'signed up late: only the 2 h one'],
    ['2025-11-03T08:30:00+04:00', { reminded24h: false, reminded2h: true }, null, '2 h already sent'],
    ['2025-11-03T09:00:00+04:00', none, null, 'at the start'],
  ] as const)('%s → %s (%s)', (now, sent, expected, _why) => expect(reminderDue(start, now, sent)).toBe(expected));
});

describe('rankCandidates', () => {
  const ok: EligibilityResult = { eligible: true, code: 'ELIGIBLE', overrides: [] };
  const override: EligibilityResult = {
    eligible: true, code: 'ELIGIBLE',
    overrides: [{ code: 'TOO_MANY_TODAY', date: '2025-11-03', count: 1, max: 1, overridable: true }],
  };
  const no: EligibilityResult = { eligible: false, code: 'FULL', reasons: [{ code: 'FULL', slots: 1, assignedCount: 1, overridable: false }] };
  const c = (id: string, eligibility: EligibilityResult, extra: Partial<CandidateFacts> = {}): CandidateFacts => ({
    volunteerId: id, eligibility, plannedMinutesThisWeek: 0, homeCenter: false, languageMargin: 0, fullName: id, ...extra,
  });

  it('puts clean fits first, overrides next, ineligible last', () => {
    expect(rankCandidates([c('a', no), c('b', override), c('c', ok)]).map((x) => x.volunteerId)).toEqual(['c', 'b', 'a']);
  });
  it('prefers the home center, then the least planned, then stronger languages', () => {
    const ranked = rankCandidates([
      c('busy', ok, { plannedMinutesThisWeek: 600 }),
      c('free', ok, { plannedMinutesThisWeek: 0 }),
      c('home', ok, { plannedMinutesThisWeek: 900, homeCenter: true }),
      c('fluent', ok, { plannedMinutesThisWeek: 600, languageMargin: 2 }),
    ]);
    expect(ranked.map((x) => x.volunteerId)).toEqual(['home', 'free', 'fluent', 'busy']);
  });
});

describe('buildRoleBoard', () => {
  const s = (id: string, positionId: string, from: string, to: string, slots: number, assignedCount: number) => ({
    id, positionId, startsAt: `2025-10-24T${from}:00+04:00`, endsAt: `2025-10-24T${to}:00+04:00`, slots, assignedCount,
  });

  it('groups shifts into positions × blocks and lists the gaps, largest first', () => {
    const board = buildRoleBoard([
      s('1', 'protocol', '13:00', '18:00', 4, 1),
      s('2', 'protocol', '08:00', '13:00', 4, 4),
      s('3', 'registration', '08:00', '13:00', 6, 2),
      s('4', 'registration', '08:00', '13:00', 2, 2),
    ]);
    expect(board.blocks.map((b) => b.startsAt)).toEqual(['2025-10-24T08:00:00+04:00', '2025-10-24T13:00:00+04:00']);
    expect(board.cells).toEqual([
      { positionId: 'protocol', blockIndex: 0, shiftIds: ['2'], filled: 4, needed: 4 },
      { positionId: 'registration', blockIndex: 0, shiftIds: ['3', '4'], filled: 4, needed: 8 },
      { positionId: 'protocol', blockIndex: 1, shiftIds: ['1'], filled: 1, needed: 4 },
    ]);
    expect(board.gaps.map((g) => [g.positionId, g.missing])).toEqual([['registration', 4], ['protocol', 3]]);
    expect([board.filled, board.needed]).toEqual([9, 16]);
  });

  it('treats the same instant written in another offset as the same block', () => {
    const board = buildRoleBoard([
      s('1', 'p', '08:00', '13:00', 1, 0),
      { id: '2', positionId: 'q', startsAt: '2025-10-24T04:00:00Z', endsAt: '2025-10-24T09:00:00Z', slots: 1, assignedCount: 1 },
    ]);
    expect(board.blocks).toHaveLength(1);
  });
});
