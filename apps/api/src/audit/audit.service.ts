import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import type { Page } from '../common/http/list-query.dto';
import { AuditRepository } from './audit.repository';
import { AuditEntryDto, AuditListQueryDto, toAuditEntryDto } from './dto/audit.dto';

export interface AuditRecord {
  actor: Pick<AuthUser, 'id' | 'email'> | null;
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  requestId?: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditRepository) {}

  async record(r: AuditRecord): Promise<void> {
    await this.entries.insert({
      actorId: r.actor?.id ?? null,
      actorEmail: r.actor?.email ?? null,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId ?? null,
      details: r.details ?? {},
      requestId: r.requestId ?? null,
    });
  }

  async list(query: AuditListQueryDto): Promise<Page<AuditEntryDto>> {
    const [rows, total] = await this.entries.list(query);
    const { actors, targets } = await this.entries.names(
      rows.flatMap((r) => (r.actorId ? [r.actorId] : [])), rows.flatMap((r) => (r.entityId ? [r.entityId] : [])),
    );
    return { data: rows.map((r) => toAuditEntryDto(r, r.actorId ? actors.get(r.actorId) : undefined, r.entityId ? targets.get(r.entityId) : undefined)), total };
  }
}
