import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import type { ListQueryDto } from '../common/http/list-query.dto';
import type { Scope } from '../common/scope';
import { GroupMessageEntity } from './entities/group-message.entity';
import type { Recipient, Segment, SegmentPlace } from './messaging.types';

export interface MessageScope {
  centers: Scope;
  events: Scope;
}

export interface DeliveryCounts {
  queued: number;
  sent: number;
  failed: number;
  suppressed: number;
}

/** Live assignments: the people a shift counts on (not cancelled, not a no-show, not waiting). */
const LIVE = `('assigned', 'completed')`;

const RECIPIENT_COLUMNS = `v.id AS volunteer_id, v.user_id, v.full_name, v.email, COALESCE(u.locale, v.locale) AS locale,
  EXISTS (SELECT 1 FROM mail_unsubscribes m WHERE m.email = v.email) AS unsubscribed`;

/** Each segment kind: its place (center or event) and its recipients. The volunteer table is `v`. */
const SEGMENTS: Record<Segment['kind'], { place: string; recipients: string }> = {
  center: {
    place: `SELECT c.id AS center_id, NULL::uuid AS event_id, c.name_az, c.name_en, c.name_ru FROM centers c WHERE c.id = $1`,
    recipients: `FROM volunteers v WHERE v.home_center_id = $1 AND v.status = 'active'`,
  },
  event: {
    place: `SELECT NULL::uuid AS center_id, e.id AS event_id, e.name_az, e.name_en, e.name_ru FROM events e WHERE e.id = $1`,
    recipients: `FROM volunteers v WHERE v.status <> 'exited' AND EXISTS (
      SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
       WHERE a.volunteer_id = v.id AND s.event_id = $1 AND s.status <> 'cancelled' AND a.status IN ${LIVE})`,
  },
  shift: {
    place: `SELECT s.center_id, s.event_id, COALESCE(c.name_az, e.name_az) AS name_az, COALESCE(c.name_en, e.name_en) AS name_en,
              COALESCE(c.name_ru, e.name_ru) AS name_ru
              FROM shifts s LEFT JOIN centers c ON c.id = s.center_id LEFT JOIN events e ON e.id = s.event_id WHERE s.id = $1`,
    recipients: `FROM volunteers v WHERE v.status <> 'exited' AND EXISTS (
      SELECT 1 FROM shift_assignments a WHERE a.volunteer_id = v.id AND a.shift_id = $1 AND a.status IN ${LIVE})`,
  },
  position: {
    place: `SELECT p.center_id, p.event_id, COALESCE(c.name_az, e.name_az) AS name_az, COALESCE(c.name_en, e.name_en) AS name_en,
              COALESCE(c.name_ru, e.name_ru) AS name_ru
              FROM positions p LEFT JOIN centers c ON c.id = p.center_id LEFT JOIN events e ON e.id = p.event_id WHERE p.id = $1`,
    recipients: `FROM volunteers v WHERE v.status <> 'exited' AND EXISTS (
      SELECT 1 FROM shift_assignments a JOIN shifts s ON s.id = a.shift_id
       WHERE a.volunteer_id = v.id AND s.position_id = $1 AND s.status <> 'cancelled' AND s.ends_at > now() AND a.status = 'assigned')`,
  },
};

const inScope = (id: string | null, scope: Scope) => id !== null && (scope === 'all' || scope.includes(id));

@Injectable()
export class MessagingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The segment's place when it exists and lies in the caller's scope; null otherwise (→ 404). */
  async findPlace(segment: Segment, scope: MessageScope): Promise<SegmentPlace | null> {
    const [row] = await this.db.query(SEGMENTS[segment.kind].place, [segment.id]);
    if (!row) return null;
    const place: SegmentPlace = { centerId: row.center_id, eventId: row.event_id, name: { az: row.name_az, en: row.name_en, ru: row.name_ru } };
    return inScope(place.centerId, scope.centers) || inScope(place.eventId, scope.events) ? place : null;
  }

  /** Everyone in the segment, ordered by name; call only after `findPlace` checked the scope. */
  async recipients(segment: Segment, em: EntityManager | DataSource = this.db): Promise<Recipient[]> {
    const rows: { volunteer_id: string; user_id: string | null; full_name: string; email: string; locale: Recipient['locale']; unsubscribed: boolean }[] =
      await em.query(`SELECT ${RECIPIENT_COLUMNS} ${SEGMENTS[segment.kind].recipients.replace('FROM volunteers v', 'FROM volunteers v LEFT JOIN users u ON u.id = v.user_id')} ORDER BY v.full_name, v.id`, [segment.id]);
    return rows.map((r) => ({ volunteerId: r.volunteer_id, userId: r.user_id, fullName: r.full_name, email: r.email, locale: r.locale, unsubscribed: r.unsubscribed }));
  }

  async insert(em: EntityManager, values: Omit<GroupMessageEntity, 'id' | 'createdAt' | 'sender'>): Promise<GroupMessageEntity> {
    return em.save(GroupMessageEntity, em.create(GroupMessageEntity, values));
  }

  findByIdempotencyKey(senderId: string, key: string): Promise<GroupMessageEntity | null> {
    return this.db.getRepository(GroupMessageEntity).findOneBy({ senderId, idempotencyKey: key });
  }

  async list(query: ListQueryDto, scope: MessageScope): Promise<[GroupMessageEntity[], number]> {
    const qb = this.db.getRepository(GroupMessageEntity).createQueryBuilder('g');
    this.restrict(qb, scope);
    return pageOf(qb, query, { createdAt: 'g.created_at', recipientCount: 'g.recipient_count', subject: 'g.subject' }, 'createdAt');
  }

  async findOne(id: string, scope: MessageScope): Promise<GroupMessageEntity | null> {
    const qb = this.db.getRepository(GroupMessageEntity).createQueryBuilder('g').where('g.id = :id', { id });
    this.restrict(qb, scope);
    return qb.getOne();
  }

  /** How the deliveries of each message stand, in one query. */
  async deliveryCounts(ids: readonly string[]): Promise<Map<string, DeliveryCounts>> {
    const out = new Map<string, DeliveryCounts>();
    if (ids.length === 0) return out;
    const rows: { id: string; status: keyof DeliveryCounts; n: number }[] = await this.db.query(
      `SELECT group_message_id AS id, status, count(*)::int AS n FROM notification_deliveries WHERE group_message_id = ANY($1) GROUP BY 1, 2`,
      [ids],
    );
    for (const id of ids) out.set(id, { queued: 0, sent: 0, failed: 0, suppressed: 0 });
    for (const r of rows) {
      const counts = out.get(r.id);
      if (counts) counts[r.status] = r.n;
    }
    return out;
  }

  /** A message is visible to whoever may see its center or its event. */
  private restrict(qb: SelectQueryBuilder<GroupMessageEntity>, scope: MessageScope): void {
    if (scope.centers === 'all' && scope.events === 'all') return;
    const centers = scope.centers === 'all' ? null : [...scope.centers];
    const events = scope.events === 'all' ? null : [...scope.events];
    const parts: string[] = [];
    if (centers === null) parts.push('g.center_id IS NOT NULL');
    else if (centers.length) parts.push('g.center_id IN (:...centers)');
    if (events === null) parts.push('g.event_id IS NOT NULL');
    else if (events.length) parts.push('g.event_id IN (:...events)');
    qb.andWhere(parts.length ? `(${parts.join(' OR ')})` : '1 = 0', { centers, events });
  }
}
