import { CEFR_LEVELS, VOLUNTEER_STATUSES, type VolunteerStatus } from '@dost/domain';
import { api, apiFile, saveBlob } from '../../providers/http';

/** The shapes of docs/people.md (the API's answers). */
export type Lang = 'az' | 'en' | 'ru';
export type Localized = { az: string; en: string; ru: string };
export { CEFR_LEVELS, VOLUNTEER_STATUSES, type VolunteerStatus };

/** Language codes offered in the filter (the application form's list). */
export const LANGUAGE_CODES = ['az', 'en', 'ru', 'tr', 'de', 'fr', 'ar', 'fa', 'zh', 'ka'] as const;

export interface VolunteerListItem {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  status: VolunteerStatus;
  homeCenter: { id: string; name: Localized } | null;
  languages: { language: string; level: string }[];
  qualifications: string[];
  approvedMinutes: number;
  reliability: number | null;
  attended: number;
  noShows: number;
  lastShiftAt: string | null;
}

export interface ProfileShift {
  assignmentId: string;
  shiftId: string;
  startsAt: string;
  endsAt: string;
  status: string;
  shiftStatus: string;
  positionName: Localized;
  placeName: Localized;
  centerId: string | null;
  eventId: string | null;
}

export interface VolunteerProfile extends VolunteerListItem {
  fin: string | null;
  canRevealFin: boolean;
  birthDate: string | null;
  locale: Lang;
  skills: string[];
  signupBlocked: boolean;
  hasAccount: boolean;
  memberSince: string;
  availability: string[];
  preferredCenters: { id: string; name: Localized }[];
  qualificationsHeld: { code: string; validUntil: string | null; expired: boolean; expiresSoon: boolean }[];
  shifts: { past: ProfileShift[]; ahead: ProfileShift[] };
  hours: { approvedMinutes: number; pendingMinutes: number; reliability: number | null; attended: number; noShows: number };
  notes: { id: string; authorName: string; body: string; createdAt: string }[];
  statusHistory: { from: VolunteerStatus | null; to: VolunteerStatus; reason: string | null; actorName: string | null; at: string }[];
  actions: { statusMoves: VolunteerStatus[]; changeHomeCenter: boolean; addNote: boolean };
}

export const peopleApi = {
  profile: (id: string) => api<VolunteerProfile>(`/volunteers/${id}`),
  fin: (id: string) => api<{ fin: string | null }>(`/volunteers/${id}/fin`),
  changeStatus: (id: string, to: VolunteerStatus, reason?: string) => api<VolunteerProfile>(`/volunteers/${id}/status`, { method: 'POST', body: { to, reason: reason || undefined } }),
  changeHomeCenter: (id: string, homeCenterId: string, reason?: string) =>
    api<VolunteerProfile>(`/volunteers/${id}/home-center`, { method: 'POST', body: { homeCenterId, reason: reason || undefined } }),
  addNote: (id: string, body: string) => api<VolunteerProfile>(`/volunteers/${id}/notes`, { method: 'POST', body: { body } }),
  async export(format: 'csv' | 'xlsx', filter: Record<string, string>): Promise<void> {
    const { blob, filename } = await apiFile('/volunteers/export', { ...filter, format });
    saveBlob(blob, filename ?? `volunteers.${format}`);
  },
};

export const localized = (n: Localized | null | undefined, lang: string): string => (n ? n[lang as Lang] || n.az : '');

/** 0.93 → "93%"; null (nothing over yet) → "—". */
export const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** The error's per-field messages (already in the caller's language), else its detail. */
export function problemText(e: unknown): string {
  const fields = (e as { body?: { errors?: Record<string, unknown> } }).body?.errors;
  const messages = fields ? Object.values(fields).filter((v): v is string => typeof v === 'string') : [];
  return messages.length ? messages.join(' ') : (e as Error).message;
}
