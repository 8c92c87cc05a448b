import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ACTIONS = ['in', 'out'] as const;
export const MARKS = ['present', 'late', 'absent'] as const;
export type Mark = (typeof MARKS)[number];

export class CreateKioskDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiProperty({ example: 'Giriş planşeti' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
}

export class KioskQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
}

export class PlaceQueryDto extends KioskQueryDto {}

export class KioskPinDto {
  @ApiProperty() @IsUUID() volunteerId!: string;
  /** Any string up to 12 characters: a wrong format is just a wrong PIN (401), never a hint. */
  @ApiProperty({ example: '480263' }) @IsString() @MaxLength(12) pin!: string;
  @ApiProperty({ enum: ACTIONS }) @IsIn(ACTIONS) action!: 'in' | 'out';
}

export class KioskSyncItemDto extends KioskPinDto {
  /** The kiosk's idempotency key for the tap (echoed in the result). */
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) key!: string;
  /** When the tap happened, by the tablet's clock. */
  @ApiProperty() @IsISO8601({ strict: true }) @MaxLength(40) clientAt!: string;
}

export class KioskSyncDto {
  @ApiProperty({ type: [KioskSyncItemDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => KioskSyncItemDto)
  items!: KioskSyncItemDto[];
}

export class ScanDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) code!: string;
  @ApiPropertyOptional({ enum: ACTIONS }) @IsIn(ACTIONS) @IsOptional() action?: 'in' | 'out';
}

export class SetPinDto {
  @ApiProperty({ example: '480263' }) @IsString() @MaxLength(12) pin!: string;
}

export class MarkDto {
  @ApiProperty() @IsUUID() assignmentId!: string;
  @ApiProperty({ enum: MARKS }) @IsIn(MARKS) mark!: Mark;
  /** The arrival time of a late mark (ISO instant). */
  @ApiPropertyOptional() @IsISO8601({ strict: true }) @MaxLength(40) @IsOptional() at?: string;
}

export class MarkAttendanceDto {
  @ApiPropertyOptional({ type: [MarkDto] })
  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => MarkDto) @IsOptional()
  marks?: MarkDto[];

  @ApiPropertyOptional() @IsBoolean() @IsOptional() allPresent?: boolean;
}

export class NoShowCorrectionDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
  @ApiPropertyOptional() @IsISO8601({ strict: true }) @MaxLength(40) @IsOptional() checkInAt?: string;
  @ApiPropertyOptional() @IsISO8601({ strict: true }) @MaxLength(40) @IsOptional() checkOutAt?: string;
}

export class ReasonDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}
