export const ROLES = ['admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, as far as authorisation cares. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  /** Centers a coordinator coordinates. */
  centerIds: readonly string[];
  /** Events an organizer organises. */
  eventIds: readonly string[];
}

/** Everything, or a list of ids. */
export type ScopeIds = 'all' | readonly string[];

/** The centers whose data an actor may read: admins and HR see the whole network, coordinators their own. */
export function centerScope(actor: Actor): ScopeIds {
  if (actor.roles.includes('admin') || actor.roles.includes('hr')) return 'all';
  if (actor.roles.includes('coordinator')) return actor.centerIds;
  return [];
}

/** The events whose data an actor may read: admins and HR all, organizers their own. */
export function eventScope(actor: Actor): ScopeIds {
  if (actor.roles.includes('admin') || actor.roles.includes('hr')) return 'all';
  if (actor.roles.includes('organizer')) return actor.eventIds;
  return [];
}

export function canReadCenter(actor: Actor, centerId: string): boolean {
  const scope = centerScope(actor);
  return scope === 'all' || scope.includes(centerId);
}

export function canReadEvent(actor: Actor, eventId: string): boolean {
  const scope = eventScope(actor);
  return scope === 'all' || scope.includes(eventId);
}
