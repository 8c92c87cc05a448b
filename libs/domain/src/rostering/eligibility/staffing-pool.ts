/**
 * Who may staff where — the one rule behind eligibility, the candidate list, self sign-up and auto-fill.
 *
 * A center's pool is its own volunteers (home center) and those who chose it as a preferred center.
 * An event's pool is everyone whose home or preferred center lies in the area its organiser chose
 * (regions and/or single centers); an event with no area chosen draws on the whole network.
 * Everyone else is outside the pool: a volunteer cannot sign up there, auto-fill never proposes them,
 * and a coordinator may still assign them by an explicit override with a reason (audited).
 */

/** Where a shift takes place, as the pool rule needs it. */
export type StaffingPlace =
  | { kind: 'center'; centerId: string }
  /** `regions`/`centerIds` empty = no area chosen = the whole network. */
  | { kind: 'event'; regions: readonly string[]; centerIds: readonly string[] };

export interface PoolVolunteer {
  homeCenterId: string | null;
  preferredCenterIds: readonly string[];
}

/** Why a volunteer is in the pool (shown as a hint in lists), or that they are not. */
export type PoolVerdict =
  | { inPool: true; via: 'home' | 'preferred' | 'event-area' | 'whole-network' }
  | { inPool: false; place: StaffingPlace['kind'] };

/**
 * @param regionOf a center's region ('Bakı', 'Qarabağ'…: the top regional ancestor once centers form a
 *   tree); null when unknown. Only events use it.
 */
export function staffingPoolVerdict(
  volunteer: PoolVolunteer,
  place: StaffingPlace,
  regionOf: (centerId: string) => string | null = () => null,
): PoolVerdict {
  if (place.kind === 'center') {
    if (volunteer.homeCenterId === place.centerId) return { inPool: true, via: 'home' };
    if (volunteer.preferredCenterIds.includes(place.centerId)) return { inPool: true, via: 'preferred' };
    return { inPool: false, place: 'center' };
  }
  if (place.regions.length === 0 && place.centerIds.length === 0) return { inPool: true, via: 'whole-network' };
  const theirs = [volunteer.homeCenterId, ...volunteer.preferredCenterIds].filter((c): c is string => c != null);
  const inArea = theirs.some((c) => place.centerIds.includes(c) || place.regions.includes(regionOf(c) ?? '\u0000'));
  return inArea ? { inPool: true, via: 'event-area' } : { inPool: false, place: 'event' };
}

/** Filters a list of volunteers down to the pool of one place (auto-fill's input). */
export function staffingPoolOf<V extends PoolVolunteer>(volunteers: readonly V[], place: StaffingPlace, regionOf?: (centerId: string) => string | null): V[] {
  return volunteers.filter((v) => staffingPoolVerdict(v, place, regionOf).inPool);
}
