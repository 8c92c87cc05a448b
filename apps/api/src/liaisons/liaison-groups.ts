import type { CefrLevel, LiaisonGroup } from '@dost/domain';
import type { EventDelegationEntity } from '../event-guests/entities/event-delegation.entity';
import type { EventGuestEntity } from '../event-guests/entities/event-guest.entity';

/** A delegation, or a VIP guest who belongs to none: whom a set of liaison duties serves. */
export interface Group extends LiaisonGroup {
  id: string;
  type: 'delegation' | 'guest';
  name: string;
  country: string;
  languages: string[];
  minLevel: CefrLevel;
}

const HOUR = 3_600_000;

/**
 * The groups of an event that get liaisons: every delegation (its pick-up from the programme's arrival line, else its
 * guests' earliest arrival) and every VIP guest without a delegation (pick-up at their arrival, a liaison in the two
 * hours before their departure). Pseudonymised guests are gone from the event's business.
 */
export function liaisonGroupsOf(delegations: readonly EventDelegationEntity[], guests: readonly EventGuestEntity[]): Group[] {
  const earliestArrival = (list: readonly EventGuestEntity[]) => {
    const first = list.filter((g) => g.arrivalAt).sort((a, b) => +(a.arrivalAt ?? 0) - +(b.arrivalAt ?? 0))[0];
    return first?.arrivalAt ? { at: first.arrivalAt.toISOString(), place: first.arrivalPlace } : null;
  };
  const live = guests.filter((g) => !g.pseudonymisedAt);
  return [
    ...delegations.map((d): Group => ({
      id: d.id, type: 'delegation', name: d.name, country: d.country, languages: d.languages ?? [], minLevel: d.minLevel, liaisonsNeeded: d.liaisonsNeeded,
      programme: d.programme ?? [], guestArrival: earliestArrival(live.filter((g) => g.delegationId === d.id)),
    })),
    ...live.filter((g) => g.vip && !g.delegationId).map((g): Group => ({
      id: g.id, type: 'guest', name: g.fullName, country: g.country, languages: g.languages ?? [], minLevel: 'B2', liaisonsNeeded: 1,
      programme: g.departureAt
        ? [{ kind: 'departure', title: g.departurePlace ?? '', startsAt: new Date(+g.departureAt - 2 * HOUR).toISOString(), endsAt: g.departureAt.toISOString(), place: g.departurePlace ?? '' }]
        : [],
      guestArrival: g.arrivalAt ? { at: g.arrivalAt.toISOString(), place: g.arrivalPlace } : null,
    })),
  ];
}
