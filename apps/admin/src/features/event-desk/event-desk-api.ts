import { api } from '../../providers/http';
import type { Name } from '../rostering/rostering-api';

/** The contract of docs/event-desk.md (GET/POST /events/:id/desk/…); announcements go through POST /messages. */
export type SeatState = 'expected' | 'checked_in' | 'checked_out' | 'missing' | 'no_show' | 'replaced' | 'completed';
export interface DeskPerson { assignmentId: string; volunteerId: string; fullName: string; phone: string | null; state: SeatState; checkInAt: string | null; replacedBy: string | null; replaces: string | null }
export interface DeskShift { shiftId: string; startsAt: string; endsAt: string; slots: number; place: string | null; people: DeskPerson[] }
export interface DeskCell { hour: number; on: number; checkedIn: number; missing: number; slots: number }
export interface DeskRole { positionId: string; name: Name; languages: { language: string; minLevel: string }[]; cells: DeskCell[]; shifts: DeskShift[] }
export interface DeskBoard {
  eventId: string; eventName: Name; date: string; serverTime: string; missingAfterMinutes: number; hours: number[];
  totals: { on: number; checkedIn: number; missing: number }; roles: DeskRole[];
}
export interface Standby { volunteerId: string; fullName: string; languages: { language: string; level: string }[]; languageFit: number; reliabilityPercent: number | null; overrides: { code: string; message: string }[] }
export type IncidentKind = 'lost_item' | 'guest_help' | 'medical' | 'other';
export type IncidentStatus = 'open' | 'in_progress' | 'resolved';
export interface Incident { id: string; kind: IncidentKind; occurredAt: string; reportedBy: string; handledBy: string | null; status: IncidentStatus; notes: string | null; resolvedAt: string | null }

export const INCIDENT_KINDS: IncidentKind[] = ['lost_item', 'guest_help', 'medical', 'other'];
export const INCIDENT_STATUSES: IncidentStatus[] = ['open', 'in_progress', 'resolved'];

export const deskApi = {
  // The API answers 304 to the browser's If-None-Match (ETag): the browser hands back its cached board.
  board: (eventId: string, date?: string) => api<DeskBoard>(`/events/${eventId}/desk/board`, { query: { date } }),
  standby: (eventId: string, shiftId: string) => api<{ data: Standby[] }>(`/events/${eventId}/desk/standby`, { query: { shiftId } }),
  replace: (eventId: string, body: { assignmentId: string; volunteerId: string; reason: string }) =>
    api<{ assignmentId: string }>(`/events/${eventId}/desk/replacements`, { method: 'POST', body }),
  markMissing: (shiftId: string, assignmentId: string) =>
    api<{ results: { ok: boolean; error?: { message: string } }[] }>(`/shifts/${shiftId}/attendance`, { method: 'POST', body: { marks: [{ assignmentId, mark: 'absent' }] } }),
  incidents: (eventId: string) => api<{ data: Incident[] }>(`/events/${eventId}/desk/incidents`),
  createIncident: (eventId: string, body: { kind: IncidentKind; reportedBy: string; handledBy?: string; notes?: string }) =>
    api<Incident>(`/events/${eventId}/desk/incidents`, { method: 'POST', body }),
  updateIncident: (eventId: string, id: string, body: { status?: IncidentStatus; handledBy?: string }) =>
    api<Incident>(`/events/${eventId}/desk/incidents/${id}`, { method: 'PATCH', body }),
  announce: (segment: { kind: 'event' | 'position'; id: string }, subject: string, body: string) =>
    api<{ recipientCount: number }>('/messages', { method: 'POST', body: { segment, subject, body } }),
};

/** "2026-10-24T10:15:00+04:00" → "10:15" (the API speaks Baku time). */
export const hm = (iso: string): string => iso.slice(11, 16);
