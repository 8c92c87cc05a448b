import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { GuestsQueryDto } from './dto/event-guests.dto';
import { EventDelegationEntity } from './entities/event-delegation.entity';
import { EventGuestEntity } from './entities/event-guest.entity';
import { EventEntity } from '../organisation/entities/event.entity';
import { pageOf } from '../common/http/list-query';

export interface DelegationRow extends EventDelegationEntity {
  guestCount: number;
}

const SORTABLE = { fullName: 'g.fullName', country: 'g.country', arrivalAt: 'g.arrivalAt', createdAt: 'g.createdAt' };

/** Guests and delegations in the database. The service checks who may see the event before calling here. */
@Injectable()
export class EventGuestsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  event(id: string): Promise<EventEntity | null> {
    return this.ds.getRepository(EventEntity).findOne({ where: { id } });
  }

  async delegations(eventId: string): Promise<DelegationRow[]> {
    const rows = await this.ds.getRepository(EventDelegationEntity).find({ where: { eventId }, order: { name: 'ASC' } });
    const counts: { delegation_id: string; n: string }[] = await this.ds.query(
      `SELECT delegation_id, count(*) AS n FROM event_guests WHERE event_id = $1 AND delegation_id IS NOT NULL GROUP BY delegation_id`, [eventId],
    );
    const byId = new Map(counts.map((c) => [c.delegation_id, Number(c.n)]));
    return rows.map((d) => Object.assign(d, { guestCount: byId.get(d.id) ?? 0 }));
  }

  delegation(eventId: string, id: string, em: EntityManager = this.ds.manager): Promise<EventDelegationEntity | null> {
    return em.findOne(EventDelegationEntity, { where: { id, eventId } });
  }

  delegationByName(eventId: string, name: string, em: EntityManager = this.ds.manager): Promise<EventDelegationEntity | null> {
    return em.createQueryBuilder(EventDelegationEntity, 'd').where('d.eventId = :eventId AND lower(d.name) = lower(:name)', { eventId, name }).getOne();
  }

  saveDelegation(d: Partial<EventDelegationEntity>, em: EntityManager = this.ds.manager): Promise<EventDelegationEntity> {
    return em.save(EventDelegationEntity, em.create(EventDelegationEntity, d));
  }

  async deleteDelegation(eventId: string, id: string): Promise<boolean> {
    const r = await this.ds.getRepository(EventDelegationEntity).delete({ id, eventId });
    return (r.affected ?? 0) > 0;
  }

  async guests(eventId: string, q: GuestsQueryDto): Promise<[EventGuestEntity[], number]> {
    const qb = this.ds.getRepository(EventGuestEntity).createQueryBuilder('g').leftJoinAndSelect('g.delegation', 'd').where('g.eventId = :eventId', { eventId });
    if (q.delegationId) qb.andWhere('g.delegationId = :delegationId', { delegationId: q.delegationId });
    else if (q.delegation === 'none') qb.andWhere('g.delegationId IS NULL');
    if (q.country) qb.andWhere('g.country = :country', { country: q.country });
    if (q.q) qb.andWhere(`(g.fullName ILIKE :q OR g.organisation ILIKE :q)`, { q: `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` });
    return pageOf(qb, q, SORTABLE, 'fullName');
  }

  guest(eventId: string, id: string): Promise<EventGuestEntity | null> {
    return this.ds.getRepository(EventGuestEntity).findOne({ where: { id, eventId }, relations: { delegation: true } });
  }

  guestsByKeys(eventId: string, keys: string[], em: EntityManager = this.ds.manager): Promise<EventGuestEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return em.find(EventGuestEntity, { where: { eventId, importKey: In(keys) } });
  }

  saveGuest(g: Partial<EventGuestEntity>, em: EntityManager = this.ds.manager): Promise<EventGuestEntity> {
    return em.save(EventGuestEntity, em.create(EventGuestEntity, g));
  }

  async deleteGuest(eventId: string, id: string): Promise<boolean> {
    const r = await this.ds.getRepository(EventGuestEntity).delete({ id, eventId });
    return (r.affected ?? 0) > 0;
  }

  /**
   * Retention: the guests of events that ended before `endedBefore` and are not pseudonymised yet get "Qonaq #n"
   * (n: their place in the event's list by creation) and lose contact, needs, hotel, photo and the key made of
   * their name. Returns how many rows changed.
   */
  async pseudonymiseEndedBefore(endedBefore: Date, now: Date): Promise<number> {
    const rows: unknown[] = await this.ds.query(
      `WITH numbered AS (
         SELECT g.id, row_number() OVER (PARTITION BY g.event_id ORDER BY g.created_at, g.id) AS n
           FROM event_guests g JOIN events e ON e.id = g.event_id
          WHERE e.ends_at < $1
       )
       UPDATE event_guests g SET full_name = 'Qonaq #' || numbered.n, email = NULL, phone = NULL, needs = NULL, hotel = NULL,
              photo_path = NULL, import_key = 'p:' || g.id::text, pseudonymised_at = $2, updated_at = $2
         FROM numbered
        WHERE numbered.id = g.id AND g.pseudonymised_at IS NULL
       RETURNING g.id`,
      [endedBefore, now],
    );
    const affected = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
    return affected;
  }
}
