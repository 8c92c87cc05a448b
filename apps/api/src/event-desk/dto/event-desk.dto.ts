import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { INCIDENT_KINDS, INCIDENT_STATUSES, type IncidentKind, type IncidentStatus } from '../entities/event-incident.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class BoardQueryDto {
  /** The day of the board (Baku calendar day); today when not given. */
  @ApiPropertyOptional({ example: '2026-10-24', maxLength: 10 }) @IsOptional() @MaxLength(10) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'isIsoDate' }) date?: string;
}

export class StandbyQueryDto {
  @ApiProperty({ description: 'The shift (a role at an hour) to find standby people for' }) @IsUUID() shiftId!: string;
}

export class ReplaceDto {
  @ApiProperty({ description: "The missing person's assignment" }) @IsUUID() assignmentId!: string;
  @ApiProperty({ description: 'The standby volunteer who takes the seat' }) @IsUUID() volunteerId!: string;
  @ApiProperty({ maxLength: 500, example: 'Növbə 10:00-da başladı, 10:15-dək gəlmədi, telefona cavab vermir.' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class CreateIncidentDto {
  @ApiProperty({ enum: INCIDENT_KINDS }) @IsIn(INCIDENT_KINDS) kind!: IncidentKind;
  @ApiPropertyOptional({ description: 'When it happened; now when not given' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40) occurredAt?: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) reportedBy!: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) handledBy?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) notes?: string;
}

export class UpdateIncidentDto {
  @ApiPropertyOptional({ enum: INCIDENT_STATUSES }) @IsOptional() @IsIn(INCIDENT_STATUSES) status?: IncidentStatus;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) handledBy?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) notes?: string;
}
