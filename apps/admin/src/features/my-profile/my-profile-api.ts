import { api, apiFile, currentUser } from '../../providers/http';
import { chosenLoginLocale, rememberLoginLocale } from '../../login/login-locale';

export type Lang = 'az' | 'en' | 'ru';
export type Name = Record<Lang, string>;
export interface LanguageSkill { language: string; level: string }
export interface Notifications { reminders: boolean; swaps: boolean; messages: boolean }

export interface MyProfile {
  email: string;
  pendingEmail: string | null;
  fullName: string;
  locale: Lang;
  roles: string[];
  volunteer: {
    id: string; status: string; phone: string | null; languages: LanguageSkill[]; availability: string[]; preferredCenterIds: string[];
    homeCenterId: string | null; emergencyContact: { name: string; phone: string } | null;
  } | null;
  notifications: Notifications;
  closureRequest: { id: string; status: string; reason: string | null; createdAt: string } | null;
  centerOptions: { id: string; region: string; name: Name }[];
}

export interface ProfileChanges {
  phone?: string | null;
  languages?: LanguageSkill[];
  availability?: string[];
  preferredCenterIds?: string[];
  emergencyContact?: { name: string; phone: string } | null;
  locale?: Lang;
  notifications?: Partial<Notifications>;
}

export const LANGUAGE_CODES = ['az', 'en', 'ru', 'tr', 'de', 'fr', 'ar', 'fa', 'zh', 'ka'] as const;
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const myProfileApi = {
  get: () => api<MyProfile>('/me/profile'),
  update: (changes: ProfileChanges) => api<MyProfile>('/me/profile', { method: 'PATCH', body: changes }),
  changeEmail: (email: string) => api<{ pendingEmail: string }>('/me/email-change', { method: 'POST', body: { email } }),
  requestClosure: (reason: string) => api<MyProfile['closureRequest']>('/me/closure-request', { method: 'POST', body: reason ? { reason } : {} }),
  withdrawClosure: () => api<void>('/me/closure-request', { method: 'DELETE' }),
  exportFile: (format: 'json' | 'pdf') => apiFile(format === 'json' ? '/me/export' : '/me/export/pdf'),
  closureRequests: () => api<{ data: ClosureRequestRow[]; total: number }>('/account-closure-requests', { query: { perPage: 100 } }),
};

export interface ClosureRequestRow { id: string; userId: string; fullName: string; email: string; reason: string | null; status: string; createdAt: string; handledAt: string | null }

/**
 * The language of mail and screens belongs to the account: a choice made in the console (My profile or the
 * language button) is saved there, so the next login on any device opens in it and every mail uses it.
 * A language picked by hand on this browser's login page follows the choice too, so it does not override it.
 */
export async function saveAccountLocale(locale: Lang): Promise<void> {
  if (chosenLoginLocale()) rememberLoginLocale(locale);
  if (!currentUser()) return;
  try {
    await myProfileApi.update({ locale });
    const me = currentUser();
    if (me) me.locale = locale;
  } catch {
    // Offline or signed out meanwhile: the screen still switches; the account keeps its language.
  }
}

/** Field errors of a problem+json answer (nested by the http provider), flattened to 'languages.0.level' → message. */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') out[path] = node;
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk((e as { body?: { errors?: unknown } }).body?.errors, '');
  return out;
}
