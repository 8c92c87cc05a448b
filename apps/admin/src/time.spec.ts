import { describe, expect, it } from 'vitest';
import { bakuDmy, formatBaku, fromBakuInput, toBakuInput } from './time';

describe('Baku time on screen', () => {
  it('writes Azerbaijani dates with Azerbaijani month names, in Baku time', () => {
    expect(formatBaku('2025-10-24T05:00:00.000Z', 'az')).toBe('24 okt 2025, 09:00');
    expect(formatBaku('2025-12-31T21:30:00.000Z', 'az', false)).toBe('1 yan 2026');
  });

  it('round-trips a datetime-local input as Baku time', () => {
    expect(toBakuInput('2025-10-24T05:00:00.000Z')).toBe('2025-10-24T09:00');
    expect(fromBakuInput('2025-10-24T09:00')).toBe('2025-10-24T09:00:00+04:00');
  });

  it('writes dd.mm.yyyy (HH:mm) in Baku time, whatever the language', () => {
    expect(bakuDmy('2026-12-06T19:37:34.000Z')).toBe('06.12.2026 23:37');
    expect(bakuDmy('2026-12-31T21:30:00.000Z', false)).toBe('01.01.2027');
    expect(bakuDmy(null)).toBe('');
    expect(bakuDmy('not a date')).toBe('');
  });
});
