import { staffingPoolOf, staffingPoolVerdict, type PoolVerdict, type PoolVolunteer, type StaffingPlace } from './staffing-pool';

const REGION: Record<string, string> = { baku1: 'Bakı', baku2: 'Bakı', barda: 'Qarabağ', agali: 'Şərqi Zəngəzur', sumqayit: 'Abşeron-Xızı' };
const regionOf = (c: string): string | null => REGION[c] ?? null;
const v = (homeCenterId: string | null, ...preferredCenterIds: string[]): PoolVolunteer => ({ homeCenterId, preferredCenterIds });
const center = (centerId: string): StaffingPlace => ({ kind: 'center', centerId });
const event = (regions: string[], centerIds: string[] = []): StaffingPlace => ({ kind: 'event', regions, centerIds });

describe('staffingPoolVerdict', () => {
  it.each<[string, PoolVolunteer, StaffingPlace, PoolVerdict]>([
    ['home center', v('barda'), center('barda'), { inPool: true, via: 'home' }],
    ['preferred center', v('baku1', 'baku2'), center('baku2'), { inPool: true, via: 'preferred' }],
    ['another center of the same region is not enough', v('baku1'), center('baku2'), { inPool: false, place: 'center' }],
    ['Barda volunteer at a Baku center', v('barda'), center('baku1'), { inPool: false, place: 'center' }],
    ['no home center, nothing preferred', v(null), center('baku1'), { inPool: false, place: 'center' }],
    ['event without an area: the whole network', v('agali'), event([]), { inPool: true, via: 'whole-network' }],
    ['event without an area takes people without a home center', v(null), event([]), { inPool: true, via: 'whole-network' }],
    ['Baku-only event, Baku volunteer', v('baku2'), event(['Bakı']), { inPool: true, via: 'event-area' }],
    ['Baku-only event, Barda volunteer', v('barda'), event(['Bakı']), { inPool: false, place: 'event' }],
    ['Baku-only event, Barda volunteer who prefers a Baku center', v('barda', 'baku1'), event(['Bakı']), { inPool: true, via: 'event-area' }],
    ['event area by single center', v('sumqayit'), event([], ['sumqayit']), { inPool: true, via: 'event-area' }],
    ['event area by single center, another center of its region', v('baku1'), event([], ['baku2']), { inPool: false, place: 'event' }],
    ['regions and centers together', v('barda'), event(['Bakı'], ['barda']), { inPool: true, via: 'event-area' }],
    ['unknown region never matches', v('nowhere'), event(['Bakı']), { inPool: false, place: 'event' }],
    ['no home center, area chosen', v(null), event(['Bakı']), { inPool: false, place: 'event' }],
  ])('%s', (_name, volunteer, place, verdict) => {
    expect(staffingPoolVerdict(volunteer, place, regionOf)).toEqual(verdict);
  });

  it('filters a list to the pool (auto-fill input)', () => {
    const people = [{ id: 'a', ...v('baku1') }, { id: 'b', ...v('barda') }, { id: 'c', ...v('agali', 'baku2') }];
    expect(staffingPoolOf(people, event(['Bakı']), regionOf).map((p) => p.id)).toEqual(['a', 'c']);
    expect(staffingPoolOf(people, center('barda')).map((p) => p.id)).toEqual(['b']);
  });
});
