import { HttpError } from 'react-admin';
import { currentLocale } from '../i18n';

export const API = '/api/v1';

export interface Me {
  id: string;
  email: string;
  fullName: string;
  locale: 'az' | 'en' | 'ru';
  roles: Role[];
  centerIds: string[];
  eventIds: string[];
}
export type Role = 'admin' | 'hr' | 'coordinator' | 'organizer' | 'volunteer' | 'applicant';

interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  user: Me;
}

export interface Problem {
  title?: string;
  detail?: string;
  status: number;
  code?: string;
  errors?: { field: string; code: string; message: string }[];
}

// The access token lives in memory only (never localStorage): a page reload gets a new one from the
// httpOnly refresh cookie, which scripts cannot read.
let accessToken: string | null = null;
let me: Me | null = null;
let refreshing: Promise<Me | null> | null = null;

export const currentUser = (): Me | null => me;

function remember(res: TokenResponse): Me {
  accessToken = res.accessToken;
  me = res.user;
  return res.user;
}

export function forget(): void {
  accessToken = null;
  me = null;
}

/** One refresh at a time: parallel 401s wait for the same rotation (a second one would be refused). */
export function refreshSession(): Promise<Me | null> {
  refreshing ??= fetch(`${API}/auth/refresh`, { method: 'POST', credentials: 'same-origin', headers: { 'Accept-Language': currentLocale() } })
    .then(async (r) => (r.ok ? remember((await r.json()) as TokenResponse) : (forget(), null)))
    .catch(() => (forget(), null))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function login(email: string, password: string): Promise<Me> {
  const r = await fetch(`${API}/auth/login`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLocale() },
    body: JSON.stringify({ email, password }),
  });
  if (!r.ok) throw toHttpError(r.status, await r.json().catch(() => ({ status: r.status })));
  return remember((await r.json()) as TokenResponse);
}

export async function logout(): Promise<void> {
  await fetch(`${API}/auth/logout`, { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
  forget();
}

/** "name.az" → { name: { az: message } }: the shape react-admin forms expect for server-side errors. */
function nestErrors(errors: Problem['errors'] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of errors) {
    const path = e.field.split('.');
    let node = out;
    path.slice(0, -1).forEach((p) => {
      node = (node[p] ??= {}) as Record<string, unknown>;
    });
    node[path[path.length - 1]] ??= e.message;
  }
  return out;
}

export function toHttpError(status: number, problem: Problem): HttpError {
  const message = problem.detail ?? problem.title ?? `HTTP ${status}`;
  return new HttpError(message, status, { ...problem, errors: problem.errors?.length ? nestErrors(problem.errors) : undefined });
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | (string | number)[]>;
}

/** Calls the API with the token and the console's language; on 401 refreshes once and retries. */
export async function api<T>(path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const url = new URL(`${API}${path}`, window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        'Accept-Language': currentLocale(),
        ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new HttpError('app.errors.network', 0);
  }
  if (response.status === 401 && !retried && (await refreshSession())) return api<T>(path, options, true);
  if (!response.ok) throw toHttpError(response.status, await response.json().catch(() => ({ status: response.status })));
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}
