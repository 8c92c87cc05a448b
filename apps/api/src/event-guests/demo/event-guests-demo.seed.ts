import { addDays, bakuDateOf, bakuInstant } from '@dost/domain';
import type { EntityManager } from 'typeorm';
import { EventEntity } from '../../organisation/entities/event.entity';
import { EventDelegationEntity } from '../entities/event-delegation.entity';
import { EventGuestEntity } from '../entities/event-guest.entity';
import { DEMO_DELEGATIONS, DEMO_GUESTS, DEMO_PROGRAMME, WRONG_IN_SAMPLE } from './socgov-guests.data';

/** The future demo event the guests belong to (seeded by rostering's demo; docs/event-guests.md, "Demo"). */
export const DEMO_GUESTS_EVENT_NAME_EN = 'Youth and Digital Services Forum (demo)';

/**
 * Delegations (with their programme) and 38 of the 40 guests of docs/samples/socgov-guests.csv on the future demo
 * forum, as if its list had been imported once with the file's two wrong rows skipped: importing the sample again
 * shows 38 updates and the two errors; fixed, they are added.
 */
export async function seedEventGuestsDemo(em: EntityManager, _now: Date): Promise<void> {
  const event = await em.findOne(EventEntity, { where: { nameEn: DEMO_GUESTS_EVENT_NAME_EN } });
  if (!event) return;
  const day = bakuDateOf(event.startsAt.getTime());
  const at = (offset: number, time: string) => new Date(bakuInstant(addDays(day, offset), time));
  const programme = DEMO_PROGRAMME.map((p) => ({ kind: p.kind, title: p.title, startsAt: at(p.day, p.from).toISOString(), endsAt: at(p.day, p.to).toISOString(), place: p.place }));
  const delegations = new Map<string, string>();
  for (const d of DEMO_DELEGATIONS) {
    const saved = await em.save(EventDelegationEntity, em.create(EventDelegationEntity, {
      eventId: event.id, name: d.name, country: d.country, languages: d.languages, minLevel: d.minLevel, liaisonsNeeded: d.liaisonsNeeded, programme, notes: null,
    }));
    delegations.set(d.name, saved.id);
  }
  await em.insert(EventGuestEntity, DEMO_GUESTS.filter((g) => !WRONG_IN_SAMPLE[g.key]).map((g) => ({
    eventId: event.id, delegationId: g.delegation ? delegations.get(g.delegation) ?? null : null, importKey: `k:${g.key}`, fullName: g.name, country: g.country,
    organisation: g.organisation, languages: g.languages, arrivalAt: at(g.arrival.day, g.arrival.time), arrivalPlace: g.arrival.place,
    departureAt: at(g.departure.day, g.departure.time), departurePlace: g.departure.place, hotel: g.hotel, needs: g.needs, vip: g.vip,
    email: null, phone: null,
  })));
}
