import { AZ_PUBLIC_HOLIDAYS_2025_2026, nonWorkingDates } from '../rostering/templates';
import { AZ_CALENDAR_DECREES, azPublicHolidays, effectiveCalendar, nonWorkingDatesBetween } from './index';

const dates = (year: number) => effectiveCalendar(azPublicHolidays(year), AZ_CALENDAR_DECREES.filter((o) => o.date.startsWith(String(year)))).map((d) => d.date);

describe('azPublicHolidays (Labour Code art. 105)', () => {
  it.each([2025, 2026])('with the decrees, %i reproduces the Cabinet\'s published list', (year) => {
    const published = nonWorkingDates(AZ_PUBLIC_HOLIDAYS_2025_2026).filter((d) => d.startsWith(String(year)));
    expect(dates(year)).toEqual(published);
  });

  it('2025 by the law alone differs from the published list only by the Cabinet\'s swap of 3 January', () => {
    const published = nonWorkingDates(AZ_PUBLIC_HOLIDAYS_2025_2026).filter((d) => d.startsWith('2025'));
    const computed = [...new Set(azPublicHolidays(2025).map((d) => d.date))];
    expect(published.filter((d) => !computed.includes(d))).toEqual(['2025-01-03']);
    expect(computed.filter((d) => !published.includes(d))).toEqual([]);
  });

  // 2027: Ramazan 9–10 March (Tue–Wed), Qurban 16–17 May (Sun–Mon); Novruz 20–21 March on the weekend,
  // 9 May a Sunday, 26 June a Saturday; 20 January (mourning), 12 and 17 November are working days.
  it.each<[string, string, 'holiday' | 'transferred']>([
    ['2027-01-01', 'newYear', 'holiday'],
    ['2027-01-02', 'newYear', 'holiday'],
    ['2027-01-04', 'newYear', 'transferred'],
    ['2027-03-08', 'womensDay', 'holiday'],
    ['2027-03-09', 'ramazan', 'holiday'],
    ['2027-03-10', 'ramazan', 'holiday'],
    ['2027-03-20', 'novruz', 'holiday'],
    ['2027-03-24', 'novruz', 'holiday'],
    ['2027-03-25', 'novruz', 'transferred'],
    ['2027-03-26', 'novruz', 'transferred'],
    ['2027-05-09', 'victoryOverFascism', 'holiday'],
    ['2027-05-10', 'victoryOverFascism', 'transferred'],
    ['2027-05-16', 'qurban', 'holiday'],
    ['2027-05-17', 'qurban', 'holiday'],
    ['2027-05-18', 'qurban', 'transferred'],
    ['2027-05-28', 'independence', 'holiday'],
    ['2027-06-15', 'salvation', 'holiday'],
    ['2027-06-26', 'armedForces', 'holiday'],
    ['2027-06-28', 'armedForces', 'transferred'],
    ['2027-11-08', 'victory', 'holiday'],
    ['2027-11-09', 'flag', 'holiday'],
    ['2027-12-31', 'solidarity', 'holiday'],
  ])('2027: %s is %s (%s)', (date, holiday, kind) => {
    expect(azPublicHolidays(2027)).toContainEqual(expect.objectContaining({ date, holiday, kind }));
  });

  it('2027 has exactly these days off, and no working holiday', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01', '2027-01-02', '2027-01-04', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-20', '2027-03-21', '2027-03-22',
      '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-05-09', '2027-05-10', '2027-05-16', '2027-05-17', '2027-05-18',
      '2027-05-28', '2027-06-15', '2027-06-26', '2027-06-28', '2027-11-08', '2027-11-09', '2027-12-31',
    ]);
    for (const d of ['2027-01-20', '2027-10-18', '2027-11-12', '2027-11-17']) expect(dates(2027)).not.toContain(d);
  });

  it('a 31 December on a weekend gives a day off after 1–2 January of the next year', () => {
    // 31 Dec 2027 is a Friday; 31 Dec 2028 a Sunday → 1–2 Jan 2029 Mon–Tue, the day off is Wed 3 Jan.
    expect(azPublicHolidays(2029)).toContainEqual(expect.objectContaining({ date: '2029-01-03', holiday: 'solidarity', kind: 'transferred' }));
    expect(azPublicHolidays(2028).map((d) => d.date)).not.toContain('2029-01-03');
  });

  it('every year 2020–2060 has the 15 fixed days, Ramazan and Qurban (twice in a year like 2033), transfers on weekdays only', () => {
    for (let y = 2020; y <= 2060; y++) {
      const days = azPublicHolidays(y);
      expect(days.filter((d) => d.kind === 'holiday' && d.holiday !== 'ramazan' && d.holiday !== 'qurban')).toHaveLength(15);
      expect([2, 4]).toContain(days.filter((d) => d.kind === 'holiday' && d.holiday === 'ramazan').length);
      expect([2, 4]).toContain(days.filter((d) => d.kind === 'holiday' && d.holiday === 'qurban').length);
      for (const d of days.filter((x) => x.kind === 'transferred')) expect(new Date(`${d.date}T00:00:00Z`).getUTCDay() % 6).not.toBe(0);
    }
  });

  it('nonsense years give nothing', () => {
    expect(azPublicHolidays(Number.NaN)).toEqual([]);
    expect(azPublicHolidays(12)).toEqual([]);
  });
});

describe('effectiveCalendar / overrides', () => {
  it.each<[string, Parameters<typeof effectiveCalendar>[1], string, boolean]>([
    ['a removed computed day is worked', [{ date: '2027-05-10', action: 'remove', note: 'qərar' }], '2027-05-10', false],
    ['an added day is off', [{ date: '2027-12-30', action: 'add', kind: 'transferred', name: { az: 'a', en: 'a', ru: 'a' } }], '2027-12-30', true],
    ['no overrides: computed as is', [], '2027-03-25', true],
  ])('%s', (_, overrides, date, off) => {
    expect(effectiveCalendar(azPublicHolidays(2027), overrides).some((d) => d.date === date)).toBe(off);
  });

  it('two holidays on one date read as one row with both names', () => {
    const day = effectiveCalendar(azPublicHolidays(2026), []).find((d) => d.date === '2026-03-20');
    expect(day?.name.az).toBe('Novruz bayramı, Ramazan bayramı');
  });

  it('nonWorkingDatesBetween spans years and applies the overrides', () => {
    const got = nonWorkingDatesBetween('2026-12-30', '2027-01-05', [{ date: '2027-01-04', action: 'remove' }]);
    expect(got).toEqual(['2026-12-31', '2027-01-01', '2027-01-02']);
  });
});
