import { addDays, bakuDateOf, bakuInstant, bakuTimeOf, daysBetween, instantMs, isIsoDate, isoWeekday, mondayOf, toBakuIso } from './baku-time';

describe('Baku calendar', () => {
  it.each([
    ['2025-10-23T20:00:00Z', '2025-10-24', '00:00'],
    ['2025-10-23T19:59:00Z', '2025-10-23', '23:59'],
    ['2025-10-24T09:00:00+04:00', '2025-10-24', '09:00'],
    ['2025-07-01T05:30:00Z', '2025-07-01', '09:30'], // summer: no daylight saving in Baku
  ])('%s is %s %s in Baku', (instant, date, time) => {
    expect(bakuDateOf(instant)).toBe(date);
    expect(bakuTimeOf(instant)).toBe(time);
  });

  it('writes Baku instants with +04:00', () => {
    expect(toBakuIso('2025-10-24T05:00:00.000Z')).toBe('2025-10-24T09:00:00+04:00');
    expect(bakuInstant('2025-10-24', '09:00')).toBe('2025-10-24T09:00:00+04:00');
    expect(instantMs(bakuInstant('2025-10-24', '09:00'))).toBe(Date.parse('2025-10-24T05:00:00Z'));
  });

  it.each([
    ['2025-10-20', 1, '2025-10-20'],
    ['2025-10-24', 5, '2025-10-20'],
    ['2025-10-26', 7, '2025-10-20'],
    ['2026-01-01', 4, '2025-12-29'],
  ])('%s is weekday %i of the week starting %s', (date, weekday, monday) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(mondayOf(date)).toBe(monday);
  });

  it('does date arithmetic across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
  });

  it.each(['2025-02-29', '2025-13-01', '25-01-01', ''])('rejects %j as a date', (s) => expect(isIsoDate(s)).toBe(false));

  it('refuses instants without an offset, which would mean the server zone', () => {
    expect(() => instantMs('2025-10-24T09:00:00')).toThrow(RangeError);
  });
});
