import { describe, expect, it } from 'vitest';
import { withoutSharedHead } from './hiring-dashboard-page';

describe('withoutSharedHead (cohort axis ticks)', () => {
  const names = ['Könüllü DOST — набор, сентябрь 2025 (демо)', 'Könüllü DOST — набор, март 2026 (демо)', 'Без набора'];
  it('cuts the words all labels share only when all share them, and only on ticks', () => {
    const ru = names.slice(0, 2);
    const f = withoutSharedHead(ru);
    expect(f(ru[0], { location: 'tick' })).toBe('сентябрь 2025 (демо)');
    expect(f(ru[1], { location: 'tick' })).toBe('март 2026 (демо)');
    expect(f(ru[0], { location: 'tooltip' })).toBe(ru[0]);
    expect(withoutSharedHead(names)(names[0], { location: 'tick' })).toBe(names[0]);
    expect(withoutSharedHead([ru[0]])(ru[0], { location: 'tick' })).toBe(ru[0]);
  });
});
