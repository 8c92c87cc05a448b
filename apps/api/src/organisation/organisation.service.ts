import { Injectable } from '@nestjs/common';
import { centerScope, eventScope, parentProblem } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { CentersRepository, type CenterValues } from './centers.repository';
import type { CenterDto, CenterListQueryDto, CoordinatorLinkViewDto, CreateCenterDto, UpdateCenterDto } from './dto/center.dto';
import type { CreateEventDto, EventDto, EventListQueryDto, UpdateEventDto } from './dto/event.dto';
import type { EventEntity } from './entities/event.entity';
import { EventsRepository, type EventValues } from './events.repository';
import { toCenterDto, toEventDto } from './organisation.mapper';

@Injectable()
export class OrganisationService {
  constructor(
    private readonly centers: CentersRepository,
    private readonly events: EventsRepository,
  ) {}

  async listCenters(actor: AuthUser, query: CenterListQueryDto): Promise<Page<CenterDto>> {
    const [[rows, total], network] = await Promise.all([this.centers.list(query, centerScope(actor)), this.centers.network()]);
    return { data: rows.map((c) => toCenterDto(c, network)), total };
  }

  async getCenter(actor: AuthUser, id: string): Promise<CenterDto> {
    const center = await this.centers.findOne(id, centerScope(actor));
    if (!center) throw ApiProblem.notFound();
    return toCenterDto(center, await this.centers.network());
  }

  async createCenter(dto: CreateCenterDto): Promise<CenterDto> {
    const network = await this.centers.network();
    assertParent(network, '00000000-0000-0000-0000-000000000000', dto.kind, dto.parentId ?? null);
    const saved = await this.centers.insert({ ...centerValues(dto), parentId: dto.parentId ?? null, demo: false } as CenterValues);
    return toCenterDto(saved, await this.centers.network());
  }

  /** An admin edits a center; a new parent or kind must keep the network a tree (@dost/domain parentProblem). */
  async updateCenter(id: string, dto: UpdateCenterDto): Promise<CenterDto> {
    const center = await this.centers.findOne(id, 'all');
    if (!center) throw ApiProblem.notFound();
    if (dto.parentId !== undefined || dto.kind !== undefined) {
      const parentId = dto.parentId === undefined ? center.parentId : dto.parentId;
      assertParent(await this.centers.network(), id, dto.kind ?? center.kind, parentId);
    }
    const saved = await this.centers.update(center, centerValues(dto));
    return toCenterDto(saved, await this.centers.network());
  }

  async coordinators(id: string): Promise<CoordinatorLinkViewDto[]> {
    if (!(await this.centers.findOne(id, 'all'))) throw ApiProblem.notFound();
    return this.centers.coordinatorLinks(id);
  }

  /** Links a coordinator to a center, with or without the center's whole subtree in their scope. */
  async setCoordinator(id: string, userId: string, includesSubtree: boolean): Promise<CoordinatorLinkViewDto[]> {
    if (!(await this.centers.findOne(id, 'all'))) throw ApiProblem.notFound();
    if (!(await this.centers.setCoordinatorLink(id, userId, includesSubtree))) throw ApiProblem.notFound();
    return this.centers.coordinatorLinks(id);
  }

  async deleteCenter(id: string): Promise<void> {
    const center = await this.centers.findOne(id, 'all');
    if (!center) throw ApiProblem.notFound();
    await this.centers.remove(center);
  }

  async listEvents(actor: AuthUser, query: EventListQueryDto): Promise<Page<EventDto>> {
    const [rows, total] = await this.events.list(query, eventScope(actor));
    return { data: await this.withOrganizers(rows), total };
  }

  async getEvent(actor: AuthUser, id: string): Promise<EventDto> {
    const event = await this.events.findOne(id, eventScope(actor));
    if (!event) throw ApiProblem.notFound();
    const [dto] = await this.withOrganizers([event]);
    return dto;
  }

