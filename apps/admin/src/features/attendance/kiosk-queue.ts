/**
 * What to do with each queued tap after a `/kiosk/sync` answer — pure, so it is tested without a browser.
 * Acknowledged (`ok`, `already_in` included: a repeated tap changes nothing) → remove; refused → keep as failed
 * with the server's reason; over the PIN rate limit → keep waiting for a later round; not in the answer → keep
 * waiting. A check-in the server answered `already_out` is a refusal too, though the server says `ok`: the person
 * has left that shift, so the tap recorded nothing, and the coordinator must see it (`IN_AFTER_OUT`).
 */
export const RETRY_LATER = 'TOO_MANY_ATTEMPTS';
export const IN_AFTER_OUT = 'IN_AFTER_OUT';

export interface SyncVerdict {
  key: string;
  ok: boolean;
  result?: string;
  error?: { code: string; message: string };
}

export interface SentTap {
  key: string;
  action: 'in' | 'out';
}

export interface Failure {
  key: string;
  /** The server's reason in the kiosk's language; empty when the console words it (by `code`). */
  error: string;
  code: string;
}

export function settle(sentTaps: SentTap[], results: SyncVerdict[]): { remove: string[]; fail: Failure[]; wait: string[] } {
  const sent = new Set(sentTaps.map((t) => t.key));
  const byKey = new Map<string, SyncVerdict>();
  // An answer about a key that was not sent in this call is ignored; the first verdict about a key counts.
  for (const r of results) if (sent.has(r.key) && !byKey.has(r.key)) byKey.set(r.key, r);
  const remove: string[] = [];
  const fail: Failure[] = [];
  const wait: string[] = [];
  for (const { key, action } of sentTaps) {
    const r = byKey.get(key);
    if (!r || (!r.ok && r.error?.code === RETRY_LATER)) wait.push(key);
    else if (r.ok && action === 'in' && r.result === 'already_out') fail.push({ key, error: '', code: IN_AFTER_OUT });
    else if (r.ok) remove.push(key);
    else fail.push({ key, error: r.error?.message || r.error?.code || '', code: r.error?.code ?? '' });
  }
  return { remove, fail, wait };
}
