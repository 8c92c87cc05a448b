import { hasRole, type Actor } from '../access';
import type { VolunteerStatus } from './volunteer.types';

/**
 * A volunteer's life in the programme: applicant → active ⇄ paused → alumni → staff, and anyone may leave
 * (exited). Exited is final: a person who comes back applies again (a new application, same person record).
 */
const MOVES: Readonly<Record<VolunteerStatus, readonly VolunteerStatus[]>> = {
  applicant: ['active', 'exited'],
  active: ['paused', 'alumni', 'exited'],
  paused: ['active', 'alumni', 'exited'],
  alumni: ['staff', 'exited'],
  staff: ['exited'],
  exited: [],
};

/** Moves that need a reason in words (kept in the history): pausing someone and someone leaving. */
const REASON_REQUIRED: readonly VolunteerStatus[] = ['paused', 'exited'];

export type VolunteerStatusErrorCode = 'SAME_STATUS' | 'FINAL_STATUS' | 'ILLEGAL_STATUS_MOVE' | 'REASON_REQUIRED' | 'STATUS_NOT_ALLOWED';

export type VolunteerStatusDecision = { ok: true } | { ok: false; code: VolunteerStatusErrorCode };

export function isLegalStatusMove(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return MOVES[from].includes(to);
}

export function nextStatuses(from: VolunteerStatus): readonly VolunteerStatus[] {
  return MOVES[from];
}

/**
 * Who may move a person: an admin any legal move; a coordinator of the person's home center any legal move
 * except into staff (hiring is HR's); HR only alumni → staff (hiring). Without a home center only an admin.
 */
export function mayChangeStatus(actor: Actor, homeCenterId: string | null, from: VolunteerStatus, to: VolunteerStatus): boolean {
  if (hasRole(actor, 'admin')) return true;
  if (to !== 'staff' && hasRole(actor, 'coordinator') && homeCenterId != null && actor.centerIds.includes(homeCenterId)) return true;
  if (hasRole(actor, 'hr') && from === 'alumni' && to === 'staff') return true;
  return false;
}

/** The moves this actor may make from here (for the profile's action buttons). */
export function allowedStatusMoves(actor: Actor, homeCenterId: string | null, from: VolunteerStatus): VolunteerStatus[] {
  return MOVES[from].filter((to) => mayChangeStatus(actor, homeCenterId, from, to));
}

/**
 * Decides one status change. `actor` is omitted by callers that already decided who may act (onboarding,
 * a system job): then only the move itself and the reason are checked.
 */
export function decideStatusChange(input: {
  from: VolunteerStatus;
  to: VolunteerStatus;
  reason?: string | null;
  actor?: Actor;
  homeCenterId?: string | null;
}): VolunteerStatusDecision {
  const { from, to } = input;
  if (from === to) return { ok: false, code: 'SAME_STATUS' };
  if (MOVES[from].length === 0) return { ok: false, code: 'FINAL_STATUS' };
  if (!isLegalStatusMove(from, to)) return { ok: false, code: 'ILLEGAL_STATUS_MOVE' };
  if (input.actor && !mayChangeStatus(input.actor, input.homeCenterId ?? null, from, to)) return { ok: false, code: 'STATUS_NOT_ALLOWED' };
  if (REASON_REQUIRED.includes(to) && !input.reason?.trim()) return { ok: false, code: 'REASON_REQUIRED' };
  return { ok: true };
}
