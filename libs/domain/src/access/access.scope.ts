export const ROLES = ['admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, as far as authorisation cares. A person may hold several roles at once. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  /** Centers a coordinator coordinates. Ignored for other roles. */
  centerIds: readonly string[];
  /** Events an organizer organises. Ignored for other roles. */
  eventIds: readonly string[];
}

/** Everything, or a list of ids. An empty list means nothing: deny by default. */
export type ScopeIds = 'all' | readonly string[];

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** The centers whose data an actor may read: admins and HR see the whole network, coordinators their own. */
export function centerScope(actor: Actor): ScopeIds {
  if (hasRole(actor, 'admin') || hasRole(actor, 'hr')) return 'all';
  if (hasRole(actor, 'coordinator')) return actor.centerIds;
  return [];
}

/** The events whose data an actor may read: admins and HR (agency-wide, DESIGN.md) all, organizers their own. */
export function eventScope(actor: Actor): ScopeIds {
  if (hasRole(actor, 'admin') || hasRole(actor, 'hr')) return 'all';
  if (hasRole(actor, 'organizer')) return actor.eventIds;
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
