import { hasRole, type Actor } from '../access';

export const APPLICATION_STATUSES = [
  'submitted',
  'screening',
  'interview',
  'offered',
  'accepted',
  'onboarded',
  'rejected',
  'withdrawn',
  'waitlisted',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Nothing leaves these: a rejected or withdrawn person applies again to a new intake. */
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['onboarded', 'rejected', 'withdrawn'];

/**
 * The pipeline edges. The main line moves one step at a time (no skipping the interview);
 * rejected and withdrawn are reachable from every open state; the waitlist holds people staff would
 * take when a place frees up, and leads back to an offer or straight to acceptance.
 */
const MOVES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ['screening', 'rejected', 'withdrawn'],
  screening: ['interview', 'waitlisted', 'rejected', 'withdrawn'],
  interview: ['offered', 'waitlisted', 'rejected', 'withdrawn'],
  offered: ['accepted', 'waitlisted', 'rejected', 'withdrawn'],
  // Accepted people who never complete onboarding (no orientation, no signed agreement) are rejected.
  accepted: ['onboarded', 'rejected', 'withdrawn'],
  waitlisted: ['offered', 'accepted', 'rejected', 'withdrawn'],
  onboarded: [],
  rejected: [],
  withdrawn: [],
};

export type TransitionErrorCode = 'FINAL_STATE' | 'ILLEGAL_MOVE' | 'NOT_ALLOWED' | 'REASON_REQUIRED' | 'CAPACITY_FULL';

export interface IntakeCapacity {
  /** People already accepted or onboarded in the intake. */
  accepted: number;
  capacity: number;
}

export interface TransitionRequest {
  from: ApplicationStatus;
  to: ApplicationStatus;
  actor: Actor;
  /** The centers the applicant chose. A coordinator may act when he coordinates one of them. */
  applicationCenterIds: readonly string[];
  /** The actor id that counts as the applicant himself; without it no applicant may act (deny by default). */
  applicantId?: string | null;
  /** Required (non-blank) for `rejected`; it goes into the timeline and the kind rejection mail. */
  reason?: string | null;
  /** When given, accepting beyond capacity puts the person on the waitlist instead. */
  capacity?: IntakeCapacity;
}

export type TransitionDecision =
  | { ok: true; to: ApplicationStatus }
  | { ok: false; code: TransitionErrorCode; message: string };

export function isFinalApplicationStatus(status: ApplicationStatus): boolean {
  return FINAL_APPLICATION_STATUSES.includes(status);
}

function isStaffFor(actor: Actor, applicationCenterIds: readonly string[]): boolean {
  if (hasRole(actor, 'admin')) return true;
  return hasRole(actor, 'coordinator') && actor.centerIds.some((id) => applicationCenterIds.includes(id));
}

function isTheApplicant(actor: Actor, applicantId: string | null | undefined): boolean {
  return hasRole(actor, 'applicant') && applicantId != null && actor.id === applicantId;
}

/**
 * Decides one move of an application. Checks run in this order, so the first failing one is the
 * answer: FINAL_STATE, ILLEGAL_MOVE, NOT_ALLOWED, REASON_REQUIRED, then capacity. The messages are
 * for logs and developers; users see texts chosen by `code`.
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { from, to, actor, applicationCenterIds, applicantId, reason, capacity } = request;
  if (isFinalApplicationStatus(from)) {
    return { ok: false, code: 'FINAL_STATE', message: `An application that is ${from} does not move any more.` };
  }
  if (!MOVES[from].includes(to)) {
    return { ok: false, code: 'ILLEGAL_MOVE', message: `An application cannot move from ${from} to ${to}.` };
  }
  const mayMove = isStaffFor(actor, applicationCenterIds) || (to === 'withdrawn' && isTheApplicant(actor, applicantId));
  if (!mayMove) {
    return { ok: false, code: 'NOT_ALLOWED', message: `This user may not move the application to ${to}.` };
  }
  if (to === 'rejected' && (reason ?? '').trim() === '') {
    return { ok: false, code: 'REASON_REQUIRED', message: 'A rejection needs a reason.' };
  }
  if (to === 'accepted' && capacity && capacity.accepted >= capacity.capacity) {
    if (from === 'waitlisted') {
      return { ok: false, code: 'CAPACITY_FULL', message: 'The intake is still full; the application stays on the waitlist.' };
    }
    return { ok: true, to: 'waitlisted' };
  }
  return { ok: true, to };
}

export interface AllowedTransitionsContext {
  applicationCenterIds: readonly string[];
  applicantId?: string | null;
  capacity?: IntakeCapacity;
}

/**
 * The moves this actor can make now, for the buttons of the console and the status page.
 * `rejected` is listed when allowed (the UI then asks for the reason); `accepted` stays listed from
 * `offered` even when the intake is full, because pressing it waitlists the person.
 */
export function allowedTransitions(from: ApplicationStatus, actor: Actor, context: AllowedTransitionsContext): ApplicationStatus[] {
  return MOVES[from].filter((to) => decideTransition({ from, to, actor, ...context, reason: 'reason' }).ok);
}
