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

/** The shift a scan or PIN landed on; the API names its position and times (fields read defensively). */
export interface CheckShift {
  id?: string;
  positionName?: Name;
  position?: { name: Name };
  startsAt?: string;
  endsAt?: string;
}
export interface ScanAnswer {
  result: CheckResult;
  shift?: CheckShift | null;
  place?: { name?: Name } | Name | null;
  late?: boolean;
  lateMinutes?: number;
  minutes?: number | null;
  /** When the check-in/-out was recorded (if the API tells). */
  at?: string;
  checkInAt?: string;
  checkOutAt?: string | null;
}

export type Mark = 'present' | 'late' | 'absent';
/** One assignment's attendance on a shift (GET /shifts/{id}/attendance). */
export interface PersonAttendance {
  assignmentId: string;
  volunteerId: string;
  fullName?: string;
  displayName?: string;
  status?: string;
  /** present | late | absent | checked_in | checked_out | none … as the API names it. */
  state?: string;
  checkInAt?: string | null;
  checkOutAt?: string | null;
  late?: boolean;
  lateMinutes?: number | null;
  method?: string | null;
}
export interface NowPerson {
  volunteerId: string;
  fullName?: string;
  displayName?: string;
  assignmentId?: string | null;
  shiftId?: string | null;
  positionName?: Name | null;
  startsAt?: string | null;
  endsAt?: string | null;
  checkInAt?: string | null;
  lateMinutes?: number | null;
}
export interface AttendanceNow {
  in: NowPerson[];
  late: NowPerson[];
  expected: NowPerson[];
}

export const personName = (p: { fullName?: string; displayName?: string; volunteerName?: string }): string => p.fullName ?? p.displayName ?? p.volunteerName ?? '';
export const positionOf = (s: CheckShift | null | undefined): Name | undefined => s?.positionName ?? s?.position?.name;
export const placeName = (p: ScanAnswer['place']): Name | undefined => {
  if (!p) return undefined;
  return 'az' in p && typeof p.az === 'string' ? (p as Name) : (p as { name?: Name }).name;
};

const list = <T>(answer: T[] | { data: T[] }): T[] => (Array.isArray(answer) ? answer : answer.data);

export const attendanceApi = {
  kiosks: async (place: Place) => list(await api<Kiosk[] | { data: Kiosk[] }>('/kiosks', { query: place })),
  openKiosk: (place: Place, name: string) => api<NewKiosk>('/kiosks', { method: 'POST', body: { ...place, name } }),
  revokeKiosk: (id: string) => api<void>(`/kiosks/${id}/revoke`, { method: 'POST', body: {} }),
  scan: (code: string, action?: 'in' | 'out') => api<ScanAnswer>('/attendance/scan', { method: 'POST', body: { code, ...(action ? { action } : {}) } }),
  pinSet: () => api<{ set: boolean }>('/me/kiosk-pin'),
  setPin: (pin: string) => api<void>('/me/kiosk-pin', { method: 'PUT', body: { pin } }),
  now: async (place: Place) => {
    const a = await api<Partial<AttendanceNow> & Record<string, unknown>>('/attendance/now', { query: place });
    const pick = (k: string): NowPerson[] => (Array.isArray(a[k]) ? (a[k] as NowPerson[]) : []);
    return { in: pick('in').length ? pick('in') : pick('inNow'), late: pick('late'), expected: pick('expected') } satisfies AttendanceNow;
  },
  shiftAttendance: async (shiftId: string) => list(await api<PersonAttendance[] | { data: PersonAttendance[] }>(`/shifts/${shiftId}/attendance`)),
  mark: (shiftId: string, marks: { assignmentId: string; mark: Mark }[]) => api<unknown>(`/shifts/${shiftId}/attendance`, { method: 'POST', body: { marks } }),
  allPresent: (shiftId: string) => api<unknown>(`/shifts/${shiftId}/attendance`, { method: 'POST', body: { allPresent: true } }),
};

/** "HH:MM" on the Baku wall clock of any instant (whatever offset the API wrote it with). */
export const bakuHm = (iso: string): string => new Date(Date.parse(iso) + 4 * 3600_000).toISOString().slice(11, 16);
