import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import type { AuditEntryEntity } from '../entities/audit-entry.entity';

export class AuditListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsString() @MaxLength(60) @IsOptional() action?: string;
  @ApiPropertyOptional() @IsString() @MaxLength(60) @IsOptional() entity?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() actorId?: string;
}

export class AuditEntryDto {
  id!: string;
  at!: string;
  actorId!: string | null;
  actorEmail!: string | null;
  action!: string;
  entity!: string;
  entityId!: string | null;
  details!: Record<string, unknown>;
}

export function toAuditEntryDto(e: AuditEntryEntity): AuditEntryDto {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    details: e.details,
  };
}
