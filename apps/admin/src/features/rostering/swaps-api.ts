import { api } from '../../providers/http';
import type { Name, Policy, Shift } from './rostering-api';

/** A center's or an event's (exactly one of them). */
export interface Owner { centerId?: string; eventId?: string }

export interface SwapOfferForMe {
  id: string;
  shiftId: string;
  /** `open`: I may take it; `pending_approval`: I took it and the coordinator has not decided yet. */
  status: 'open' | 'pending_approval';
  direct: boolean;
  shift: Shift;
  eligible: boolean;
  reason: { code: string; message: string } | null;
  needsApproval: boolean;
}

export interface PendingSwap {
  id: string;
  shiftId: string;
  fromVolunteerId: string;
  takenByVolunteerId: string;
  fromName: string;
  takerName: string;
  shift: Shift;
}

export interface SwapCandidate { volunteerId: string; fullName: string }

export type DayKind = 'holiday' | 'transferred' | 'closure';
export const DAY_KINDS: DayKind[] = ['holiday', 'transferred', 'closure'];
export interface NonWorkingDay { date: string; kind: DayKind; name: Name }

/** Swaps (volunteer and coordinator), non-working days (admin) and the policy of a center or an event. */
export const swapsApi = {
  offersForMe: () => api<{ data: SwapOfferForMe[] }>('/me/swaps'),
  /** The colleagues one may offer this assignment to. */
  candidates: (assignmentId: string) => api<{ data: SwapCandidate[] }>(`/me/assignments/${assignmentId}/swap-candidates`),
  offer: (assignmentId: string, toVolunteerId?: string) =>
    api<{ id: string }>(`/me/assignments/${assignmentId}/swap`, { method: 'POST', body: toVolunteerId ? { toVolunteerId } : {} }),
  withdraw: (swapId: string) => api<void>(`/swaps/${swapId}/withdraw`, { method: 'POST', body: {} }),
  take: (id: string) => api<{ status: 'accepted' | 'pending_approval' }>(`/swaps/${id}/take`, { method: 'POST', body: {} }),
  pending: () => api<{ data: PendingSwap[] }>('/swap-approvals'),
  decide: (id: string, approve: boolean) => api<void>(`/swaps/${id}/decide`, { method: 'POST', body: { approve } }),
  nonWorkingDays: (year: number) => api<{ data: NonWorkingDay[] }>('/non-working-days', { query: { from: `${year}-01-01`, to: `${year}-12-31` } }),
  saveNonWorkingDay: (day: NonWorkingDay) => api<NonWorkingDay>('/non-working-days', { method: 'PUT', body: day }),
  deleteNonWorkingDay: (date: string) => api<void>(`/non-working-days/${date}`, { method: 'DELETE' }),
};

export const policyOf = (owner: Owner) => api<Policy>('/shift-policies', { query: { ...owner } });