  async createEvent(dto: CreateEventDto, actor?: AuthUser): Promise<EventDto> {
    const values = eventValues(dto);
    assertEndsAfterStart(values);
    await this.assertOrganizers(dto.organizerIds);
    // An organiser (not an admin) who creates an event becomes one of its organisers — in the same transaction as the
    // event — so it is in their scope at once; otherwise they could create an event they could never see again.
    const byOrganizer = !!actor && actor.roles.includes('organizer') && !actor.roles.includes('admin');
    const organizerIds = [...new Set([...(dto.organizerIds ?? []), ...(byOrganizer ? [actor.id] : [])])];
    const [saved] = await this.withOrganizers([await this.events.save(null, { status: 'draft', demo: false, ...values }, organizerIds)]);
    return saved;
  }

  async updateEvent(id: string, dto: UpdateEventDto): Promise<EventDto> {
    const event = await this.events.findOne(id, 'all');
    if (!event) throw ApiProblem.notFound();
    const values = eventValues(dto);
    assertEndsAfterStart({ startsAt: values.startsAt ?? event.startsAt, endsAt: values.endsAt ?? event.endsAt });
    await this.assertOrganizers(dto.organizerIds);
    const [saved] = await this.withOrganizers([await this.events.save(event, values, dto.organizerIds)]);
    return saved;
  }

  async deleteEvent(id: string): Promise<void> {
    const event = await this.events.findOne(id, 'all');
    if (!event) throw ApiProblem.notFound();
    await this.events.remove(event);
  }

  /** For other features (users): 400 on the field when some of the ids are not centers/events. */
  async assertCentersExist(ids: readonly string[], field = 'centerIds'): Promise<void> {
    const unique = [...new Set(ids)];
    if ((await this.centers.countExisting(unique)) !== unique.length) throw ApiProblem.validation([{ field, code: 'unknownCenter' }]);
  }

  async assertEventsExist(ids: readonly string[], field = 'eventIds'): Promise<void> {
    const unique = [...new Set(ids)];
    if ((await this.events.countExisting(unique)) !== unique.length) throw ApiProblem.validation([{ field, code: 'unknownEvent' }]);
  }

  async counts(actor: AuthUser, now: Date): Promise<{ centers: number; activeCenters: number; events: number; upcomingEvents: number }> {
    const cs = centerScope(actor);
    const es = eventScope(actor);
    const [centers, activeCenters, events, upcomingEvents] = await Promise.all([
      this.centers.count(cs),
      this.centers.count(cs, true),
      this.events.count(es),
      this.events.count(es, now),
    ]);
    return { centers, activeCenters, events, upcomingEvents };
  }

  private async assertOrganizers(ids: readonly string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    const unique = [...new Set(ids)];
    if ((await this.events.countOrganizers(unique)) !== unique.length) {
      throw ApiProblem.validation([{ field: 'organizerIds', code: 'notAnOrganizer' }]);
    }
  }

  private async withOrganizers(events: EventEntity[]): Promise<EventDto[]> {
    const organizers = await this.events.organizerIds(events.map((e) => e.id));
    return events.map((e) => toEventDto(e, organizers.get(e.id) ?? []));
  }
}

function centerValues(dto: UpdateCenterDto): Partial<CenterValues> {
  const { name, ...rest } = dto;
  return { ...rest, ...(name ? { nameAz: name.az, nameEn: name.en, nameRu: name.ru } : {}) };
}

function eventValues(dto: UpdateEventDto): Partial<EventValues> {
  const { name, organizerIds: _organizers, startsAt, endsAt, ...rest } = dto;
  return {
    ...rest,
    ...(name ? { nameAz: name.az, nameEn: name.en, nameRu: name.ru } : {}),
    ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
    ...(endsAt ? { endsAt: new Date(endsAt) } : {}),
  };
}

function assertParent(network: Parameters<typeof parentProblem>[0], id: string, kind: Parameters<typeof parentProblem>[2], parentId: string | null): void {
  const problem = parentProblem(network, id, kind, parentId);
  if (problem) throw ApiProblem.validation([{ field: problem === 'childrenNotBelow' ? 'kind' : 'parentId', code: problem }]);
}

function assertEndsAfterStart(v: { startsAt?: Date; endsAt?: Date }): void {
  if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt) throw ApiProblem.validation([{ field: 'endsAt', code: 'endsAfterStart' }]);
}
