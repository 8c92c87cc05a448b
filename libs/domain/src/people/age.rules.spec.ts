import { ageOn } from './age.rules';

describe('ageOn', () => {
  it.each([
    ['2007-10-24', '2025-10-24', 18, 'turns 18 on the birthday'],
    ['2007-10-25', '2025-10-24', 17, 'is still 17 the day before'],
    ['2007-01-01', '2025-12-31', 18, 'a whole year'],
    ['2008-02-29', '2026-02-28', 17, 'a leap-day birthday has not passed on 28 Feb'],
    ['2008-02-29', '2026-03-01', 18, '…and has on 1 March'],
    ['2008-02-29', '2028-02-29', 20, 'and falls on the day in a leap year'],
    ['2025-10-24', '2025-10-24', 0, 'born today'],
  ])('%s on %s → %i (%s)', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });

  it('refuses dates that do not exist', () => {
    expect(() => ageOn('2007-02-30', '2025-01-01')).toThrow(RangeError);
  });
});
