import { formatAzDateWithoutIcu, formatDate, formatDateTime, formatHours, formatTime, plural } from './formatting';

describe('plural', () => {
  const shifts = { one: '# смена', few: '# смены', many: '# смен', other: '# смены' };
  it.each([
    [1, '1 смена'],
    [2, '2 смены'],
    [4, '4 смены'],
    [5, '5 смен'],
    [11, '11 смен'],
    [12, '12 смен'],
    [21, '21 смена'],
    [22, '22 смены'],
    [25, '25 смен'],
    [111, '111 смен'],
    [0, '0 смен'],
  ])('Russian uses one/few/many: %i', (n, expected) => expect(plural(n, shifts, 'ru')).toBe(expected));

  it.each([
    [1, '1 shift'],
    [2, '2 shifts'],
    [0, '0 shifts'],
  ])('English: %i', (n, expected) => expect(plural(n, { one: '# shift', other: '# shifts' }, 'en')).toBe(expected));

  it('Azerbaijani keeps the noun singular after a number, so one form is enough', () => {
    expect(plural(1, { one: '# növbə' }, 'az')).toBe('1 növbə');
    expect(plural(5, { one: '# növbə' }, 'az')).toBe('5 növbə');
  });

  it('says which form is missing instead of printing nothing', () => {
    expect(() => plural(5, {}, 'ru')).toThrow(/many/);
  });
});

describe('formatHours', () => {
  it.each([
    [210, '3 saat 30 dəqiqə', '3 h 30 min', '3 ч 30 мин'],
    [180, '3 saat', '3 h', '3 ч'],
    [45, '45 dəqiqə', '45 min', '45 мин'],
    [0, '0 dəqiqə', '0 min', '0 мин'],
    [6090, '101 saat 30 dəqiqə', '101 h 30 min', '101 ч 30 мин'],
  ])('%i minutes', (minutes, az, en, ru) => {
    expect(formatHours(minutes, 'az')).toBe(az);
    expect(formatHours(minutes, 'en')).toBe(en);
    expect(formatHours(minutes, 'ru')).toBe(ru);
  });

  it('refuses what is not a whole number of minutes', () => {
    expect(() => formatHours(-1, 'az')).toThrow(RangeError);
    expect(() => formatHours(1.5, 'az')).toThrow(RangeError);
  });
});

describe('dates and times are shown in Baku time', () => {
  // 20:30 UTC on 23 October is already 00:30 on the 24th in Baku (UTC+4).
  const lateEvening = '2025-10-23T20:30:00.000Z';

  it.each([
    ['az', '24 oktyabr 2025'],
    ['en', '24 October 2025'],
    ['ru', '24 октября 2025 г.'],
  ] as const)('formatDate %s', (locale, expected) => expect(formatDate(lateEvening, locale)).toBe(expected));

  it('formatDate with the weekday', () => {
    expect(formatDate(lateEvening, 'az', { weekday: true })).toBe('24 oktyabr 2025, cümə');
    expect(formatDate(lateEvening, 'en', { weekday: true })).toBe('Friday, 24 October 2025');
    expect(formatDate(lateEvening, 'ru', { weekday: true })).toBe('пятница, 24 октября 2025 г.');
  });

  it('formatTime is a 24-hour clock in every language', () => {
    expect(formatTime('2025-10-24T10:05:00Z', 'az')).toBe('14:05');
    expect(formatTime('2025-10-24T10:05:00Z', 'en')).toBe('14:05');
    expect(formatTime(new Date('2025-10-24T10:05:00Z'), 'ru')).toBe('14:05');
  });

  it('formatDateTime', () => {
    expect(formatDateTime(lateEvening, 'az')).toBe('24 oktyabr 2025, 00:30');
    expect(formatDateTime(lateEvening, 'en')).toBe('24 October 2025, 00:30');
  });

  it('the Azerbaijani fallback for a Node without Azerbaijani ICU data reads the same', () => {
    for (const iso of ['2025-01-01T00:00:00Z', '2025-03-15T12:00:00Z', lateEvening, '2025-12-31T20:00:00Z', '2024-02-29T08:00:00Z']) {
      expect(formatAzDateWithoutIcu(iso)).toBe(formatDate(iso, 'az'));
      expect(formatAzDateWithoutIcu(iso, true)).toBe(formatDate(iso, 'az', { weekday: true }));
    }
  });

  it('rejects a value that is not a date rather than printing "Invalid Date"', () => {
    expect(() => formatDate('tomorrow', 'az')).toThrow(RangeError);
  });
});
