import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class QualificationNameDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) az!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) en!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) ru!: string;
}

export class CreateQualificationDto {
  @ApiProperty({ example: 'fire-safety' }) @Transform(trim) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'qualificationCode' }) @MaxLength(60) code!: string;
  @ApiProperty({ type: QualificationNameDto }) @ValidateNested() @Type(() => QualificationNameDto) name!: QualificationNameDto;
  @ApiPropertyOptional({ nullable: true, minimum: 1, maximum: 120, description: 'Months a grant stays valid; null = no expiry' })
  @IsInt() @Min(1) @Max(120) @IsOptional() validityMonths?: number | null;
  @ApiPropertyOptional({ default: true }) @IsBoolean() @IsOptional() active?: boolean;
}

/** The code stays as created: positions and grants name it. */
export class UpdateQualificationDto {
  @ApiPropertyOptional({ type: QualificationNameDto }) @ValidateNested() @Type(() => QualificationNameDto) @IsOptional() name?: QualificationNameDto;
  @ApiPropertyOptional({ nullable: true, minimum: 1, maximum: 120 }) @IsInt() @Min(1) @Max(120) @IsOptional() validityMonths?: number | null;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() active?: boolean;
}

export class GrantQualificationDto {
  @ApiProperty() @IsUUID() qualificationId!: string;
  @ApiProperty({ example: '2026-11-20', description: 'The day it was earned (Baku); not in the future' })
  @IsString() @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) grantedOn!: string;
  @ApiPropertyOptional({ description: 'What proves it, in words' }) @Transform(emptyToNull) @IsString() @MaxLength(1000) @IsOptional() evidence?: string | null;
  @ApiPropertyOptional({ description: 'The name of a scanned certificate' }) @Transform(emptyToNull) @IsString() @IsSingleLine() @MaxLength(200) @IsOptional() evidenceFileName?: string | null;
}

export class RevokeQualificationDto {
  @ApiProperty() @IsUUID() qualificationId!: string;
  @ApiPropertyOptional() @Transform(emptyToNull) @IsString() @MaxLength(500) @IsOptional() reason?: string | null;
}

export class TrainingSessionDto {
  @ApiProperty() @IsUUID() qualificationId!: string;
  @ApiProperty({ example: '2026-11-20' }) @IsString() @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) heldOn!: string;
  @ApiProperty({ example: 'Aysel Məmmədova' }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) trainer!: string;
  @ApiPropertyOptional({ description: "Where it was held; a coordinator's default is their first center" }) @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @Transform(emptyToNull) @IsString() @MaxLength(1000) @IsOptional() notes?: string | null;
  @ApiProperty({ type: [String], description: 'Volunteer ids' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(300) @ArrayUnique() @IsUUID('all', { each: true }) attendeeIds!: string[];
}

export class ExpiringQueryDto {
  @ApiPropertyOptional({ default: 30, minimum: 0, maximum: 365 }) @Type(() => Number) @IsInt() @Min(0) @Max(365) @IsOptional() days?: number;
}

export class TrainingSessionsQueryDto extends ListQueryDto {}
