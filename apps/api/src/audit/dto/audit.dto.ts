import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import type { AuditEntryEntity } from '../entities/audit-entry.entity';

export class AuditListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsString() @MaxLength(60) @IsOptional() action?: string;
  @ApiPropertyOptional() @IsString() @MaxLength(60) @IsOptional() entity?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() actorId?: string;
}

export class AuditTargetDto {
  @ApiProperty({ enum: ['person', 'place', 'thing', 'shift'] }) kind!: 'person' | 'place' | 'thing' | 'shift';
  @ApiProperty({ description: 'az/en/ru (a person\'s name is the same in each)' }) name!: { az: string; en: string; ru: string };
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'a shift\'s start' }) at!: string | null;
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
  /** For the sentence "Aysel Məmmədova (koordinator) …": the actor's name now and their highest staff role. */
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty({ nullable: true, enum: ['admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant'] }) actorRole!: string | null;
  @ApiProperty({ nullable: true, type: AuditTargetDto }) target!: AuditTargetDto | null;
}

const ROLE_ORDER = ['admin', 'hr', 'coordinator', 'organizer', 'volunteer', 'applicant'];

/** The highest role of the actor: what the sentence names in brackets. */
export function primaryRole(roles: readonly string[]): string | null {
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? null;
}

export function toAuditEntryDto(
  e: AuditEntryEntity, actor?: { fullName: string; roles: string[] }, target?: AuditTargetDto,
): AuditEntryDto {
  return {
    actorName: actor?.fullName ?? null,
    actorRole: actor ? primaryRole(actor.roles) : null,
    target: target ?? null,
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
