import { addDays, isoWeekday } from '../../time';
import { AZ_PUBLIC_HOLIDAYS_2025_2026, nonWorkingDates } from './az-public-holidays.data';
import { expandShiftTemplate, expandShiftTemplates, validateShiftTemplate, type WeeklyShiftTemplate } from './shift-template.expander';

const morning: WeeklyShiftTemplate = { id: 't-am', weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '13:00', slots: 2, positionId: 'greeter' };
const afternoon: WeeklyShiftTemplate = { ...morning, id: 't-pm', startTime: '13:00', endTime: '18:00' };

describe('expandShiftTemplate', () => {
  it('makes Mon–Fri shifts in Baku time for a week', () => {
    const shifts = expandShiftTemplate(morning, { from: '2025-10-20', to: '2025-10-26' });
    expect(shifts.map((s) => s.date)).toEqual(['2025-10-20', '2025-10-21', '2025-10-22', '2025-10-23', '2025-10-24']);
    expect(shifts[4]).toEqual({
      templateId: 't-am',
      positionId: 'greeter',
      date: '2025-10-24',
      startsAt: '2025-10-24T09:00:00+04:00',
      endsAt: '2025-10-24T13:00:00+04:00',
      slots: 2,
    });
  });

  it('includes both ends of the range', () => {
    expect(expandShiftTemplate(morning, { from: '2025-10-24', to: '2025-10-24' })).toHaveLength(1);
  });

  it('skips non-working dates', () => {
    const shifts = expandShiftTemplate(morning, { from: '2025-11-03', to: '2025-11-16', skipDates: nonWorkingDates(AZ_PUBLIC_HOLIDAYS_2025_2026) });
    // 10 and 11 November 2025 are the Victory Day and Flag Day weekend moved to Monday and Tuesday.
    expect(shifts.map((s) => s.date)).toEqual(['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07', '2025-11-12', '2025-11-13', '2025-11-14']);
  });

  it('a night shift ends the next morning', () => {
    const night: WeeklyShiftTemplate = { ...morning, id: 't-night', weekdays: [7], startTime: '22:00', endTime: '06:00' };
    expect(expandShiftTemplate(night, { from: '2025-10-20', to: '2025-10-26' })).toEqual([
      expect.objectContaining({ date: '2025-10-26', startsAt: '2025-10-26T22:00:00+04:00', endsAt: '2025-10-27T06:00:00+04:00' }),
    ]);
  });

  it('orders several templates by start', () => {
    const shifts = expandShiftTemplates([afternoon, morning], { from: '2025-10-20', to: '2025-10-21' });
    expect(shifts.map((s) => `${s.date} ${s.templateId}`)).toEqual(['2025-10-20 t-am', '2025-10-20 t-pm', '2025-10-21 t-am', '2025-10-21 t-pm']);
  });

  it.each<[string, Partial<WeeklyShiftTemplate>, string[]]>([
    ['a valid template', {}, []],
    ['no weekdays', { weekdays: [] }, ['WEEKDAYS_EMPTY']],
    ['weekday 0', { weekdays: [0 as 1] }, ['WEEKDAY_INVALID']],
    ['24:00', { endTime: '24:00' }, ['TIME_INVALID']],
    ['9:00 without the leading zero', { startTime: '9:00' }, ['TIME_INVALID']],
    ['start equals end', { endTime: '09:00' }, ['SAME_START_AND_END']],
    ['no slots', { slots: 0 }, ['SLOTS_INVALID']],
  ])('validates %s', (_name, change, errors) => {
    expect(validateShiftTemplate({ ...morning, ...change })).toEqual(errors);
  });

  it.each([
    [{ from: '2025-10-26', to: '2025-10-20' }, /ends before/],
    [{ from: '2025-01-01', to: '2026-03-01' }, /longer than/],
    [{ from: '2025-10-20', to: '20251026' }, /two dates/],
  ])('refuses the range %j', (range, message) => {
    expect(() => expandShiftTemplate(morning, range)).toThrow(message);
  });

  it('refuses to expand an invalid template', () => {
    expect(() => expandShiftTemplate({ ...morning, slots: 0 }, { from: '2025-10-20', to: '2025-10-26' })).toThrow(RangeError);
  });
});

describe('AZ_PUBLIC_HOLIDAYS_2025_2026', () => {
  const dates = nonWorkingDates(AZ_PUBLIC_HOLIDAYS_2025_2026);

  it.each([
    ['2025-01-01', 'New Year'],
    ['2025-03-20', 'Novruz'],
    ['2025-03-31', 'Ramazan'],
    ['2025-06-06', 'Qurban'],
    ['2025-05-28', 'Independence Day'],
    ['2025-11-08', 'Victory Day'],
    ['2025-12-31', 'Solidarity Day'],
    ['2026-03-30', 'the last of the eleven days of Novruz and Ramazan 2026'],
    ['2026-05-27', 'Qurban 2026'],
  ])('%s is a day off (%s)', (date) => expect(dates).toContain(date));

  it.each([
    ['2025-01-20', 'Day of National Mourning'],
    ['2025-11-12', 'Constitution Day'],
    ['2025-11-17', 'National Revival Day'],
    ['2025-10-18', 'Restoration of Independence Day'],
  ])('%s is a working day (%s)', (date) => expect(dates).not.toContain(date));

  it('every transferred day off is a weekday, and every entry is named in three languages', () => {
    for (const h of AZ_PUBLIC_HOLIDAYS_2025_2026) {
      if (h.kind === 'transferred') expect(isoWeekday(h.date)).toBeLessThanOrEqual(5);
      expect(h.name.az && h.name.en && h.name.ru).toBeTruthy();
    }
  });

  it('20–30 March 2026 is eleven days off in a row (Novruz and Ramazan together, with the weekends)', () => {
    const offs = Array.from({ length: 13 }, (_, i) => addDays('2026-03-19', i)).filter((d) => dates.includes(d) || isoWeekday(d) >= 6);
    expect(offs).toEqual(Array.from({ length: 11 }, (_, i) => addDays('2026-03-20', i)));
  });
});
