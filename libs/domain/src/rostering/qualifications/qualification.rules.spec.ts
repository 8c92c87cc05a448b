import { isQualificationExpiringSoon, isQualificationValid, qualificationDaysLeft, qualificationExpiry, qualificationNameFrom, QUALIFICATION_CODE } from './qualification.rules';

describe('qualificationExpiry (validity → last valid day)', () => {
  it.each([
    ['no validity: never expires', '2026-01-15', null, null],
    ['zero months: never expires', '2026-01-15', 0, null],
    ['12 months: through the day before the anniversary', '2026-01-15', 12, '2027-01-14'],
    ['24 months', '2026-03-01', 24, '2028-02-29'],
    ['1 month in the middle', '2026-05-10', 1, '2026-06-09'],
    ['crosses the year end', '2026-11-20', 3, '2027-02-19'],
    ['31 January + 1 month: February has no 31st → its last day', '2026-01-31', 1, '2026-02-28'],
    ['31 January + 1 month in a leap year', '2028-01-31', 1, '2028-02-29'],
    ['30 January + 1 month → last day of February', '2027-01-30', 1, '2027-02-28'],
    ['28 January + 1 month: 28 February exists → 27th', '2026-01-28', 1, '2026-02-27'],
    ['1st of the month + 6 months → last day of the month before', '2026-07-01', 6, '2026-12-31'],
    ['leap day + 12 months', '2028-02-29', 12, '2029-02-28'],
  ] as const)('%s', (_label, grantedOn, months, expected) => {
    expect(qualificationExpiry(grantedOn, months)).toBe(expected);
  });

  it('refuses a non-date', () => {
    expect(() => qualificationExpiry('2026-13-01', 12)).toThrow(RangeError);
  });
});

describe('expiring within 30 days', () => {
  const today = '2026-12-06';
  it.each([
    ['never expires', null, false, true],
    ['expires today (last valid day)', '2026-12-06', true, true],
    ['expires in 30 days', '2027-01-05', true, true],
    ['expires in 31 days', '2027-01-06', false, true],
    ['expired yesterday', '2026-12-05', false, false],
    ['expires next year', '2027-12-06', false, true],
  ] as const)('%s', (_label, validUntil, soon, valid) => {
    expect(isQualificationExpiringSoon(validUntil, today)).toBe(soon);
    expect(isQualificationValid(validUntil, today)).toBe(valid);
  });

  it('a custom window', () => {
    expect(isQualificationExpiringSoon('2026-12-13', today, 7)).toBe(true);
    expect(isQualificationExpiringSoon('2026-12-14', today, 7)).toBe(false);
  });

  it('days left', () => {
    expect(qualificationDaysLeft('2026-12-06', today)).toBe(0);
    expect(qualificationDaysLeft('2027-01-05', today)).toBe(30);
    expect(qualificationDaysLeft('2026-12-01', today)).toBe(-5);
    expect(qualificationDaysLeft(null, today)).toBeNull();
  });
});

describe('catalogue names and codes', () => {
  const catalogue = [{ code: 'first-aid', name: { az: 'İlk tibbi yardım', en: 'First aid', ru: 'Первая помощь' } }];
  it('name in the reader’s language, the code when missing', () => {
    expect(qualificationNameFrom(catalogue, 'first-aid', 'ru')).toBe('Первая помощь');
    expect(qualificationNameFrom(catalogue, 'crane-licence', 'az')).toBe('crane-licence');
  });
  it.each([['protocol-training', true], ['first-aid', true], ['e-gov-training', true], ['First-Aid', false], ['-x', false], ['a', false], ['a b', false]] as const)('code %s', (code, ok) => {
    expect(QUALIFICATION_CODE.test(code)).toBe(ok);
  });
});
