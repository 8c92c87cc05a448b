import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Name } from '../rostering/rostering-api';
import type { CheckResult, ShiftBrief } from './attendance-api';
import { settle } from './kiosk-queue';

/**
 * The kiosk tablet's side of check-in: its device token (localStorage), its calls (header X-Kiosk-Token,
 * no login), and the offline queue of PIN taps in IndexedDB. Nothing here needs a signed-in user.
 */
const TOKEN_KEY = 'dost.kioskToken';

export function kioskToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}
export function rememberKioskToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
}
export function forgetKioskToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* nothing kept */
  }
}

export interface KioskMe {
  kioskId: string;
  name: string;
  place: { kind: 'center' | 'event'; id: string; name: Name };
  serverTime: string;
}
export interface KioskCode {
  url: string;
  code: string;
  step: number;
  expiresAt: string;
}
export interface Expected {
  assignmentId: string;
  volunteerId: string;
  displayName: string;
  shiftId: string;
  startsAt: string;
  endsAt: string;
  positionName: Name;
  checkedIn: boolean;
  checkedOut: boolean;
}
export type Action = 'in' | 'out';
export interface PinAnswer {
  result: CheckResult;
  volunteerName?: string;
  shift?: ShiftBrief | null;
  late?: boolean;
  lateMinutes?: number;
  minutes?: number | null;
}
export interface SyncAnswer {
  results: { key: string; ok: boolean; result?: CheckResult; error?: { code: string; message: string } }[];
}

/** The request never reached the server (no link, DNS, reset): the tap goes to the queue. */
export class OfflineError extends Error {
  constructor() {
    super('offline');
  }
}
/** The server answered with an error (wrong PIN, revoked kiosk, rate limit…): its message is localised. */
export class KioskProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * The kiosk's token is unknown or revoked (the API's KIOSK_TOKEN_INVALID): the tablet must be opened again.
 * Other 401s (a wrong PIN) say nothing about the token.
 */
export const tokenIsDead = (e: unknown): boolean => e instanceof KioskProblem && e.status === 401 && e.code === 'KIOSK_TOKEN_INVALID';

export async function kioskCall<T>(path: string, locale: string, body?: unknown): Promise<T> {
  const token = kioskToken();
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new OfflineError();
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        'Accept-Language': locale,
        ...(token ? { 'X-Kiosk-Token': token } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new OfflineError();
  }
  const text = await res.text().catch(() => '');
  let json: Record<string, unknown> | undefined;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    // A proxy's 502/503/504 page means the API is out of reach, not that it refused the tap.
    if (!json && res.status >= 502) throw new OfflineError();
    const errors = (json?.errors as { message: string }[] | undefined)?.map((e) => e.message).join(' ');
    throw new KioskProblem(res.status, (json?.detail as string) || errors || (json?.title as string) || `HTTP ${res.status}`, json?.code as string | undefined);
  }
  return json as T;
}

export const kioskApi = {
  me: (locale: string) => kioskCall<KioskMe>('/kiosk/me', locale),
  code: (locale: string) => kioskCall<KioskCode>('/kiosk/code', locale),
  expected: (locale: string) => kioskCall<{ data: Expected[] }>('/kiosk/expected', locale),
  pin: (locale: string, volunteerId: string, pin: string, action: Action) => kioskCall<PinAnswer>('/kiosk/pin', locale, { volunteerId, pin, action }),
  sync: (locale: string, items: { key: string; volunteerId: string; pin: string; action: Action; clientAt: string }[]) =>
    kioskCall<SyncAnswer>('/kiosk/sync', locale, { items }),
};

// ——— IndexedDB: the queue of taps made offline, and the last list of expected people ———
export interface QueuedTap {
  key: string;
  volunteerId: string;
  displayName: string;
  pin: string;
  action: Action;
  /** The tap's own time (device clock corrected by the server's offset when last online). */
  clientAt: string;
  status: 'waiting' | 'failed';
  error?: string;
  /** The refusal's code (the server's, or IN_AFTER_OUT worded by the console). */
  errorCode?: string;
}
interface KioskDb extends DBSchema {
  queue: { key: string; value: QueuedTap };
  cache: { key: string; value: unknown };
}

let dbPromise: Promise<IDBPDatabase<KioskDb>> | null = null;
function db(): Promise<IDBPDatabase<KioskDb>> {
  dbPromise ??= openDB<KioskDb>('dost-kiosk', 1, {
    upgrade(database) {
      database.createObjectStore('queue', { keyPath: 'key' });
      database.createObjectStore('cache');
    },
  });
  return dbPromise;
}

export const kioskStore = {
  async cached<T>(name: string): Promise<T | undefined> {
    return (await (await db()).get('cache', name)) as T | undefined;
  },
  async cache(name: string, value: unknown): Promise<void> {
    await (await db()).put('cache', value, name);
  },
  async queue(): Promise<QueuedTap[]> {
    return (await (await db()).getAll('queue')).sort((a, b) => a.clientAt.localeCompare(b.clientAt));
  },
  async enqueue(tap: Omit<QueuedTap, 'key' | 'status'>): Promise<QueuedTap> {
    const item: QueuedTap = { ...tap, key: crypto.randomUUID(), status: 'waiting' };
    await (await db()).put('queue', item);
    return item;
  },
  async remove(key: string): Promise<void> {
    await (await db()).delete('queue', key);
  },
  async failed(key: string, error: string, errorCode?: string): Promise<void> {
    const d = await db();
    const item = await d.get('queue', key);
    // The PIN of a refused tap is not kept: only who, what, when and why, until staff dismiss it.
    if (item) await d.put('queue', { ...item, pin: '', status: 'failed', error, errorCode });
  },
};

const SYNC_BATCH = 200;

/**
 * Sends the waiting taps (oldest first, 200 a call) and applies the answer (`settle`): acknowledged ones are
 * removed, refused ones kept as failed with the server's reason (their PIN wiped), rate-limited ones wait.
 * One sync at a time per browser (Web Locks across tabs, a promise within this one); a re-sent tap would be
 * harmless anyway (the server judges by meaning and the action is explicit). An OfflineError leaves all queued.
 */
let running: Promise<{ sent: number; refused: number }> | null = null;
export function syncQueue(locale: string): Promise<{ sent: number; refused: number }> {
  const work = async () => {
    let sent = 0;
    let refused = 0;
    // Each item goes at most once per round: one the server asks to retry later stays for the next round.
    const tried = new Set<string>();
    for (;;) {
      const waiting = (await kioskStore.queue()).filter((t) => t.status === 'waiting' && !tried.has(t.key)).slice(0, SYNC_BATCH);
      if (!waiting.length) return { sent, refused };
      waiting.forEach((t) => tried.add(t.key));
      const answer = await kioskApi.sync(locale, waiting.map(({ key, volunteerId, pin, action, clientAt }) => ({ key, volunteerId, pin, action, clientAt })));
      const verdict = settle(waiting.map(({ key, action }) => ({ key, action })), answer.results);
      for (const key of verdict.remove) await kioskStore.remove(key);
      for (const f of verdict.fail) await kioskStore.failed(f.key, f.error, f.code);
      sent += verdict.remove.length;
      refused += verdict.fail.length;
    }
  };
  running ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
      return locks ? await locks.request('dost-kiosk-sync', work) : await work();
    } finally {
      running = null;
    }
  })();
  return running;
}
