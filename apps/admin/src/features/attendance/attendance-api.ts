import { api } from '../../providers/http';
import type { Name } from '../rostering/rostering-api';

/** The contract of docs/hours.md § API: kiosks (staff), check-in by QR (volunteer), PIN, staff marking. */
export type Place = { centerId?: string; eventId?: string };

export interface Kiosk {
  id: string;
  name: string;
  centerId: string | null;
  eventId: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}
export interface NewKiosk extends Omit<Kiosk, 'lastSeenAt' | 'revokedAt'> {
  token: string;
}

export type CheckResult = 'checked_in' | 'checked_out' | 'walk_in' | 'already_in' | 'already_out';

/** What a scan answers (POST /attendance/scan): the shift it landed on (none for a walk-in) and the place. */
export interface ScanAnswer {
  result: CheckResult;
  shift: ShiftBrief | null;
  place: { kind: 'center' | 'event'; id: string; name: Name };
  late: boolean;
  lateMinutes: number;
  minutes?: number;
  checkInAt: string;
  checkOutAt: string | null;
}

export type Mark = 'present' | 'late' | 'absent';
export interface ShiftBrief { id: string; startsAt: string; endsAt: string; positionName: Name }
export interface AttendanceRecord {
  id: string;
  checkInAt: string;
  checkOutAt: string | null;
  checkInMethod: string;
  checkOutMethod: string | null;
  late: boolean;
  lateMinutes: number;
  earlyLeave: boolean;
  autoClosed: boolean;
  lateSync: boolean;
  walkIn: boolean;
}
/** One assignment's attendance on a shift (GET /shifts/{id}/attendance). */
export interface PersonAttendance {
  assignmentId: string;
  volunteerId: string;
  fullName: string;
  /** The assignment's status: assigned, completed, no_show… */
  status: string;
  attendance: AttendanceRecord | null;
}
export interface ShiftAttendanceAnswer {
  shift: ShiftBrief & { status: string; centerId: string | null; eventId: string | null };
  data: PersonAttendance[];
}
export interface MarkAnswer {
  results: { assignmentId: string; ok: boolean; result?: string; error?: { code: string; message: string } }[];
}
/** One person in "who is in now" (GET /attendance/now). */
export interface NowPerson {
  assignmentId: string | null;
  volunteerId: string;
  fullName: string;
  shift: ShiftBrief | null;
  checkInAt: string | null;
  late: boolean;
  lateMinutes: number;
  walkIn: boolean;
}
export interface AttendanceNow {
  in: NowPerson[];
  late: NowPerson[];
  expected: NowPerson[];
}

/** A volunteer blocked from self sign-up by no-shows (GET /attendance/blocked), with the latest no-shows at the caller's places. */
export interface BlockedVolunteer {
  volunteerId: string;
  fullName: string;
  noShowCount: number;
  homeCenterId: string | null;
  noShows: { assignmentId: string; startsAt: string; endsAt: string; positionName: Name; placeName: Name }[];
}

const list = <T>(answer: T[] | { data: T[] }): T[] => (Array.isArray(answer) ? answer : answer.data);

export const attendanceApi = {
  kiosks: async (place: Place) => list(await api<Kiosk[] | { data: Kiosk[] }>('/kiosks', { query: place })),
  openKiosk: (place: Place, name: string) => api<NewKiosk>('/kiosks', { method: 'POST', body: { ...place, name } }),
  revokeKiosk: (id: string) => api<void>(`/kiosks/${id}/revoke`, { method: 'POST', body: {} }),
  scan: (code: string, action?: 'in' | 'out') => api<ScanAnswer>('/attendance/scan', { method: 'POST', body: { code, ...(action ? { action } : {}) } }),
  pinSet: () => api<{ set: boolean }>('/me/kiosk-pin'),
  setPin: (pin: string) => api<void>('/me/kiosk-pin', { method: 'PUT', body: { pin } }),
  now: (place: Place) => api<AttendanceNow>('/attendance/now', { query: place }),
  shiftAttendance: (shiftId: string) => api<ShiftAttendanceAnswer>(`/shifts/${shiftId}/attendance`),
  /** A late mark carries the arrival time (an instant inside the shift). */
  mark: (shiftId: string, marks: { assignmentId: string; mark: Mark; at?: string }[]) => api<MarkAnswer>(`/shifts/${shiftId}/attendance`, { method: 'POST', body: { marks } }),
  allPresent: (shiftId: string) => api<MarkAnswer>(`/shifts/${shiftId}/attendance`, { method: 'POST', body: { allPresent: true } }),
  /** A wrong no-show becomes attended (times default to the shift's on the server). */
  correctNoShow: (assignmentId: string, body: { reason: string; checkInAt?: string; checkOutAt?: string }) =>
    api<{ assignmentId: string; status: string; minutes: number }>(`/assignments/${assignmentId}/no-show-correction`, { method: 'POST', body }),
  blocked: async (place: Place) => list(await api<BlockedVolunteer[] | { data: BlockedVolunteer[] }>('/attendance/blocked', { query: place })),
  clearBlock: (volunteerId: string, reason: string) => api<void>(`/volunteers/${volunteerId}/no-show-block/clear`, { method: 'POST', body: { reason } }),
};

/** "HH:MM" on the Baku wall clock of any instant (whatever offset the API wrote it with). */
export const bakuHm = (iso: string): string => new Date(Date.parse(iso) + 4 * 3600_000).toISOString().slice(11, 16);
/** "DD.MM.YYYY HH:MM" on the Baku wall clock (browsers write the az locale inconsistently). */
export const bakuDateTime = (iso: string): string => {
  const b = new Date(Date.parse(iso) + 4 * 3600_000).toISOString();
  return `${b.slice(8, 10)}.${b.slice(5, 7)}.${b.slice(0, 4)} ${b.slice(11, 16)}`;
};
