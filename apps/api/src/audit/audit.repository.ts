import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOf } from '../common/http/list-query';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import type { AuditListQueryDto } from './dto/audit.dto';

export type NewAuditEntry = Pick<AuditEntryEntity, 'actorId' | 'actorEmail' | 'action' | 'entity' | 'entityId' | 'details' | 'requestId'>;

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly repo: Repository<AuditEntryEntity>) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    await this.repo.save(this.repo.create(entry));
  }

  list(query: AuditListQueryDto): Promise<[AuditEntryEntity[], number]> {
    const qb = this.repo.createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.q) qb.andWhere('(a.action ILIKE :q OR a.actor_email ILIKE :q)', { q: `%${query.q}%` });
    return pageOf(qb, query, { at: 'a.at', action: 'a.action', entity: 'a.entity' }, 'at');
  }
}
