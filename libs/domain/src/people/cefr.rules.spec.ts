import { CEFR_LEVELS, compareCefr, isCefrLevel, meetsCefr } from './cefr.rules';

describe('CEFR', () => {
  it('orders levels from A1 to C2', () => {
    expect([...CEFR_LEVELS].reverse().sort(compareCefr)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  });

  it.each([
    ['B2', 'B2', true],
    ['C1', 'B2', true],
    ['B1', 'B2', false],
    [null, 'A1', false],
  ] as const)('%s meets %s: %s', (actual, required, ok) => {
    expect(meetsCefr(actual, required)).toBe(ok);
  });

  it.each([
    ['B2', true],
    ['b2', false],
    ['C3', false],
    ['native', false],
  ])('%s is a level: %s', (s, ok) => expect(isCefrLevel(s)).toBe(ok));
});
