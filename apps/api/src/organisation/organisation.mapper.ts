import type { CenterDto } from './dto/center.dto';
import type { EventDto } from './dto/event.dto';
import type { CenterEntity } from './entities/center.entity';
import type { EventEntity } from './entities/event.entity';

export function toCenterDto(c: CenterEntity): CenterDto {
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    region: c.region,
    name: { az: c.nameAz, en: c.nameEn, ru: c.nameRu },
    address: c.address,
    latitude: c.latitude,
    longitude: c.longitude,
    phone: c.phone,
    openingHours: c.openingHours,
    active: c.active,
    demo: c.demo,
  };
}

export function toEventDto(e: EventEntity, organizerIds: string[]): EventDto {
  return {
    id: e.id,
    name: { az: e.nameAz, en: e.nameEn, ru: e.nameRu },
    venue: e.venue,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    status: e.status,
    organizerIds,
    demo: e.demo,
  };
}
