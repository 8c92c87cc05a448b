import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsSingleLine } from '../../common/http/text.validators';
import { SHIFT_VISIBILITIES, type ShiftVisibility } from '../rostering.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One line of the organiser's grid: a position at a place, from–to (Baku), with so many people. */
export class EventBlockDto {
  @ApiProperty() @IsUUID() positionId!: string;
  @ApiProperty({ example: '09:00' }) @Matches(TIME, { message: 'isTime' }) @MaxLength(5) startTime!: string;
  @ApiProperty({ example: '13:00', description: 'at or before startTime = the next day' }) @Matches(TIME, { message: 'isTime' }) @MaxLength(5) endTime!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(1000) slots!: number;
  @ApiPropertyOptional({ description: 'Where on the site (hall, entrance…); kept as the shift’s note' })
  @Transform(trim) @IsString() @MaxLength(200) @IsSingleLine() @IsOptional() place?: string;
}

export class CreateEventBlocksDto {
  @ApiProperty({ type: [String], example: ['2026-05-12'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(31) @Matches(DATE, { each: true, message: 'isIsoDate' }) @MaxLength(10, { each: true }) dates!: string[];

  @ApiProperty({ type: [EventBlockDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => EventBlockDto) blocks!: EventBlockDto[];

  @ApiPropertyOptional({ enum: SHIFT_VISIBILITIES }) @IsIn(SHIFT_VISIBILITIES) @IsOptional() visibility?: ShiftVisibility;
  @ApiPropertyOptional() @IsInt() @Min(0) @Max(365) @IsOptional() signupOpensDaysBefore?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(0) @Max(720) @IsOptional() cancellationCutoffHours?: number | null;
}

export class CopyEventDayDto {
  @ApiProperty({ example: '2026-05-12' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) from!: string;
  @ApiProperty({ type: [String], example: ['2026-05-13'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(31) @Matches(DATE, { each: true, message: 'isIsoDate' }) @MaxLength(10, { each: true }) to!: string[];
}

export class StaffingAreaDto {
  @ApiProperty({ type: [String], example: ['Bakı'], description: 'Region names as the centers have them' })
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(100, { each: true }) regions!: string[];

  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) centerIds!: string[];
}
