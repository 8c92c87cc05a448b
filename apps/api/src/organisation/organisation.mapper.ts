import { pathTo, regionalAncestor, type TreeNode } from '@dost/domain';
import type { CenterDto, CenterRefDto } from './dto/center.dto';
import type { EventDto } from './dto/event.dto';
import type { CenterEntity } from './entities/center.entity';
import type { EventEntity } from './entities/event.entity';

/** The whole network's nodes with names: paths and regions are read from it (a few hundred rows at most). */
export type NetworkNode = TreeNode & { name: CenterRefDto['name'] };

export function toCenterDto(c: CenterEntity, network: readonly NetworkNode[]): CenterDto {
  const byId = new Map(network.map((n) => [n.id, n]));
  const ref = (id: string | null): CenterRefDto | null => {
    const n = id ? byId.get(id) : undefined;
    return n ? { id: n.id, kind: n.kind, name: n.name } : null;
  };
  const path = pathTo(network, c.id).slice(0, -1).map(ref).filter((r): r is CenterRefDto => r !== null);
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
    parentId: c.parentId,
    path,
    regionalCenter: ref(regionalAncestor(network, c.id)),
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
