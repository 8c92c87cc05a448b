import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class StartRosterRunDto {
  @ApiPropertyOptional({ description: 'the center to roster (exactly one of centerId, eventId)' }) @IsOptional() @IsUUID() centerId?: string;
  @ApiPropertyOptional({ description: 'the event to roster' }) @IsOptional() @IsUUID() eventId?: string;
  @ApiProperty({ example: '2026-12-07', description: 'first day (Baku)' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) from!: string;
  @ApiProperty({ example: '2026-12-13', description: 'last day, inclusive; 31 days at most' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) to!: string;
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 120, description: 'how long the engine may search' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(120) timeLimitSeconds?: number;
}

export class RosterRunListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() centerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() eventId?: string;
}

type Name = { az: string; en: string; ru: string };

export interface RosterRunShiftDto {
  shiftId: string;
  startsAt: string;
  endsAt: string;
  position: { id: string; name: Name };
}

export interface RosterRunDto {
  id: string;
  centerId: string | null;
  eventId: string | null;
  from: string;
  to: string;
  status: string;
  progress: number;
  timeLimitSeconds: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  appliedAt: string | null;
  summary: { shifts: number; slots: number; filledBefore: number; proposed: number; unfilledSlots: number; elapsedMs: number } | null;
  proposals: (RosterRunShiftDto & { volunteerId: string; fullName: string })[];
  unfilled: (RosterRunShiftDto & { missing: number; reasons: string[] })[];
  applied: { assigned: number; skipped: (RosterRunShiftDto & { volunteerId: string; fullName: string; reason: string })[] } | null;
}
