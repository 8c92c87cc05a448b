import { centerScope, eventScope } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import type { Scope } from '../common/scope';

/**
 * Whom a staff member may see in the directory and on a profile: coordinators the people whose home center
 * they coordinate (the central `centerScope`, which follows the center tree for a regional coordinator),
 * organisers the people on their events' shifts, HR and admins everyone. A person with both roles sees both.
 */
export interface PeopleScope {
  centers: Scope;
  events: Scope;
}

export function peopleScope(actor: AuthUser): PeopleScope {
  return { centers: centerScope(actor), events: eventScope(actor) };
}

/** Appends the scope's SQL condition on the volunteer alias `v` to `params` ($n placeholders). */
export function peopleScopeSql(scope: PeopleScope, params: unknown[]): string {
  if (scope.centers === 'all' || scope.events === 'all') return 'TRUE';
  const parts: string[] = [];
  if (scope.centers.length) {
    params.push([...scope.centers]);
    parts.push(`v.home_center_id = ANY($${params.length}::uuid[])`);
  }
  if (scope.events.length) {
    params.push([...scope.events]);
    // Anyone on a shift of the event, in whatever state but cancelled (waitlisted people are on its list too).
    parts.push(`EXISTS (SELECT 1 FROM shift_assignments sa JOIN shifts s ON s.id = sa.shift_id
                 WHERE sa.volunteer_id = v.id AND sa.status <> 'cancelled' AND s.event_id = ANY($${params.length}::uuid[]))`);
  }
  return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
}
