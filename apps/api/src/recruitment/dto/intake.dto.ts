import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { INTAKE_STATUSES } from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { QUESTION_KINDS } from '../recruitment.types';
import { IsIsoDate } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LocalizedTextDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) az!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) en!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) ru!: string;
}

export class LabelledItemDto {
  @ApiProperty({ example: 'motivation' }) @IsString() @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'itemId' }) @MaxLength(40) id!: string;
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto) label!: LocalizedTextDto;
}

export class QuestionDto extends LabelledItemDto {
  @ApiProperty({ enum: QUESTION_KINDS }) @IsIn(QUESTION_KINDS) kind!: (typeof QUESTION_KINDS)[number];
  @ApiProperty() @IsBoolean() required!: boolean;
  @ApiPropertyOptional({ type: [LabelledItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LabelledItemDto) options?: LabelledItemDto[];
}

export class CreateIntakeDto {
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto) name!: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto) description?: LocalizedTextDto;
  @ApiPropertyOptional({ enum: INTAKE_STATUSES }) @IsOptional() @IsIn(INTAKE_STATUSES) status?: (typeof INTAKE_STATUSES)[number];
  @ApiProperty() @IsIsoDate() @MaxLength(10) opensOn!: string;
  @ApiProperty() @IsIsoDate() @MaxLength(10) closesOn!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(100000) capacity!: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(14) @Max(100) minAge?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(14) @Max(100) maxAge?: number | null;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true }) centerIds!: string[];
  @ApiPropertyOptional({ type: [QuestionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => QuestionDto) questions?: QuestionDto[];
  @ApiPropertyOptional({ type: [LabelledItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(15) @ValidateNested({ each: true }) @Type(() => LabelledItemDto) rubric?: LabelledItemDto[];
  @ApiPropertyOptional({ type: [LabelledItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(15) @ValidateNested({ each: true }) @Type(() => LabelledItemDto) checklist?: LabelledItemDto[];
  @ApiProperty({ type: LocalizedTextDto, description: 'A changed text becomes the next consent version' })
  @ValidateNested() @Type(() => LocalizedTextDto) consentText!: LocalizedTextDto;
}

export class UpdateIntakeDto extends PartialType(CreateIntakeDto) {}

export class IntakeListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: INTAKE_STATUSES }) @IsOptional() @IsIn(INTAKE_STATUSES) status?: string;
}

export class CreateSlotDto {
  @ApiProperty() @IsUUID() centerId!: string;
  @ApiProperty({ example: '2025-10-01T10:00:00+04:00' }) @IsString() @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, { message: 'isISO8601' }) @MaxLength(40) startsAt!: string;
  @ApiProperty() @IsString() @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, { message: 'isISO8601' }) @MaxLength(40) endsAt!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) location!: string;
}
