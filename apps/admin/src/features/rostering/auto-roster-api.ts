import { api } from '../../providers/http';
import type { Name } from './rostering-api';

export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'applied';
interface RunShift {
  shiftId: string;
  startsAt: string;
  endsAt: string;
  position: { id: string; name: Name };
}
export interface RosterRun {
  id: string;
  centerId: string | null;
  eventId: string | null;
  from: string;
  to: string;
  status: RunStatus;
  progress: number;
  timeLimitSeconds: number;
  error: string | null;
  summary: { shifts: number; slots: number; filledBefore: number; proposed: number; unfilledSlots: number; elapsedMs: number } | null;
  proposals: (RunShift & { volunteerId: string; fullName: string })[];
  unfilled: (RunShift & { missing: number; reasons: string[] })[];
  applied: { assigned: number; skipped: (RunShift & { volunteerId: string; fullName: string; reason: string })[] } | null;
}

export const autoRosterApi = {
  start: (body: { centerId?: string; eventId?: string; from: string; to: string; timeLimitSeconds: number }) =>
    api<RosterRun>('/roster-runs', { method: 'POST', body }),
  get: (id: string) => api<RosterRun>(`/roster-runs/${id}`),
  /** The place's latest runs, newest first. */
  list: (owner: { centerId?: string; eventId?: string }) => api<{ data: RosterRun[] }>('/roster-runs', { query: owner }),
  cancel: (id: string) => api<RosterRun>(`/roster-runs/${id}/cancel`, { method: 'POST', body: {} }),
  apply: (id: string) => api<RosterRun>(`/roster-runs/${id}/apply`, { method: 'POST', body: {} }),
};
