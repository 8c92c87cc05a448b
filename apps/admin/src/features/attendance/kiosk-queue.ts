/**
 * What to do with each queued tap after a `/kiosk/sync` answer — pure, so it is tested without a browser.
 * Acknowledged (`ok`, whatever the result, `already_in` included) → remove; refused → keep as failed with
 * the server's reason; over the PIN rate limit → keep waiting for a later round; not in the answer → keep waiting.
 */
export const RETRY_LATER = 'TOO_MANY_ATTEMPTS';

export interface SyncVerdict {
  key: string;
  ok: boolean;
  error?: { code: string; message: string };
}

export function settle(sentKeys: string[], results: SyncVerdict[]): { remove: string[]; fail: { key: string; error: string }[]; wait: string[] } {
  const sent = new Set(sentKeys);
  const byKey = new Map<string, SyncVerdict>();
  // An answer about a key that was not sent in this call is ignored; the first verdict about a key counts.
  for (const r of results) if (sent.has(r.key) && !byKey.has(r.key)) byKey.set(r.key, r);
  const remove: string[] = [];
  const fail: { key: string; error: string }[] = [];
  const wait: string[] = [];
  for (const key of sentKeys) {
    const r = byKey.get(key);
    if (!r || (!r.ok && r.error?.code === RETRY_LATER)) wait.push(key);
    else if (r.ok) remove.push(key);
    else fail.push({ key, error: r.error?.message || r.error?.code || '' });
  }
  return { remove, fail, wait };
}
