import { api } from '../../providers/http';
import type { Name } from './rostering-api';

export interface BlockInput { positionId: string; startTime: string; endTime: string; slots: number; place?: string }
export interface StaffingArea {
  regions: string[];
  centerIds: string[];
  options: { region: string; centers: { id: string; name: Name }[] }[];
}
export interface ShiftChange {
  startsAt?: string;
  endsAt?: string;
  slots?: number;
  removeAssignmentIds?: string[];
  removeReason?: string;
}

/** The organiser's event set-up and a coordinator's changes to one shift (docs/rostering.md). */
export const eventBlocksApi = {
  createBlocks: (eventId: string, dates: string[], blocks: BlockInput[]) =>
    api<{ created: number; skipped: number }>(`/rostering/events/${eventId}/blocks`, { method: 'POST', body: { dates, blocks } }),
  copyDay: (eventId: string, from: string, to: string[]) =>
    api<{ created: number; skipped: number }>(`/rostering/events/${eventId}/copy-day`, { method: 'POST', body: { from, to } }),
  area: (eventId: string) => api<StaffingArea>(`/rostering/events/${eventId}/staffing-area`),
  saveArea: (eventId: string, regions: string[], centerIds: string[]) =>
    api<StaffingArea>(`/rostering/events/${eventId}/staffing-area`, { method: 'PUT', body: { regions, centerIds } }),
  updateShift: (id: string, change: ShiftChange) => api<unknown>(`/shifts/${id}`, { method: 'PATCH', body: change }),
  cancelShift: (id: string, reason: string) => api<unknown>(`/shifts/${id}/cancel`, { method: 'POST', body: { reason } }),
};
