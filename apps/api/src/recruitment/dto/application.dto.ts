import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  APPLICATION_STATUSES, CEFR_LEVELS, HALF_DAYS,
} from '@dost/domain';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';

export class ApplicationListQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() intakeId?: string;
  @ApiPropertyOptional({ description: 'Applications to the intake of this event' }) @IsOptional() @IsUUID() eventId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() centerId?: string;
  @ApiPropertyOptional({ description: 'One status or several, comma separated', type: [String], enum: APPLICATION_STATUSES })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray() @ArrayMaxSize(APPLICATION_STATUSES.length) @IsIn(APPLICATION_STATUSES, { each: true }) status?: string[];
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @IsString() @MaxLength(2) language?: string;
  @ApiPropertyOptional({ enum: CEFR_LEVELS, description: 'With `language`: at least this level' }) @IsOptional() @IsIn(CEFR_LEVELS) minLevel?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(120) minAge?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(120) maxAge?: number;
  @ApiPropertyOptional({ enum: HALF_DAYS, description: 'Available on this half-day' }) @IsOptional() @IsIn(HALF_DAYS) availability?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean() emailVerified?: boolean;
}

export class ExportQueryDto extends ApplicationListQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] }) @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
  @ApiPropertyOptional({ description: 'true: answer JSON {filename, contentType, base64} (for the console, whose token is not a cookie)' })
  @IsOptional() @IsIn(['true', 'false']) envelope?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: APPLICATION_STATUSES }) @IsIn(APPLICATION_STATUSES) to!: (typeof APPLICATION_STATUSES)[number];
  @ApiPropertyOptional({ description: 'Required for rejected' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
  @ApiPropertyOptional({ description: 'For onboarded: the home center (default: the first preferred)' }) @IsOptional() @IsUUID() homeCenterId?: string;
}

export class BulkTransitionDto extends TransitionDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) ids!: string[];
}

export class ScoresDto {
  @ApiProperty({ description: 'criterion id → 1..5', example: { motivation: 4 } }) @IsObject() scores!: Record<string, number>;
}

export class ChecklistDto {
  @ApiProperty() @IsString() @MaxLength(40) item!: string;
  @ApiProperty() @IsBoolean() done!: boolean;
}

export class HomeCenterDto {
  @ApiProperty() @IsUUID() homeCenterId!: string;
}

export class LinkPersonDto {
  @ApiProperty({ description: 'One of the application\'s identityCandidates' }) @IsUUID() volunteerId!: string;
}

