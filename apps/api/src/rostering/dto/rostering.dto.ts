import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { CEFR_LEVELS, type CefrLevel } from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';
import { SHIFT_STATUSES, SHIFT_VISIBILITIES, type ShiftStatus, type ShiftVisibility } from '../rostering.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class NameDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() az!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() en!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() ru!: string;
}

export class LanguageRequirementDto {
  @ApiProperty({ example: 'en' }) @IsString() @Matches(/^[a-z]{2}$/) @MaxLength(2) language!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) @IsIn(CEFR_LEVELS) minLevel!: CefrLevel;
}

export class RequirementsDto {
  @ApiPropertyOptional({ type: [LanguageRequirementDto] })
  @IsArray() @ValidateNested({ each: true }) @Type(() => LanguageRequirementDto) @ArrayMaxSize(10) @IsOptional()
  languages?: LanguageRequirementDto[];

  @ApiPropertyOptional({ type: [String] }) @IsArray() @IsString({ each: true }) @MaxLength(100, { each: true }) @ArrayMaxSize(20) @IsOptional() qualifications?: string[];
  @ApiPropertyOptional() @IsInt() @Min(14) @Max(99) @IsOptional() minAge?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(0) @IsOptional() minApprovedMinutes?: number | null;
}

export class CreatePositionDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiProperty({ example: 'greeter' }) @Transform(trim) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/) @MaxLength(60) code!: string;
  @ApiProperty({ type: NameDto }) @ValidateNested() @Type(() => NameDto) name!: NameDto;
  @ApiPropertyOptional({ type: RequirementsDto }) @ValidateNested() @Type(() => RequirementsDto) @IsOptional() requirements?: RequirementsDto;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() active?: boolean;
}

export class UpdatePositionDto extends PartialType(OmitType(CreatePositionDto, ['centerId', 'eventId'] as const)) {}

export class PositionQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
}

export class PolicyDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiPropertyOptional({ description: 'minutes per Monday–Sunday week' }) @IsInt() @Min(0) @IsOptional() weeklyCapMinutes?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(0) @IsOptional() minRestMinutes?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(1) @IsOptional() maxShiftsPerDay?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(1) @IsOptional() noShowLimit?: number | null;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() swapNeedsApproval?: boolean;
  // Attendance (null = the default of AttendancePolicy in @dost/domain); the bounds are the table's CHECK.
  @ApiPropertyOptional({ description: 'check-in opens this many minutes before the start (default 30)' }) @IsInt() @Min(0) @Max(720) @IsOptional() checkInOpensMinutes?: number | null;
  @ApiPropertyOptional({ description: 'checked in later than start + this is late (default 10)' }) @IsInt() @Min(0) @Max(240) @IsOptional() lateGraceMinutes?: number | null;
  @ApiPropertyOptional({ description: 'at end + this a missing check-out is closed and nobody checked in is a no-show (default 60)' }) @IsInt() @Min(0) @Max(720) @IsOptional() closeGraceMinutes?: number | null;
  @ApiPropertyOptional({ description: 'worked minutes are rounded to a multiple of this (default 15)' }) @IsInt() @Min(1) @Max(60) @IsOptional() roundingMinutes?: number | null;
}

export class CreateShiftDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiProperty() @IsUUID() positionId!: string;
  @ApiProperty({ example: '2025-11-03T09:00:00+04:00' }) @IsISO8601({ strict: true }) @MaxLength(40) startsAt!: string;
  @ApiProperty({ example: '2025-11-03T13:00:00+04:00' }) @IsISO8601({ strict: true }) @MaxLength(40) endsAt!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(1000) slots!: number;
  @ApiPropertyOptional({ enum: SHIFT_VISIBILITIES }) @IsIn(SHIFT_VISIBILITIES) @IsOptional() visibility?: ShiftVisibility;
  @ApiPropertyOptional() @IsInt() @Min(0) @Max(365) @IsOptional() signupOpensDaysBefore?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(0) @Max(720) @IsOptional() cancellationCutoffHours?: number | null;
  @ApiPropertyOptional({ enum: SHIFT_STATUSES }) @IsIn(['draft', 'published']) @IsOptional() status?: ShiftStatus;
  @ApiPropertyOptional() @Transform(trim) @IsString() @MaxLength(500) @IsOptional() notes?: string | null;
}

