import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { whereInScope, type Scope } from '../common/scope';
import type { EventListQueryDto } from './dto/event.dto';
import { EventEntity } from './entities/event.entity';
import { EventOrganizerEntity } from './entities/event-organizer.entity';

export type EventValues = Omit<EventEntity, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class EventsRepository {
  constructor(
    @InjectRepository(EventEntity) private readonly repo: Repository<EventEntity>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  list(query: EventListQueryDto, scope: Scope): Promise<[EventEntity[], number]> {
    const qb = whereInScope(this.repo.createQueryBuilder('e'), 'e.id', scope);
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.q) qb.andWhere('(e.name_az ILIKE :q OR e.name_en ILIKE :q OR e.name_ru ILIKE :q OR e.venue ILIKE :q)', { q: `%${query.q}%` });
    return pageOf(qb, query, { startsAt: 'e.starts_at', name: 'e.name_az', status: 'e.status' }, 'startsAt');
  }

  findOne(id: string, scope: Scope): Promise<EventEntity | null> {
    return whereInScope(this.repo.createQueryBuilder('e'), 'e.id', scope).andWhere('e.id = :id', { id }).getOne();
  }

  async count(scope: Scope, upcomingAfter?: Date): Promise<number> {
    const qb = whereInScope(this.repo.createQueryBuilder('e'), 'e.id', scope);
    if (upcomingAfter) qb.andWhere('e.ends_at >= :after', { after: upcomingAfter });
    return qb.getCount();
  }

  async countExisting(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.repo.createQueryBuilder('e').where('e.id IN (:...ids)', { ids: [...ids] }).getCount();
  }

  /** Organizer ids per event, for a page of events in one query. */
  async organizerIds(eventIds: readonly string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return map;
    const rows = await this.db.getRepository(EventOrganizerEntity).createQueryBuilder('o')
      .where('o.event_id IN (:...ids)', { ids: [...eventIds] }).orderBy('o.user_id').getMany();
    for (const r of rows) map.get(r.eventId)?.push(r.userId);
    return map;
  }

  /** Saves the event and replaces its organizers in one transaction. */
  async save(entity: EventEntity | null, values: Partial<EventValues>, organizerIds?: readonly string[]): Promise<EventEntity> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(EventEntity);
      const saved = await repo.save(entity ? repo.merge(entity, values) : repo.create(values));
      if (organizerIds) {
        await em.delete(EventOrganizerEntity, { eventId: saved.id });
        if (organizerIds.length) await em.insert(EventOrganizerEntity, organizerIds.map((userId) => ({ userId, eventId: saved.id })));
      }
      return saved;
    });
  }

  /** How many of these ids are users holding the organizer role (organizers must be such users). */
  async countOrganizers(userIds: readonly string[]): Promise<number> {
    if (userIds.length === 0) return 0;
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM user_roles WHERE role = 'organizer' AND user_id = ANY($1::uuid[])`, [
      [...userIds],
    ]);
    return row.n;
  }

  async remove(entity: EventEntity): Promise<void> {
    await this.repo.delete({ id: entity.id });
  }
}
