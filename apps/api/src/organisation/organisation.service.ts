import { Injectable } from '@nestjs/common';
import { centerScope, eventScope } from '@dost/domain';
import type { AuthUser } from '../common/auth-user';
import { ApiProblem } from '../common/http/api-problem';
import type { Page } from '../common/http/list-query.dto';
import { CentersRepository, type CenterValues } from './centers.repository';
import type { CenterDto, CenterListQueryDto, CreateCenterDto, UpdateCenterDto } from './dto/center.dto';
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
    const [rows, total] = await this.centers.list(query, centerScope(actor));
    return { data: rows.map(toCenterDto), total };
  }

  async getCenter(actor: AuthUser, id: string): Promise<CenterDto> {
    const center = await this.centers.findOne(id, centerScope(actor));
    if (!center) throw ApiProblem.notFound();
    return toCenterDto(center);
  }

  async createCenter(dto: CreateCenterDto): Promise<CenterDto> {
    return toCenterDto(await this.centers.insert({ ...centerValues(dto), demo: false } as CenterValues));
  }

  async updateCenter(id: string, dto: UpdateCenterDto): Promise<CenterDto> {
    const center = await this.centers.findOne(id, 'all');
    if (!center) throw ApiProblem.notFound();
    return toCenterDto(await this.centers.update(center, centerValues(dto)));
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

  async createEvent(dto: CreateEventDto): Promise<EventDto> {
    const values = eventValues(dto);
    assertEndsAfterStart(values);
    await this.assertOrganizers(dto.organizerIds);
    const [saved] = await this.withOrganizers([await this.events.save(null, { status: 'draft', demo: false, ...values }, dto.organizerIds ?? [])]);
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

function assertEndsAfterStart(v: { startsAt?: Date; endsAt?: Date }): void {
  if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt) throw ApiProblem.validation([{ field: 'endsAt', code: 'endsAfterStart' }]);
}
