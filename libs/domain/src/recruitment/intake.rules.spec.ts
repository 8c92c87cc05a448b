import { acceptsApplications, checkAgeLimits, educationRequired, HALF_DAYS, isHalfDay } from './intake.rules';

describe('checkAgeLimits', () => {
  it.each([
    ['exactly the minimum on the birthday', '2007-10-24', '2025-10-24', { minAge: 18, maxAge: 35 }, { ok: true, age: 18 }],
    ['one day short of the minimum', '2007-10-25', '2025-10-24', { minAge: 18, maxAge: 35 }, { ok: false, code: 'TOO_YOUNG', age: 17, limit: 18 }],
    ['the maximum itself is allowed', '1990-01-01', '2025-10-24', { minAge: 18, maxAge: 35 }, { ok: true, age: 35 }],
    ['above the maximum', '1989-01-01', '2025-10-24', { minAge: 18, maxAge: 35 }, { ok: false, code: 'TOO_OLD', age: 36, limit: 35 }],
    ['no limits', '2015-01-01', '2025-10-24', { minAge: null, maxAge: null }, { ok: true, age: 10 }],
  ] as const)('%s', (_name, birth, today, limits, outcome) => {
    expect(checkAgeLimits(birth, today, limits)).toEqual(outcome);
  });
});

describe('acceptsApplications', () => {
  const window = { opensOn: '2025-09-01', closesOn: '2025-09-30' };
  it.each([
    ['open, first day', 'open', '2025-09-01', true],
    ['open, last day', 'open', '2025-09-30', true],
    ['open, the day before', 'open', '2025-08-31', false],
    ['open, the day after', 'open', '2025-10-01', false],
    ['draft inside the window', 'draft', '2025-09-15', false],
    ['closed inside the window', 'closed', '2025-09-15', false],
  ] as const)('%s', (_name, status, today, ok) => {
    expect(acceptsApplications({ ...window, status }, today)).toBe(ok);
  });
});

describe('half-days', () => {
  it('are 14, Monday morning first', () => {
    expect(HALF_DAYS).toHaveLength(14);
    expect(HALF_DAYS[0]).toBe('mon-am');
  });
  it.each([['sun-pm', true], ['sun-eve', false], [3, false], ['MON-AM', false]])('%j is a half-day: %s', (v, ok) => {
    expect(isHalfDay(v)).toBe(ok);
  });
});

describe('educationRequired', () => {
  it.each([
    ['student', true],
    ['working', false],
    ['neither', false],
    [null, false],
    [undefined, false],
  ] as const)('%s → %s', (occupation, expected) => {
    expect(educationRequired(occupation)).toBe(expected);
  });
});
