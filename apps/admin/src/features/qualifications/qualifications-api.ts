import { useEffect, useState } from 'react';
import { api } from '../../providers/http';

export type Locale = 'az' | 'en' | 'ru';
export interface LocalizedName { az: string; en: string; ru: string }

/** One entry of the catalogue (GET /qualifications): the one source of codes and names. */
export interface Qualification {
  id: string;
  code: string;
  name: LocalizedName;
  validityMonths: number | null;
  active: boolean;
}

export interface HeldQualification {
  id: string;
  volunteerId: string;
  code: string;
  qualificationId: string | null;
  name: LocalizedName | null;
  grantedOn: string | null;
  validUntil: string | null;
  daysLeft: number | null;
  expiringSoon: boolean;
  expired: boolean;
  grantedByName: string | null;
  evidence: string | null;
  evidenceFileName: string | null;
  trainingSessionId: string | null;
}

export interface ExpiringQualification extends HeldQualification {
  fullName: string;
  homeCenterId: string | null;
  homeCenterName: LocalizedName | null;
  reminded: boolean;
}

export interface TrainingResult {
  id: string;
  code: string;
  heldOn: string;
  trainer: string;
  validUntil: string | null;
  created: boolean;
  granted: number;
  renewed: number;
  unchanged: number;
}

export interface TrainingSession {
  id: string;
  qualificationId: string;
  code: string;
  heldOn: string;
  trainer: string;
  centerId: string | null;
  attendees: number;
}

let cache: Promise<Qualification[]> | null = null;

export const qualificationsApi = {
  /** Read once per page load and shared (positions, profiles, dialogs); `refresh` after an admin's edit. */
  catalogue(refresh = false): Promise<Qualification[]> {
    if (!cache || refresh) cache = api<{ data: Qualification[] }>('/qualifications').then((r) => r.data).catch((e) => ((cache = null), Promise.reject(e)));
    return cache;
  },
  held: (volunteerId: string) => api<{ data: HeldQualification[] }>(`/volunteers/${volunteerId}/qualifications`).then((r) => r.data),
  grant: (volunteerId: string, body: { qualificationId: string; grantedOn: string; evidence?: string; evidenceFileName?: string }) =>
    api<HeldQualification & { outcome: 'granted' | 'renewed' | 'unchanged' }>(`/volunteers/${volunteerId}/qualifications`, { method: 'POST', body }),
  revoke: (volunteerId: string, qualificationId: string) =>
    api<{ revoked: boolean }>(`/volunteers/${volunteerId}/qualifications/revoke`, { method: 'POST', body: { qualificationId } }),
  expiring: (days = 30) => api<{ data: ExpiringQualification[] }>('/qualifications/expiring', { query: { days } }).then((r) => r.data),
  training: (body: { qualificationId: string; heldOn: string; trainer: string; notes?: string; attendeeIds: string[] }) =>
    api<TrainingResult>('/training-sessions', { method: 'POST', body }),
  sessions: () => api<{ data: TrainingSession[]; total: number }>('/training-sessions', { query: { perPage: 50 } }).then((r) => r.data),
  /** The caller's volunteers by name (the people directory; coordinators get their centers' people). */
  searchVolunteers: (q: string) =>
    api<{ data: { id: string; fullName: string; homeCenterName?: LocalizedName | null }[] }>('/volunteers', { query: { q, perPage: 25 } }).then((r) => r.data),
};

/** The catalogue, loaded once; [] until it arrives. */
export function useQualificationCatalogue(): Qualification[] {
  const [list, setList] = useState<Qualification[]>([]);
  useEffect(() => {
    let live = true;
    qualificationsApi.catalogue().then((l) => live && setList(l)).catch(() => undefined);
    return () => { live = false; };
  }, []);
  return list;
}

/** A qualification's name in the reader's language from the catalogue; the code when it is not there. */
export function qualificationName(catalogue: readonly Qualification[], code: string, locale: string): string {
  const q = catalogue.find((x) => x.code === code);
  return q ? q.name[(locale as Locale) in q.name ? (locale as Locale) : 'az'] : code;
}

/** Today in Baku as YYYY-MM-DD (the API refuses a grant dated in the future). */
export function bakuToday(now = Date.now()): string {
  return new Date(now + 4 * 3_600_000).toISOString().slice(0, 10);
}

/** 'DD.MM.YYYY' in az/ru, '5 Jan 2027' in en. */
export function formatDay(date: string | null, locale: string): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  if (locale === 'en') return `${Number(d)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]} ${y}`;
  return `${d}.${m}.${y}`;
}

/** A problem's words: its per-field messages or its detail. */
export function problemText(e: unknown): string {
  const fields = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors;
  const messages = fields ? Object.values(fields).filter((v): v is string => typeof v === 'string') : [];
  return messages.length ? messages.join(' ') : (e as Error).message;
}
