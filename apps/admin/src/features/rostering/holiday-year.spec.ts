import { describe, expect, it } from 'vitest';
import { yearFromParam } from './holiday-year';

describe('year of the non-working-days page', () => {
  it('is the year in the URL when it is one, otherwise the current year', () => {
    expect(yearFromParam('2027', 2026)).toBe(2027);
    expect(yearFromParam(null, 2026)).toBe(2026);
    expect(yearFromParam('', 2026)).toBe(2026);
    expect(yearFromParam('20x7', 2026)).toBe(2026);
    expect(yearFromParam('99999', 2026)).toBe(2026);
  });
});
