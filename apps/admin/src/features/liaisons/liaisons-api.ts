import { api } from '../../providers/http';
import type { RosterRun } from '../rostering/auto-roster-api';

export interface ProgrammeItem {
  kind: 'arrival' | 'session' | 'visit' | 'departure';
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
}
export interface LiaisonPerson {
  assignmentId?: string;
  volunteerId: string;
  fullName: string;
  email?: string;
  phone: string | null;
  isMe?: boolean;
}
export interface LiaisonDuty {
  shiftId: string;
  kind: 'liaison' | 'airport' | 'arrival-desk';
  kindName: string;
  positionName: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  slots: number;
  liaisons: LiaisonPerson[];
  proposed: { volunteerId: string; fullName: string }[];
  gaps: string[];
}
export interface LiaisonGroup {
  id: string;
  type: 'delegation' | 'guest';
  name: string;
  country: string;
  language: string | null;
  languageName: string | null;
  minLevel: string;
  liaisonsNeeded: number;
  programme: ProgrammeItem[];
  duties: LiaisonDuty[];
  filled: number;
  slots: number;
}
export interface LiaisonsOverview {
  eventId: string;
  run: { id: string; status: RosterRun['status']; progress: number } | null;
  groups: LiaisonGroup[];
}
export interface MyDelegation {
  id: string;
  type: 'delegation' | 'guest';
  name: string;
  country: string;
  eventId: string;
  eventName: string;
  language: string | null;
  languageName: string | null;
  minLevel: string;
  programme: ProgrammeItem[];
  myDuties: LiaisonDuty[];
  liaisons: LiaisonPerson[];
  guests: { fullName: string; organisation: string | null; arrivalAt: string | null; arrivalPlace: string | null; hotel: string | null; needs: string | null }[];
}

export const liaisonsApi = {
  overview: (eventId: string) => api<LiaisonsOverview>(`/events/${eventId}/liaisons`),
  match: (eventId: string, timeLimitSeconds: number) => api<RosterRun>(`/events/${eventId}/liaisons/match`, { method: 'POST', body: { timeLimitSeconds } }),
  apply: (eventId: string, runId: string) => api<RosterRun>(`/events/${eventId}/liaisons/apply`, { method: 'POST', body: { runId } }),
  notify: (eventId: string) => api<{ sent: number }>(`/events/${eventId}/liaisons/notify`, { method: 'POST', body: {} }),
  mine: () => api<{ data: MyDelegation[] }>('/me/liaison-delegations'),
};
