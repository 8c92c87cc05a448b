import { api, saveBlob } from '../../providers/http';
import { postPublic, type PublicAnswer } from '../notifications/public-api';

export type Name = { az: string; en: string; ru: string };
export type Locale = keyof Name;
export const STATUSES = ['submitted', 'screening', 'interview', 'offered', 'accepted', 'onboarded', 'rejected', 'withdrawn', 'waitlisted'] as const;
export type Status = (typeof STATUSES)[number];
export const BOARD_COLUMNS: Status[] = ['submitted', 'screening', 'interview', 'offered', 'accepted', 'waitlisted', 'onboarded'];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const LANGUAGE_CODES = ['az', 'en', 'ru', 'tr', 'de', 'fr', 'ar', 'fa', 'zh', 'ka'] as const;

export interface Question { id: string; kind: 'text' | 'single' | 'multiple'; label: Name; required: boolean; options?: { id: string; label: Name }[] }
export interface LabelledItem { id: string; label: Name }
export interface PublicIntake {
  id: string; name: Name; description: Name; opensOn: string; closesOn: string; minAge: number | null; maxAge: number | null;
  centers: { id: string; region: string; name: Name }[]; questions: Question[]; consentVersion: number; consentText?: Name;
  /** An event's own intake (`#/apply?event=<slug>`): the event and its days (Baku dates) to tick. */
  event?: { id: string; slug: string | null; name: Name; venue: string; startsAt: string; endsAt: string; days: string[] } | null;
}
export interface StatusView {
  id: string; number: number; status: Status; firstName: string; intake: { id: string; name: Name }; emailVerified: boolean; maskedEmail: string;
  submittedAt: string; canWithdraw: boolean; consent: { version: number; givenAt: string; withdrawnAt: string | null } | null;
  interview: { slotId: string; startsAt: string; endsAt: string; location: string } | null;
  slots: { id: string; startsAt: string; endsAt: string; location: string }[];
  timeline: { status: Status; at: string }[];
}
export interface Summary {
  id: string; number: number; intakeId: string; intakeName: Name | null; status: Status; fullName: string; email: string; phone: string; fin: string | null;
  birthDate: string; age: number; languages: { language: string; level: string }[]; availability: string[]; centers: { id: string; rank: number; name: Name }[];
  emailVerified: boolean; score: number | null; createdAt: string;
  event?: { id: string; name: Name } | null; eventDays?: string[];
}
export interface Detail extends Summary {
  /** Null on applications made before the form asked; education is null when a non-student left it out. */
  occupation: 'student' | 'working' | 'neither' | null; education: { institution: string; faculty: string; year: number } | null; skills: string[]; motivation: string; answers: Record<string, string | string[]>;
  questions: Question[]; timeline: { from: Status | null; to: Status; actorName: string; reason: string | null; at: string }[];
  rubric: LabelledItem[]; scores: { reviewerId: string; reviewerName: string; criterion: string; score: number }[];
  checklist: (LabelledItem & { doneAt: string | null })[]; homeCenterId: string | null;
  interview: { startsAt: string; location: string } | null; consent: { version: number; givenAt: string; withdrawnAt: string | null } | null;
  allowedTransitions: Status[]; capacity: { accepted: number; capacity: number }; canRevealFin: boolean;
}

/** A public GET (no login) in the page's language; problem+json turned into the same answer as postPublic. */
export async function getPublic<T>(path: string, locale: string): Promise<PublicAnswer<T>> {
  const res = await fetch(`/api/v1${path}`, { headers: { Accept: 'application/json', 'Accept-Language': locale } });
  const json = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const fieldErrors: Record<string, string> = {};
  for (const e of (json?.errors as { field: string; message: string }[] | undefined) ?? []) fieldErrors[e.field] = e.message;
  return { ok: res.ok, status: res.status, body: res.ok ? (json as T) : undefined, detail: res.ok ? undefined : (json?.detail as string | undefined), fieldErrors };
}

export { postPublic };

export const staffApi = {
  get: (id: string) => api<Detail>(`/applications/${id}`),
  move: (id: string, to: Status, reason?: string, homeCenterId?: string) =>
    api<Detail>(`/applications/${id}/transitions`, { method: 'POST', body: { to, ...(reason ? { reason } : {}), ...(homeCenterId ? { homeCenterId } : {}) } }),
  bulk: (ids: string[], to: Status, reason?: string) =>
    api<{ results: { id: string; ok: boolean; status?: Status; code?: string }[] }>('/applications/bulk-transitions', { method: 'POST', body: { ids, to, ...(reason ? { reason } : {}) } }),
  scores: (id: string, scores: Record<string, number>) => api<Detail>(`/applications/${id}/scores`, { method: 'PUT', body: { scores } }),
  checklist: (id: string, item: string, done: boolean) => api<Detail>(`/applications/${id}/checklist`, { method: 'POST', body: { item, done } }),
  fin: (id: string) => api<{ fin: string | null }>(`/applications/${id}/fin`),
  list: (query: Record<string, string | number | undefined>) => api<{ data: Summary[]; total: number }>('/applications', { query }),
  intakes: () => api<{ data: { id: string; name: Name; status: string; centers: { id: string; name: Name }[] }[]; total: number }>('/intakes', { query: { perPage: 100, sort: 'createdAt', order: 'DESC' } }),
  slots: (intakeId: string) => api<{ id: string; centerId: string; startsAt: string; endsAt: string; location: string; applicationId: string | null }[]>(`/intakes/${intakeId}/interview-slots`),
  addSlot: (intakeId: string, body: { centerId: string; startsAt: string; endsAt: string; location: string }) => api(`/intakes/${intakeId}/interview-slots`, { method: 'POST', body }),
  deleteSlot: (id: string) => api(`/interview-slots/${id}`, { method: 'DELETE' }),
  export: (query: Record<string, string | number | undefined>) => api<{ filename: string; contentType: string; base64: string }>('/applications/export', { query: { ...query, envelope: 'true' } }),
};

/** Saves a file the API sent as base64 (the console keeps its token in memory, so no plain link download). */
export function saveFile(file: { filename: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: file.contentType }), file.filename);
}

/** Baku wall-clock date and time for a page in this locale. */
export function bakuDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 4 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export function isoToDotted(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
