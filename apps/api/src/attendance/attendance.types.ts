import type { Scope } from '../common/scope';

/** How a presence was recorded: a phone's camera on the kiosk's QR, a PIN typed at the kiosk (online or queued offline), or staff. */
export const CHECK_METHODS = ['qr', 'pin', 'offline_pin', 'staff', 'auto'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

/** A center or an event: where a kiosk stands and where shifts are worked. */
export interface Place {
  kind: 'center' | 'event';
  id: string;
}

/** What a staff member may see: their centers and their events (or all). */
export interface StaffScope {
  centers: Scope;
  events: Scope;
}

export const CHECK_RESULTS = ['checked_in', 'checked_out', 'walk_in', 'already_in', 'already_out'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const placeOfRow = (r: { centerId: string | null; eventId: string | null }): Place =>
  r.centerId ? { kind: 'center', id: r.centerId } : { kind: 'event', id: r.eventId! };
