import { api } from '../../providers/http';

export type Name = { az: string; en: string; ru: string };
export interface Shift {
  id: string;
  centerId: string | null;
  eventId: string | null;
  place: Name;
  position: { id: string; name: Name };
  startsAt: string;
  endsAt: string;
  slots: number;
  assignedCount: number;
  fill: 'empty' | 'partial' | 'full';
  status: string;
}
export interface Person { assignmentId: string; volunteerId: string; fullName: string; status: string }
export interface OpenShift extends Shift {
  eligible: boolean;
  reason: { code: string; message: string } | null;
  canWaitlist: boolean;
  mine: { assignmentId: string; status: string } | null;
}
export interface MyShift extends Shift {
  assignmentId: string;
  assignmentStatus: string;
  canCancel: boolean;
  cancelReason: string | null;
  swapOfferId: string | null;
}
export interface Candidate { volunteerId: string; fullName: string; eligible: boolean; reasons: { code: string; message: string; overridable: boolean }[]; languages: { language: string; level: string }[] }

/** Baku wall-clock parts of an instant the API writes with +04:00. */
export const day = (iso: string): string => iso.slice(0, 10);
export const hm = (iso: string): string => iso.slice(11, 16);

export const rosteringApi = {
  myShifts: (when: 'upcoming' | 'past') => api<{ data: MyShift[] }>('/me/shifts', { query: { when } }),
  openShifts: (date?: string) => api<{ data: OpenShift[]; total: number }>('/me/open-shifts', { query: { date, perPage: 50 } }),
  signUp: (shiftId: string, waitlist: boolean) =>
    api<{ status: string }>(`/shifts/${shiftId}/signup`, { method: 'POST', body: { waitlist } }),
  cancelMine: (assignmentId: string) => api<void>(`/me/assignments/${assignmentId}/cancel`, { method: 'POST', body: {} }),
  offerSwap: (assignmentId: string) => api<{ id: string }>(`/me/assignments/${assignmentId}/swap`, { method: 'POST', body: {} }),
  newFeed: () => api<{ url: string }>('/me/calendar-feed', { method: 'POST', body: {} }),
  centers: () => api<{ data: { id: string; name: Name }[] }>('/centers', { query: { perPage: 100 } }),
  week: (centerId: string, start: string) => api<{ days: string[]; shifts: (Shift & { people: Person[] })[] }>(`/rostering/centers/${centerId}/week`, { query: { start } }),
  shift: (id: string) => api<Shift & { people: Person[] }>(`/shifts/${id}`),
  candidates: (id: string, language?: string) => api<{ data: Candidate[] }>(`/shifts/${id}/candidates`, { query: { language } }),
  assign: (id: string, volunteerId: string, overrideReason?: string) =>
    api<unknown>(`/shifts/${id}/assignments`, { method: 'POST', body: { volunteerId, ...(overrideReason ? { overrideReason } : {}) } }),
  unassign: (assignmentId: string) => api<void>(`/assignments/${assignmentId}/unassign`, { method: 'POST', body: {} }),
};
