import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import {
  ALUMNI_AVAILABILITY_KINDS, ALUMNI_EDUCATION_LEVELS, CEFR_LEVELS, RATING_COMMENT_MAX,
  type AlumniAvailabilityKind, type AlumniEducationLevel, type AlumniSource, type CefrLevel, type VolunteerStatus,
} from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ——— career profile ———

export class LanguageLevelDto {
  @ApiProperty({ example: 'en', description: 'ISO 639-1 code' }) @Matches(/^[a-z]{2}$/, { message: 'isLanguageCode' }) @MaxLength(2) language!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) @IsIn(CEFR_LEVELS) level!: CefrLevel;
}

export class UpdateCareerProfileDto {
  @ApiPropertyOptional({ enum: ALUMNI_EDUCATION_LEVELS, nullable: true }) @IsIn(ALUMNI_EDUCATION_LEVELS) @IsOptional() educationLevel?: AlumniEducationLevel | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(emptyToNull) @IsString() @MaxLength(200) @IsOptional() institution?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(emptyToNull) @IsString() @MaxLength(200) @IsOptional() fieldOfStudy?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(emptyToNull) @IsString() @MaxLength(100) @IsOptional() region?: string | null;
  @ApiPropertyOptional({ type: [LanguageLevelDto] })
  @IsArray() @ArrayMaxSize(12) @ValidateNested({ each: true }) @Type(() => LanguageLevelDto) @IsOptional()
  languages?: LanguageLevelDto[];
  @ApiPropertyOptional({ type: [String] })
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true }) @IsOptional()
  skills?: string[];
  @ApiPropertyOptional({ type: [String], description: 'centers the alumnus would like to work at' })
  @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) @IsOptional()
  preferredCenterIds?: string[];
  @ApiPropertyOptional({ enum: ALUMNI_AVAILABILITY_KINDS }) @IsIn(ALUMNI_AVAILABILITY_KINDS) @IsOptional() availabilityKind?: AlumniAvailabilityKind;
  @ApiPropertyOptional({ nullable: true }) @Transform(emptyToNull) @IsString() @MaxLength(500) @IsOptional() availabilityText?: string | null;
}

export class CvInfoDto {
  @ApiProperty({ maxLength: 200 }) fileName!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() uploadedAt!: string;
}

export class RatingAveragesDto {
  @ApiProperty({ nullable: true, type: Number }) punctuality!: number | null;
  @ApiProperty({ nullable: true, type: Number }) communication!: number | null;
  @ApiProperty({ nullable: true, type: Number }) serviceToCitizens!: number | null;
  @ApiProperty({ nullable: true, type: Number }) teamwork!: number | null;
}

export class RatingAggregateDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: RatingAveragesDto }) averages!: RatingAveragesDto;
  @ApiProperty({ nullable: true, type: Number }) overall!: number | null;
}

export class ConsentStateDto {
  @ApiProperty({ description: 'a live (given, not withdrawn) job-pool consent' }) given!: boolean;
  @ApiProperty({ nullable: true, type: String }) givenAt!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'the text version the live consent was given under' }) version!: number | null;
  @ApiProperty({ description: 'the current text version' }) latestVersion!: number;
  @ApiProperty({ maxLength: 5000 }) textAz!: string;
  @ApiProperty({ maxLength: 5000 }) textEn!: string;
  @ApiProperty({ maxLength: 5000 }) textRu!: string;
  @ApiProperty({ nullable: true, type: String, description: 'when the last consent was withdrawn (if it is not live now)' }) withdrawnAt!: string | null;
}

export class CareerProfileDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty() alumniSince!: string;
  @ApiProperty({ enum: ['certificate', 'coordinator'] }) source!: AlumniSource;
  @ApiProperty({ enum: ALUMNI_EDUCATION_LEVELS, nullable: true }) educationLevel!: AlumniEducationLevel | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 200 }) institution!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 200 }) fieldOfStudy!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 100 }) region!: string | null;
  @ApiProperty({ type: [LanguageLevelDto] }) languages!: LanguageLevelDto[];
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty({ type: [String] }) preferredCenterIds!: string[];
  @ApiProperty({ enum: ALUMNI_AVAILABILITY_KINDS }) availabilityKind!: AlumniAvailabilityKind;
  @ApiProperty({ nullable: true, type: String, maxLength: 500 }) availabilityText!: string | null;
  @ApiProperty({ type: CvInfoDto, nullable: true }) cv!: CvInfoDto | null;
  @ApiProperty({ type: ConsentStateDto }) consent!: ConsentStateDto;
  @ApiProperty({ type: RatingAggregateDto }) ratings!: RatingAggregateDto;
}

export class CenterNameDto {
  @ApiProperty({ maxLength: 200 }) az!: string;
  @ApiProperty({ maxLength: 200 }) en!: string;
  @ApiProperty({ maxLength: 200 }) ru!: string;
}

export class CenterOptionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: CenterNameDto }) name!: CenterNameDto;
}

export class GiveConsentDto {
  @ApiProperty({ description: 'the text version shown to the person (must be the current one)', minimum: 1, maximum: 1000000 })
  @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) version!: number;
  @ApiProperty({ enum: ['az', 'en', 'ru'], description: 'the language the text was shown in' }) @IsIn(['az', 'en', 'ru']) locale!: 'az' | 'en' | 'ru';
}

export class BecomeAlumniDto {
  @ApiProperty({ description: 'why the person completed the programme (kept in the status history)' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class BecomeAlumniResultDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ enum: ['alumni'] }) status!: VolunteerStatus;
  @ApiProperty() alumniSince!: string;
}

// ——— ratings ———

export class CreateRatingDto {
  @ApiProperty() @IsUUID() volunteerId!: string;
  @ApiPropertyOptional({ description: 'a period at this center … (with periodFrom/periodTo)' }) @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional({ example: '2026-11-01' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() periodFrom?: string;
  @ApiPropertyOptional({ example: '2026-11-30' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() periodTo?: string;
  @ApiPropertyOptional({ description: '… or this event' }) @IsUUID() @IsOptional() eventId?: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) punctuality!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) communication!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) serviceToCitizens!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) teamwork!: number;
  @ApiPropertyOptional() @Transform(emptyToNull) @IsString() @MaxLength(RATING_COMMENT_MAX) @IsOptional() comment?: string | null;
}

export class RatingDto {
  @ApiProperty() id!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ maxLength: 200 }) volunteerName!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: 200 }) raterName!: string | null;
  @ApiProperty({ nullable: true, type: String }) centerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty({ nullable: true, description: 'the center or event name {az, en, ru}' }) placeName!: { az: string; en: string; ru: string } | null;
  @ApiProperty({ nullable: true, type: String }) periodFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) periodTo!: string | null;
  @ApiProperty() punctuality!: number;
  @ApiProperty() communication!: number;
  @ApiProperty() serviceToCitizens!: number;
  @ApiProperty() teamwork!: number;
  @ApiProperty({ nullable: true, type: String, maxLength: RATING_COMMENT_MAX }) comment!: string | null;
  @ApiProperty() createdAt!: string;
}

export class RatingsGivenQueryDto extends ListQueryDto {}

export class RateableQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiPropertyOptional({ description: 'part of the name' }) @Transform(trim) @IsString() @MaxLength(100) @IsOptional() q?: string;
}

export class RateableVolunteerDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty() status!: string;
}

export class AlumnusRatingsDto {
  @ApiProperty({ type: RatingAggregateDto }) aggregate!: RatingAggregateDto;
  @ApiProperty({ type: [RatingDto] }) ratings!: RatingDto[];
}