export class UpdateShiftDto extends PartialType(OmitType(CreateShiftDto, ['centerId', 'eventId'] as const)) {
  @ApiPropertyOptional({ type: [String], description: 'Assignments to remove so that fewer slots still hold everyone left (each is mailed the reason)' })
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) @IsOptional() removeAssignmentIds?: string[];

  @ApiPropertyOptional({ description: 'Told to the people removed' }) @Transform(trim) @IsString() @MaxLength(500) @IsOptional() removeReason?: string;
}

export class CancelShiftDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class ShiftListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() positionId?: string;
  @ApiPropertyOptional({ enum: SHIFT_STATUSES }) @IsIn(SHIFT_STATUSES) @IsOptional() status?: ShiftStatus;
  @ApiPropertyOptional() @IsISO8601({ strict: true }) @MaxLength(40) @IsOptional() from?: string;
  @ApiPropertyOptional() @IsISO8601({ strict: true }) @MaxLength(40) @IsOptional() to?: string;
}

export class OpenShiftsQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() positionId?: string;
  @ApiPropertyOptional({ example: '2025-11-03' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() date?: string;
  @ApiPropertyOptional({ enum: ['mine', 'all'], description: "mine: the volunteer's home and preferred centers, and events; all (default): every center. Ignored when centerId or positionId is given." })
  @IsIn(['mine', 'all']) @IsOptional() centers?: 'mine' | 'all';
  @ApiPropertyOptional({ enum: ['open', 'all'], description: 'open: only shifts open for sign-up now and not full (own ones always); all (default): also those not open yet and full ones' })
  @IsIn(['open', 'all']) @IsOptional() show?: 'open' | 'all';
}

export class MyShiftsQueryDto {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'] }) @IsIn(['upcoming', 'past']) @IsOptional() when?: 'upcoming' | 'past';
}

export class SignupDto {
  @ApiPropertyOptional({ description: 'Join the waitlist when the shift is full' }) @IsBoolean() @IsOptional() waitlist?: boolean;
}

export class AssignDto {
  @ApiProperty() @IsUUID() volunteerId!: string;
  @ApiPropertyOptional({ description: 'Required when soft policies are overridden; audited' })
  @Transform(trim) @IsString() @MaxLength(500) @IsOptional() overrideReason?: string;
}

export class UnassignDto {
  @ApiPropertyOptional() @Transform(trim) @IsString() @MaxLength(500) @IsOptional() reason?: string;
}

export class CandidatesQueryDto {
  @ApiPropertyOptional({ example: 'tr' }) @Matches(/^[a-z]{2}$/) @MaxLength(2) @IsOptional() language?: string;
  @ApiPropertyOptional() @IsString() @MaxLength(100) @IsOptional() q?: string;
}

export class OfferSwapDto {
  @ApiPropertyOptional({ description: 'A colleague; omit for the open pool' }) @IsUUID() @IsOptional() toVolunteerId?: string;
}

export class DecideSwapDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
}

export class CreateTemplateDto {
  @ApiProperty() @IsUUID() centerId!: string;
  @ApiProperty() @IsUUID() positionId!: string;
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true }) weekdays!: number[];
  @ApiProperty({ example: '09:00' }) @Matches(TIME) @MaxLength(5) startTime!: string;
  @ApiProperty({ example: '13:00' }) @Matches(TIME) @MaxLength(5) endTime!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(1000) slots!: number;
  @ApiPropertyOptional({ enum: SHIFT_VISIBILITIES }) @IsIn(SHIFT_VISIBILITIES) @IsOptional() visibility?: ShiftVisibility;
  @ApiPropertyOptional() @IsInt() @Min(0) @Max(365) @IsOptional() signupOpensDaysBefore?: number | null;
  @ApiPropertyOptional() @IsInt() @Min(0) @Max(720) @IsOptional() cancellationCutoffHours?: number | null;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() active?: boolean;
}

export class UpdateTemplateDto extends PartialType(CreateTemplateDto) {}

export class TemplateQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
}

export class GenerateDto {
  @ApiProperty({ example: '2025-11-01' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) from!: string;
  @ApiProperty({ example: '2025-11-30' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) to!: string;
}

export class WeekQueryDto {
  @ApiProperty({ example: '2025-11-03', description: 'any day of the week' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) start!: string;
}

export class DayQueryDto {
  @ApiProperty({ example: '2025-11-03' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) date!: string;
}

export class RangeQueryDto {
  @ApiPropertyOptional() @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() from?: string;
  @ApiPropertyOptional() @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() to?: string;
}
