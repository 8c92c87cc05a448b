import { api } from '../../providers/http';

export type Name = { az: string; en: string; ru: string };
export interface Shift {
  id: string;
  cancelReason?: string | null;
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
  /** Every reason, the decisive first ("full" last). */
  reasons?: { code: string; message: string }[];
  canWaitlist: boolean;
  /** waitlistPosition: the volunteer's place in the queue (1 = next) while waitlisted. */
  mine: { assignmentId: string; status: string; waitlistPosition?: number | null } | null;
  /** The center's address or the event's venue, the shift's notes (duties) and the center's phone — as in the shift mail. */
  address?: string | null;
  duties?: string | null;
  contact?: string | null;
}
export interface MyShift extends Shift {
  assignmentId: string;
  assignmentStatus: string;
  canCancel: boolean;
  cancelReason: string | null;
  swapOfferId: string | null;
  swapOfferStatus: 'open' | 'pending_approval' | null;
}
export interface Candidate { volunteerId: string; fullName: string; eligible: boolean; reasons: { code: string; message: string; overridable: boolean }[]; languages: { language: string; level: string }[]; homeCenterName?: Name | null;
  /** Whether the volunteer's home center is the shift's, and their planned minutes in the shift's Monday–Sunday week. */
  homeCenter?: boolean; plannedMinutesThisWeek?: number }

/** centers=mine: home and preferred centers; show=open: only open for sign-up now and not full (issue 19). */
export interface OpenShiftsFilter { date?: string; centerId?: string; positionId?: string; centers?: 'mine' | 'all'; show?: 'open' | 'all' }

/** Baku wall-clock parts of an instant the API writes with +04:00. */
export const day = (iso: string): string => iso.slice(0, 10);
export const hm = (iso: string): string => iso.slice(11, 16);
/** A shift that has ended: nobody can be assigned to or removed from it any more. */
export const isOver = (s: { endsAt: string }): boolean => Date.parse(s.endsAt) < Date.now();

/** Open shifts come a page at a time; "Show more" fetches the next. */
export const OPEN_SHIFTS_PAGE = 25;

export const rosteringApi = {
  myShifts: (when: 'upcoming' | 'past') => api<{ data: MyShift[] }>('/me/shifts', { query: { when } }),
  openShifts: (filter: OpenShiftsFilter = {}, page = 1) => api<{ data: OpenShift[]; total: number }>('/me/open-shifts', { query: { ...filter, page, perPage: OPEN_SHIFTS_PAGE } }),
  /** The volunteer's filter choices: centers that have open shifts, and a center's positions. */
  openShiftCenters: () => api<{ data: { id: string; name: Name }[] }>('/me/open-shift-centers'),
  openShiftPositions: (centerId: string) => api<{ id: string; name: Name }[]>('/me/open-shift-positions', { query: { centerId } }),
  signUp: (shiftId: string, waitlist: boolean) =>
    api<{ status: string }>(`/shifts/${shiftId}/signup`, { method: 'POST', body: { waitlist } }),
  cancelMine: (assignmentId: string) => api<void>(`/me/assignments/${assignmentId}/cancel`, { method: 'POST', body: {} }),
  newFeed: () => api<{ url: string }>('/me/calendar-feed', { method: 'POST', body: {} }),
  feedState: () => api<{ active: boolean; createdAt: string | null }>('/me/calendar-feed'),
  centers: () => api<{ data: { id: string; name: Name }[] }>('/centers', { query: { perPage: 100 } }),
  week: (centerId: string, start: string) => api<{ days: string[]; shifts: (Shift & { people: Person[] })[] }>(`/rostering/centers/${centerId}/week`, { query: { start } }),
  shift: (id: string) => api<Shift & { people: Person[] }>(`/shifts/${id}`),
  candidates: (id: string, language?: string) => api<{ data: Candidate[] }>(`/shifts/${id}/candidates`, { query: { language } }),
  assign: (id: string, volunteerId: string, overrideReason?: string) =>
    api<unknown>(`/shifts/${id}/assignments`, { method: 'POST', body: { volunteerId, ...(overrideReason ? { overrideReason } : {}) } }),
  unassign: (assignmentId: string) => api<void>(`/assignments/${assignmentId}/unassign`, { method: 'POST', body: {} }),
};

