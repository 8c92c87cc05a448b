import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsSingleLine } from '../../common/http/text.validators';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const DAY_KINDS = ['holiday', 'transferred', 'closure'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export class DayNameDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() az!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() en!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() ru!: string;
}

/** The former editable row: PUT /non-working-days adds (or replaces) a day off on that date. */
export class NonWorkingDayDto {
  @ApiProperty({ example: '2026-03-20' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) date!: string;
  @ApiProperty({ enum: DAY_KINDS }) @IsIn(DAY_KINDS) kind!: DayKind;
  @ApiProperty({ type: DayNameDto }) @ValidateNested() @Type(() => DayNameDto) name!: DayNameDto;
  @ApiPropertyOptional({ nullable: true, description: 'Why (e.g. the decree)' }) @Transform(trim) @IsString() @MaxLength(500) @IsOptional() note?: string | null;
}

export class NonWorkingDayViewDto {
  @ApiProperty() date!: string;
  @ApiProperty({ enum: DAY_KINDS }) kind!: DayKind;
  @ApiProperty({ type: DayNameDto }) name!: DayNameDto;
  @ApiProperty({ enum: ['computed', 'override'], description: 'by the Labour Code, or added by an admin' }) source!: 'computed' | 'override';
  @ApiProperty({ nullable: true, type: String, maxLength: 500 }) note!: string | null;
}

export class RemovedDayDto {
  @ApiProperty() date!: string;
  @ApiProperty({ type: DayNameDto, description: 'the computed day an admin made a working day' }) name!: DayNameDto;
  @ApiProperty({ nullable: true, type: String, maxLength: 500 }) note!: string | null;
}

export class CalendarYearDto {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'an admin checked the list against the Cabinet\'s decision' }) confirmed!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) confirmedAt!: string | null;
  @ApiProperty({ type: [NonWorkingDayViewDto] }) days!: NonWorkingDayViewDto[];
  @ApiProperty({ type: [RemovedDayDto] }) removed!: RemovedDayDto[];
}

export class OverrideDto {
  @ApiProperty({ enum: ['add', 'remove'] }) @IsIn(['add', 'remove']) action!: 'add' | 'remove';
  @ApiPropertyOptional({ enum: DAY_KINDS }) @ValidateIf((o: OverrideDto) => o.action === 'add') @IsIn(DAY_KINDS) kind?: DayKind;
  @ApiPropertyOptional({ type: DayNameDto }) @ValidateIf((o: OverrideDto) => o.action === 'add') @ValidateNested() @Type(() => DayNameDto) name?: DayNameDto;
  @ApiPropertyOptional({ nullable: true }) @Transform(trim) @IsString() @MaxLength(500) @IsOptional() note?: string | null;
}

export class ConfirmYearDto {
  @ApiProperty() @IsBoolean() confirmed!: boolean;
}

export class DaysRangeQueryDto {
  @ApiPropertyOptional() @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() from?: string;
  @ApiPropertyOptional() @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() to?: string;
}
