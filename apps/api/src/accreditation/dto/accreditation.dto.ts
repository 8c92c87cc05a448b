import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsSingleLine } from '../../common/http/text.validators';
import { GUEST_ACCESS, type GuestAccess } from '../entities/event-zone.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

export const BADGE_LAYOUTS = ['sheet', 'single'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];

export class ZoneNameDto {
  @ApiProperty({ maxLength: 100, example: 'Plenar zal' }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(100) az!: string;
  @ApiProperty({ maxLength: 100, example: 'Plenary hall' }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(100) en!: string;
  @ApiProperty({ maxLength: 100, example: 'Пленарный зал' }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(100) ru!: string;
}

export class ZoneDto {
  @ApiPropertyOptional({ description: 'An existing zone of the event (kept and updated); none: a new zone' }) @IsOptional() @IsUUID() id?: string;
  @ApiProperty({ type: ZoneNameDto }) @ValidateNested() @Type(() => ZoneNameDto) name!: ZoneNameDto;
  @ApiProperty({ example: '#C62828', description: 'The colour band on the badge, #RRGGBB' })
  @Transform(upper) @IsString() @MaxLength(7) @Matches(/^#[0-9A-F]{6}$/, { message: 'zoneColor' }) color!: string;
  @ApiProperty({ enum: GUEST_ACCESS, description: 'Which guests enter: none, VIP guests, every guest' }) @IsIn(GUEST_ACCESS) guestAccess!: GuestAccess;
  @ApiProperty({ type: [String], description: "The event's positions whose people enter on the days they work them" })
  @IsArray() @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true }) positionIds!: string[];
}

/** The whole set of an event's zones, in order: zones left out are deleted. */
export class SaveZonesDto {
  @ApiProperty({ type: [ZoneDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ZoneDto) zones!: ZoneDto[];
}

export class BadgePdfQueryDto {
  @ApiPropertyOptional({ enum: BADGE_LAYOUTS, default: 'sheet', description: 'sheet: A4, four 90×140 mm badges with crop marks; single: one 90×140 mm badge per page' })
  @IsOptional() @IsIn(BADGE_LAYOUTS) layout?: BadgeLayout;
  @ApiPropertyOptional({
    type: 'array', items: { type: 'string', format: 'uuid', maxLength: 36 }, maxItems: 500,
    description: 'Only these badges (ids, repeated or comma separated); none: every live badge of the event',
  })
  @IsOptional() @Transform(list) @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids?: string[];
}

export class ReprintBadgeDto {
  @ApiProperty({ description: 'The live badge to replace' }) @IsUUID() badgeId!: string;
}

export class ScanDto {
  @ApiProperty({ minLength: 16, maxLength: 64, description: 'The token from the QR code' })
  @IsString() @MinLength(16) @MaxLength(64) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'badgeToken' }) token!: string;
  @ApiPropertyOptional({ example: '2026-10-24', description: 'The day to check (Baku); default today' })
  @IsOptional() @IsString() @MaxLength(10) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'isIsoDate' }) day?: string;
}
