import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { HOUR_ENTRY_STATUSES, MANUAL_HOUR_CATEGORIES, MAX_MANUAL_MINUTES, type HourCategory, type HourEntrySource, type HourEntryStatus } from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** At most this many entries in one bulk decision (one screen of the queue is 100; 500 is the bench figure). */
export const MAX_DECIDE_IDS = 500;

// ——— queries ———

export class HourEntriesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: HOUR_ENTRY_STATUSES }) @IsIn(HOUR_ENTRY_STATUSES) @IsOptional() status?: HourEntryStatus;
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() volunteerId?: string;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'work date from (inclusive)' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() from?: string;
  @ApiPropertyOptional({ example: '2026-01-31', description: 'work date to (inclusive)' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() to?: string;
}

export class MyHourEntriesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: HOUR_ENTRY_STATUSES }) @IsIn(HOUR_ENTRY_STATUSES) @IsOptional() status?: HourEntryStatus;
}

// ——— commands ———

export class DecideHourEntriesDto {
  @ApiProperty({ type: [String], maxItems: MAX_DECIDE_IDS })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_DECIDE_IDS) @IsUUID('all', { each: true })
  ids!: string[];

  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) decision!: 'approved' | 'rejected';

  @ApiPropertyOptional({ description: 'Required to reject; the volunteer reads it.' })
  @Transform(trim) @IsString() @MaxLength(500) @IsOptional()
  reason?: string;
}

export class CorrectHourEntryDto {
  @ApiProperty({ minimum: 0, maximum: 1440 }) @IsInt() @Min(0) @Max(1440) minutes!: number;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class CreateMyHourEntryDto {
  @ApiProperty({ enum: MANUAL_HOUR_CATEGORIES }) @IsIn(MANUAL_HOUR_CATEGORIES) category!: Exclude<HourCategory, 'shift'>;
  @ApiProperty({ example: '2026-11-20' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) workDate!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_MANUAL_MINUTES }) @Type(() => Number) @IsInt() @Min(1) @Max(MAX_MANUAL_MINUTES) minutes!: number;
  @ApiProperty({ description: 'What the work was and what proves it' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) note!: string;
  @ApiPropertyOptional({ description: 'Default: the home center' }) @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
}

export class CreateHourEntryDto extends CreateMyHourEntryDto {
  @ApiProperty() @IsUUID() volunteerId!: string;
}

// ——— answers ———

export interface LocalisedName {
  az: string;
  en: string;
  ru: string;
}

export interface HourPlaceDto {
  kind: 'center' | 'event';
  id: string;
  name: LocalisedName;
}

export interface HourEntryDto {
  id: string;
  volunteerId: string;
  volunteerName: string;
  source: HourEntrySource;
  category: HourCategory;
  place: HourPlaceDto;
  centerId: string | null;
  eventId: string | null;
  shiftId: string | null;
  positionId: string | null;
  positionName: LocalisedName | null;
  workDate: string;
  minutes: number;
  originalMinutes: number;
  status: HourEntryStatus;
  flags: string[];
  note: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  createdAt: string;
}

export interface HourEntryChangeDto {
  id: string;
  action: 'created' | 'approved' | 'rejected' | 'corrected';
  at: string;
  byName: string | null;
  fromStatus: string | null;
  toStatus: string;
  fromMinutes: number | null;
  toMinutes: number;
  reason: string | null;
}

export interface HourEntryDetailDto extends HourEntryDto {
  history: HourEntryChangeDto[];
}

export interface DecideResultDto {
  changed: string[];
  unchanged: string[];
  missing: string[];
}

export interface MyHoursDto {
  totalMinutes: number;
  thisMonthMinutes: number;
  pendingMinutes: number;
  pendingCount: number;
  byPlace: (HourPlaceDto & { minutes: number })[];
  byPosition: { positionId: string; name: LocalisedName; minutes: number }[];
  byCategory: { category: HourCategory; minutes: number }[];
  /** The last 12 months, oldest first, months without hours as 0. */
  months: { month: string; minutes: number }[];
  milestones: { hours: number; reachedAt: string }[];
  nextMilestone: { hours: number; remainingMinutes: number } | null;
  /** Where a manual entry may be recorded: the home center first, then places served. */
  places: HourPlaceDto[];
  homeCenterId: string | null;
}
