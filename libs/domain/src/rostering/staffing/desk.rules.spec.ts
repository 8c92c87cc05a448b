import { isMissing, languageFit, rankStandby } from './desk.rules';

const T0 = Date.parse('2026-10-24T06:00:00Z');
const MIN = 60_000;

describe('isMissing (the desk flags an assigned volunteer 10 minutes after the start)', () => {
  const a = { status: 'assigned', checkedIn: false, startsAtMs: T0, endsAtMs: T0 + 240 * MIN };
  it.each([
    ['before the start', T0 - MIN, false],
    ['9 minutes in', T0 + 9 * MIN, false],
    ['exactly 10 minutes in', T0 + 10 * MIN, true],
    ['an hour in', T0 + 60 * MIN, true],
    ['after the end', T0 + 240 * MIN, false],
  ])('%s → %s', (_, now, expected) => expect(isMissing(a, now)).toBe(expected));
  it('a checked-in volunteer or a marked no-show is not flagged', () => {
    expect(isMissing({ ...a, checkedIn: true }, T0 + 30 * MIN)).toBe(false);
    expect(isMissing({ ...a, status: 'no_show' }, T0 + 30 * MIN)).toBe(false);
  });
});

describe('languageFit and rankStandby', () => {
  const req = [{ language: 'en', minLevel: 'B2' as const }];
  it.each([
    [[{ language: 'en', level: 'C2' }], 3],
    [[{ language: 'en', level: 'B2' }], 1],
    [[{ language: 'en', level: 'B1' }], 0],
    [[{ language: 'fr', level: 'C2' }], 0],
  ])('%j → %d', (spoken, fit) => expect(languageFit(spoken, req)).toBe(fit));
  it('no requirement: everyone fits alike', () => expect(languageFit([{ language: 'en', level: 'C2' }], [])).toBe(0));
  it('language fit first, then reliability (unknown last), then name', () => {
    const ranked = rankStandby([
      { volunteerId: '1', fullName: 'Aysel', languageFit: 1, reliability: 1 },
      { volunteerId: '2', fullName: 'Bəhruz', languageFit: 3, reliability: 0.5 },
      { volunteerId: '3', fullName: 'Cavid', languageFit: 1, reliability: null },
      { volunteerId: '4', fullName: 'Dilarə', languageFit: 1, reliability: 0.9 },
    ]);
    expect(ranked.map((r) => r.fullName)).toEqual(['Bəhruz', 'Aysel', 'Dilarə', 'Cavid']);
  });
});
