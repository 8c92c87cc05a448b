import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import type { AuditListQueryDto } from './dto/audit.dto';

export interface ActorName { fullName: string; roles: string[] }
export interface TargetName { kind: 'person' | 'place' | 'thing' | 'shift'; name: { az: string; en: string; ru: string }; at: string | null }

export type NewAuditEntry = Pick<AuditEntryEntity, 'actorId' | 'actorEmail' | 'action' | 'entity' | 'entityId' | 'details' | 'requestId'>;

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly repo: Repository<AuditEntryEntity>) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    await this.repo.save(this.repo.create(entry));
  }

  /**
   * Display names for the audit log's sentences, in one query: the actors (name and roles) and every target
   * id looked up in the tables an audited action names — people by their name, places by their name in
   * three languages, a shift by its role and start. An id found nowhere (deleted, or not a record) stays null.
   */
  async names(actorIds: string[], targetIds: string[]): Promise<{ actors: Map<string, ActorName>; targets: Map<string, TargetName> }> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const actors = [...new Set(actorIds.filter((id) => uuid.test(id)))];
    const targets = [...new Set(targetIds.filter((id) => uuid.test(id)))];
    const [actorRows, targetRows] = await Promise.all([
      actors.length
        ? (this.repo.query(
          `SELECT u.id::text AS id, u.full_name AS "fullName", COALESCE(array_agg(r.role::text) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
             FROM users u LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.id = ANY($1::uuid[]) GROUP BY u.id`,
          [actors],
        ) as Promise<{ id: string; fullName: string; roles: string[] }[]>)
        : Promise.resolve([]),
      targets.length
        ? (this.repo.query(
          `SELECT id::text AS id, 'person' AS kind, full_name AS az, full_name AS en, full_name AS ru, NULL::timestamptz AS at FROM users WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'person', full_name, full_name, full_name, NULL FROM volunteers WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'person', full_name, full_name, full_name, NULL FROM applications WHERE id = ANY($1::uuid[])
           UNION ALL SELECT a.id::text, 'person', v.full_name, v.full_name, v.full_name, NULL FROM shift_assignments a JOIN volunteers v ON v.id = a.volunteer_id WHERE a.id = ANY($1::uuid[])
           UNION ALL SELECT h.id::text, 'person', v.full_name, v.full_name, v.full_name, NULL FROM hour_entries h JOIN volunteers v ON v.id = h.volunteer_id WHERE h.id = ANY($1::uuid[])
           UNION ALL SELECT c.id::text, 'person', v.full_name, v.full_name, v.full_name, NULL FROM certificates c JOIN volunteers v ON v.id = c.volunteer_id WHERE c.id = ANY($1::uuid[])
           UNION ALL SELECT c.id::text, 'person', v.full_name, v.full_name, v.full_name, NULL FROM candidates c JOIN volunteers v ON v.id = c.volunteer_id WHERE c.id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'place', name_az, name_en, name_ru, NULL FROM centers WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'place', name_az, name_en, name_ru, NULL FROM events WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'thing', name_az, name_en, name_ru, NULL FROM intakes WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'thing', name_az, name_en, name_ru, NULL FROM positions WHERE id = ANY($1::uuid[])
           UNION ALL SELECT t.id::text, 'thing', p.name_az, p.name_en, p.name_ru, NULL FROM shift_templates t JOIN positions p ON p.id = t.position_id WHERE t.id = ANY($1::uuid[])
           UNION ALL SELECT s.id::text, 'shift', p.name_az, p.name_en, p.name_ru, s.starts_at FROM shifts s JOIN positions p ON p.id = s.position_id WHERE s.id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'thing', name, name, name, NULL FROM kiosk_devices WHERE id = ANY($1::uuid[])
           UNION ALL SELECT id::text, 'thing', title, title, title, NULL FROM vacancies WHERE id = ANY($1::uuid[])`,
          [targets],
        ) as Promise<{ id: string; kind: TargetName['kind']; az: string; en: string; ru: string; at: Date | null }[]>)
        : Promise.resolve([]),
    ]);
    return {
      actors: new Map(actorRows.map((a) => [a.id, { fullName: a.fullName, roles: a.roles }])),
      targets: new Map(targetRows.map((t) => [t.id, { kind: t.kind, name: { az: t.az, en: t.en, ru: t.ru }, at: t.at ? new Date(t.at).toISOString() : null }])),
    };
  }

  list(query: AuditListQueryDto): Promise<[AuditEntryEntity[], number]> {
    const qb = this.repo.createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.q) {
      qb.andWhere('(a.action ILIKE :q OR a.actor_email ILIKE :q OR EXISTS (SELECT 1 FROM users u WHERE u.id = a.actor_id AND u.full_name ILIKE :q))', { q: `%${query.q}%` });
    }
    return pageOf(qb, query, { at: 'a.at', action: 'a.action', entity: 'a.entity' }, 'at');
  }
}
