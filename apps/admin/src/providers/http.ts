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
  /** STAFF_2FA=required and no authenticator yet: the console shows only the enrolment screen. */
  mfaEnrolmentRequired?: boolean;
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

/** The password was right; the code from the authenticator app (or a recovery code) is still owed. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  expiresIn: number;
}

export async function login(email: string, password: string): Promise<Me | MfaChallenge> {
  const r = await fetch(`${API}/auth/login`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLocale() },
    body: JSON.stringify({ email, password }),
  });
  if (!r.ok) throw toHttpError(r.status, await r.json().catch(() => ({ status: r.status })));
  const body = (await r.json()) as TokenResponse | MfaChallenge;
  return 'mfaRequired' in body ? body : remember(body);
}

/** The login's second step: `{ code }` or `{ recoveryCode }` with the token of the first. */
export async function loginWithSecondFactor(mfaToken: string, factor: { code?: string; recoveryCode?: string }): Promise<Me> {
  const r = await fetch(`${API}/auth/login/mfa`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLocale() },
    body: JSON.stringify({ mfaToken, ...factor }),
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

/**
 * Downloads a file of the API (PDF, credential JSON, CSV, XLSX) with the token — a plain link would carry no
 * Authorization header. Returns the bytes and the name the API gave in Content-Disposition.
 */
export async function apiFile(path: string, query: RequestOptions['query'] = {}, retried = false): Promise<{ blob: Blob; filename: string | null }> {
  const url = new URL(`${API}${path}`, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
  }
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLocale(), ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) },
    });
  } catch {
    throw new HttpError('app.errors.network', 0);
  }
  if (response.status === 401 && !retried && (await refreshSession())) return apiFile(path, query, true);
  if (!response.ok) throw toHttpError(response.status, await response.json().catch(() => ({ status: response.status })));
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const filename = star ? decodeURIComponent(star[1]) : plain ? plain[1] : null;
  return { blob: await response.blob(), filename };
}

/** Hands bytes to the browser as a download under `filename` (the console keeps its token in memory: no plain links). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches a file of the API with the token and saves it under the API's name (Content-Disposition) or `fallback`. */
export async function downloadApiFile(path: string, fallback: string, query: RequestOptions['query'] = {}): Promise<void> {
  const { blob, filename } = await apiFile(path, query);
  saveBlob(blob, filename ?? fallback);
}

/** Sends a multipart form (a file upload) with the token and the console's language; on 401 refreshes once and retries. */
export async function apiUpload<T>(path: string, form: FormData, retried = false): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      // No Content-Type: the browser writes multipart/form-data with its boundary.
      headers: { 'Accept-Language': currentLocale(), ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) },
      body: form,
    });
  } catch {
    throw new HttpError('app.errors.network', 0);
  }
  if (response.status === 401 && !retried && (await refreshSession())) return apiUpload<T>(path, form, true);
  if (!response.ok) throw toHttpError(response.status, await response.json().catch(() => ({ status: response.status })));
  return (await response.json()) as T;
}
