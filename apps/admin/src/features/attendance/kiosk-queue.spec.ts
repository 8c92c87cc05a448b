import { describe, expect, it } from 'vitest';
import { settle } from './kiosk-queue';

describe('settle: a sync answer applied to the queued taps', () => {
  it('removes acknowledged taps (already_in too), keeps refused ones as failed with the reason', () => {
    expect(settle(['a', 'b', 'c'], [
      { key: 'a', ok: true },
      { key: 'b', ok: true },
      { key: 'c', ok: false, error: { code: 'WRONG_PIN', message: 'PIN kod yanlışdır' } },
    ])).toEqual({ remove: ['a', 'b'], fail: [{ key: 'c', error: 'PIN kod yanlışdır' }], wait: [] });
  });

  it('keeps waiting what the server did not judge, or asked to retry later', () => {
    expect(settle(['a', 'b', 'c'], [
      { key: 'b', ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'later' } },
      { key: 'c', ok: true },
    ])).toEqual({ remove: ['c'], fail: [], wait: ['a', 'b'] });
  });

  it('ignores verdicts about keys not sent in this call, and a second verdict about the same key', () => {
    expect(settle(['a'], [
      { key: 'x', ok: true },
      { key: 'a', ok: false, error: { code: 'TOO_OLD', message: '' } },
      { key: 'a', ok: true },
    ])).toEqual({ remove: [], fail: [{ key: 'a', error: 'TOO_OLD' }], wait: [] });
  });
});
