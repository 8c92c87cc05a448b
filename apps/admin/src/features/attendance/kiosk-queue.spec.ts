import { describe, expect, it } from 'vitest';
import { settle, type SentTap } from './kiosk-queue';

const taps = (...keys: string[]): SentTap[] => keys.map((key) => ({ key, action: 'in' }));

describe('settle: a sync answer applied to the queued taps', () => {
  it('removes acknowledged taps (already_in too), keeps refused ones as failed with the reason', () => {
    expect(settle(taps('a', 'b', 'c'), [
      { key: 'a', ok: true, result: 'checked_in' },
      { key: 'b', ok: true, result: 'already_in' },
      { key: 'c', ok: false, error: { code: 'WRONG_PIN', message: 'PIN kod yanlışdır' } },
    ])).toEqual({ remove: ['a', 'b'], fail: [{ key: 'c', error: 'PIN kod yanlışdır', code: 'WRONG_PIN' }], wait: [] });
  });

  it('keeps a check-in answered "already out" as failed (nothing was recorded); a repeated check-out is done', () => {
    expect(settle([{ key: 'a', action: 'in' }, { key: 'b', action: 'out' }], [
      { key: 'a', ok: true, result: 'already_out' },
      { key: 'b', ok: true, result: 'already_out' },
    ])).toEqual({ remove: ['b'], fail: [{ key: 'a', error: '', code: 'IN_AFTER_OUT' }], wait: [] });
  });

  it('keeps waiting what the server did not judge, or asked to retry later', () => {
    expect(settle(taps('a', 'b', 'c'), [
      { key: 'b', ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'later' } },
      { key: 'c', ok: true },
    ])).toEqual({ remove: ['c'], fail: [], wait: ['a', 'b'] });
  });

  it('ignores verdicts about keys not sent in this call, and a second verdict about the same key', () => {
    expect(settle(taps('a'), [
      { key: 'x', ok: true },
      { key: 'a', ok: false, error: { code: 'TOO_OLD', message: '' } },
      { key: 'a', ok: true },
    ])).toEqual({ remove: [], fail: [{ key: 'a', error: 'TOO_OLD', code: 'TOO_OLD' }], wait: [] });
  });
});