// ——— coordinator and organiser screens: templates, positions, policy, day sheet, center feed, role board ———
export type Visibility = 'open' | 'assign_only';
export interface Requirements {
  languages?: { language: string; minLevel: string }[];
  qualifications?: string[];
  minAge?: number | null;
  minApprovedMinutes?: number | null;
}
export interface Position { id: string; centerId: string | null; eventId: string | null; code: string; name: Name; requirements: Requirements; active: boolean }
export interface PositionInput { centerId?: string; eventId?: string; code: string; name: Name; requirements: Requirements; active: boolean }
export interface Template {
  id: string;
  centerId: string;
  positionId: string;
  positionName: Name;
  weekdays: number[];
  startTime: string;
  endTime: string;
  slots: number;
  visibility: Visibility;
  signupOpensDaysBefore: number | null;
  cancellationCutoffHours: number | null;
  active: boolean;
}
export type TemplateInput = Omit<Template, 'id' | 'positionName'>;
export interface Policy {
  centerId?: string;
  eventId?: string;
  weeklyCapMinutes: number | null;
  minRestMinutes: number | null;
  maxShiftsPerDay: number | null;
  noShowLimit: number | null;
  swapNeedsApproval: boolean;
  checkInOpensMinutes: number | null;
  lateGraceMinutes: number | null;
  closeGraceMinutes: number | null;
  roundingMinutes: number | null;
}
export interface BoardCell { positionId: string; blockIndex: number; shiftIds: string[]; filled: number; needed: number }
export interface RoleBoard {
  eventId: string;
  positions: Position[];
  blocks: { startsAt: string; endsAt: string }[];
  cells: BoardCell[];
  gaps: (BoardCell & { missing: number })[];
  filled: number;
  needed: number;
}
export interface EventSummary { id: string; name: Name; startsAt: string; endsAt: string }

export const rosterSetupApi = {
  positions: (owner: { centerId?: string; eventId?: string }) => api<{ data: Position[] }>('/positions', { query: owner }),
  createPosition: (body: PositionInput) => api<Position>('/positions', { method: 'POST', body }),
  updatePosition: (id: string, body: Partial<PositionInput>) => api<Position>(`/positions/${id}`, { method: 'PATCH', body }),
  policy: (centerId: string) => api<Policy>('/shift-policies', { query: { centerId } }),
  savePolicy: (body: Policy) => api<Policy>('/shift-policies', { method: 'PUT', body }),
  templates: (centerId: string) => api<{ data: Template[] }>('/shift-templates', { query: { centerId } }),
  createTemplate: (body: TemplateInput) => api<Template>('/shift-templates', { method: 'POST', body }),
  updateTemplate: (id: string, body: Partial<TemplateInput>) => api<Template>(`/shift-templates/${id}`, { method: 'PATCH', body }),
  deleteTemplate: (id: string) => api<void>(`/shift-templates/${id}`, { method: 'DELETE' }),
  generate: (id: string, from: string, to: string) =>
    api<{ created: number; kept: number; removed: number }>(`/shift-templates/${id}/generate`, { method: 'POST', body: { from, to } }),
  daySheet: (centerId: string, date: string) => api<{ date: string; shifts: (Shift & { people: Person[] })[] }>(`/rostering/centers/${centerId}/day-sheet`, { query: { date } }),
  newCenterFeed: (centerId: string) => api<{ url: string }>(`/rostering/centers/${centerId}/calendar-feed`, { method: 'POST', body: {} }),
  revokeCenterFeed: (centerId: string) => api<void>(`/rostering/centers/${centerId}/calendar-feed`, { method: 'DELETE' }),
  events: () => api<{ data: EventSummary[] }>('/events', { query: { perPage: 100 } }),
  roleBoard: (eventId: string) => api<RoleBoard>(`/rostering/events/${eventId}/role-board`),
};
