import { describe, expect, it } from 'vitest';
import { fromDmy, toDmy, withDots } from './date-field';

describe('dd.mm.yyyy date field', () => {
  it('writes and reads calendar dates', () => {
    expect(toDmy('2026-12-06')).toBe('06.12.2026');
    expect(toDmy('')).toBe('');
    expect(fromDmy('06.12.2026')).toBe('2026-12-06');
    expect(fromDmy('6.1.2026')).toBe('2026-01-06');
    expect(fromDmy('06122026')).toBe('2026-12-06');
    expect(fromDmy('31.02.2026')).toBeNull();
    expect(fromDmy('12/06/2026')).toBeNull();
    expect(fromDmy('06.12.26')).toBeNull();
  });

  it('puts the dots in while digits are typed, and leaves the person’s own dots alone', () => {
    expect(withDots('31', '3')).toBe('31.');
    expect(withDots('31.1', '31.')).toBe('31.1');
    expect(withDots('31.123', '31.12')).toBe('31.12.3');
    expect(withDots('31.12.2026', '')).toBe('31.12.2026');
    expect(withDots('1.2.2026', '1.2.202')).toBe('1.2.2026');
    expect(withDots('31.1', '31.12')).toBe('31.1');
  });
});
