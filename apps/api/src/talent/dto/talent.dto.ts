import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { FIT_PARTS } from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `en:B2,ru:B1` — languages with a minimum CEFR level. */
export const LANGUAGES_FILTER = /^[a-zA-Z]{2}:(A1|A2|B1|B2|C1|C2)(,[a-zA-Z]{2}:(A1|A2|B1|B2|C1|C2)){0,9}$/;

export const EDUCATION_LEVELS = ['secondary', 'vocational', 'bachelor_student', 'bachelor', 'master_student', 'master', 'doctorate'] as const;
export const AVAILABILITY_KINDS = ['full_time', 'part_time', 'project', 'not_available'] as const;
export const TALENT_SORTS = ['fitScore', 'approvedHours', 'hours12m', 'attendance', 'rating', 'alumniSince', 'fullName'] as const;

/** The pool's filters (every one optional, all combined with AND). Hours are hours, not minutes. */
export class TalentPoolQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: TALENT_SORTS, default: 'fitScore' }) @IsIn(TALENT_SORTS) @IsOptional() override sort?: string;
  @ApiPropertyOptional({ description: 'Sort by the fit score for this vacancy (its requirements and weights)' }) @IsUUID() @IsOptional() vacancyId?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100000 }) @Type(() => Number) @IsNumber() @Min(0) @Max(100000) @IsOptional() minHours?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100000 }) @Type(() => Number) @IsNumber() @Min(0) @Max(100000) @IsOptional() minHours12m?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Attendance % (reliability × 100)' }) @Type(() => Number) @IsNumber() @Min(0) @Max(100) @IsOptional() minAttendance?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 10000 }) @Type(() => Number) @IsInt() @Min(0) @Max(10000) @IsOptional() maxNoShows?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) @Type(() => Number) @IsNumber() @Min(1) @Max(5) @IsOptional() minRating?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) @Type(() => Number) @IsNumber() @Min(1) @Max(5) @IsOptional() minPunctuality?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) @Type(() => Number) @IsNumber() @Min(1) @Max(5) @IsOptional() minCommunication?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) @Type(() => Number) @IsNumber() @Min(1) @Max(5) @IsOptional() minService?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) @Type(() => Number) @IsNumber() @Min(1) @Max(5) @IsOptional() minTeamwork?: number;
  @ApiPropertyOptional({ example: 'en:B2,ru:B1', description: 'Languages with a minimum CEFR level, comma-separated' })
  @Transform(trim) @IsString() @Matches(LANGUAGES_FILTER, { message: 'languagesFilter' }) @MaxLength(100) @IsOptional() languages?: string;
  @ApiPropertyOptional({ description: 'Served at this center (approved hours there)' }) @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional({ description: 'Served in a position with this code' }) @Transform(trim) @IsString() @IsSingleLine() @MaxLength(60) @IsOptional() positionCode?: string;
  @ApiPropertyOptional({ description: 'Holds a valid certificate of this type code' }) @Transform(trim) @IsString() @IsSingleLine() @MaxLength(60) @IsOptional() certificateType?: string;
  @ApiPropertyOptional({ enum: EDUCATION_LEVELS }) @IsIn(EDUCATION_LEVELS) @IsOptional() educationLevel?: string;
  @ApiPropertyOptional() @Transform(trim) @IsString() @IsSingleLine() @MaxLength(100) @IsOptional() region?: string;
  @ApiPropertyOptional({ enum: AVAILABILITY_KINDS }) @IsIn(AVAILABILITY_KINDS) @IsOptional() availability?: string;
  @ApiPropertyOptional({ example: '2025-01-01' }) @Matches(DATE, { message: 'isIsoDate' }) @IsISO8601({ strict: true }, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() alumniSinceFrom?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @Matches(DATE, { message: 'isIsoDate' }) @IsISO8601({ strict: true }, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() alumniSinceTo?: string;
}

export class FitScorePartDto {
  @ApiProperty({ enum: FIT_PARTS }) part!: string;
  @ApiProperty({ description: '0…1' }) value!: number;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: 'value × weight' }) points!: number;
}

export class FitScoreDto {
  @ApiProperty({ description: '0…100' }) score!: number;
  @ApiProperty({ type: [FitScorePartDto], maxItems: 10 }) parts!: FitScorePartDto[];
}

export class LanguageLevelDto {
  @ApiProperty({ maxLength: 8 }) language!: string;
  @ApiProperty({ maxLength: 2 }) level!: string;
}

/** One alumnus in the pool. Never the FİN, e-mail or phone. */
export class TalentPoolRowDto {
  @ApiProperty({ format: 'uuid', maxLength: 36, description: 'The volunteer id' }) id!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty({ format: 'date-time', maxLength: 40 }) alumniSince!: string;
  @ApiProperty() approvedMinutes!: number;
  @ApiProperty() minutes12m!: number;
  @ApiProperty() attended!: number;
  @ApiProperty() noShows!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'reliability() × 100, null while no shift is over' }) attendancePercent!: number | null;
  @ApiProperty() ratingCount!: number;
  @ApiProperty({ nullable: true, type: Number }) ratingAverage!: number | null;
  @ApiProperty({ type: [LanguageLevelDto], maxItems: 50 }) languages!: LanguageLevelDto[];
  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: 60 }, maxItems: 200 }) certificateTypes!: string[];
  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: 60 }, maxItems: 200 }) positionCodes!: string[];
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid', maxLength: 36 }, maxItems: 200 }) centerIds!: string[];
  @ApiProperty({ nullable: true, type: String, maxLength: 30 }) educationLevel!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 200 }) fieldOfStudy!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 100 }) region!: string | null;
  @ApiProperty({ maxLength: 20 }) availabilityKind!: string;
  @ApiProperty({ type: FitScoreDto }) fit!: FitScoreDto;
}

export class TalentPoolPageDto {
  @ApiProperty({ type: [TalentPoolRowDto], maxItems: 100 }) data!: TalentPoolRowDto[];
  @ApiProperty() total!: number;
}

export class SavedSearchDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 100 }) name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The pool query as saved' }) filters!: Record<string, string | number>;
  @ApiProperty({ format: 'date-time', maxLength: 40 }) createdAt!: string;
  @ApiProperty({ format: 'date-time', maxLength: 40 }) updatedAt!: string;
}

export class CreateSavedSearchDto {
  @ApiProperty({ maxLength: 100 }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(100) name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Pool filters (the query parameters of GET /talent-pool)' })
  @IsObject() filters!: Record<string, unknown>;
}

export class UpdateSavedSearchDto {
  @ApiPropertyOptional({ maxLength: 100 }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(100) @IsOptional() name?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsObject() @IsOptional() filters?: Record<string, unknown>;
}

export class SavedSearchListDto {
  @ApiProperty({ type: [SavedSearchDto], maxItems: 100 }) data!: SavedSearchDto[];
  @ApiProperty() total!: number;
}
