import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import {
  CANDIDATE_STAGES, CEFR_LEVELS, VACANCY_STAFF_ROLES, VACANCY_STATUSES, type CandidateSource, type CandidateStage, type CefrLevel, type VacancyStaffRole,
  type VacancyStatus,
} from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class LanguageRequirementDto {
  @ApiProperty({ example: 'en' }) @IsString() @Matches(/^[a-z]{2}$/, { message: 'isLanguageCode' }) @MaxLength(2) language!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) @IsIn(CEFR_LEVELS) level!: CefrLevel;
}

export class VacancyRequirementsDto {
  @ApiPropertyOptional({ type: [LanguageRequirementDto] })
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LanguageRequirementDto) @IsOptional()
  languages?: LanguageRequirementDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 10000 }) @IsInt() @Min(0) @Max(10000) @IsOptional() minHours?: number;

  @ApiPropertyOptional({ type: [String], description: 'Certificate type codes' })
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) @IsOptional()
  certificateTypes?: string[];
}

export class FitWeightsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) @IsOptional() hours?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) @IsOptional() reliability?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) @IsOptional() ratings?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) @IsOptional() languages?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) @IsOptional() certificates?: number;
}

export class CreateVacancyDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) title!: string;
  @ApiPropertyOptional({ enum: ['az', 'en', 'ru'], default: 'az' }) @IsIn(['az', 'en', 'ru']) @IsOptional() language?: 'az' | 'en' | 'ru';
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsUUID() @IsOptional() centerId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(trim) @IsString() @IsSingleLine() @MaxLength(200) @IsOptional() department?: string | null;
  @ApiPropertyOptional() @IsString() @MaxLength(5000) @IsOptional() description?: string;
  @ApiPropertyOptional({ type: VacancyRequirementsDto }) @ValidateNested() @Type(() => VacancyRequirementsDto) @IsOptional() requirements?: VacancyRequirementsDto;
  @ApiPropertyOptional({ type: FitWeightsDto, nullable: true }) @ValidateNested() @Type(() => FitWeightsDto) @IsOptional() fitWeights?: FitWeightsDto | null;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1 }) @IsInt() @Min(1) @Max(1000) @IsOptional() posts?: number;
  @ApiProperty({ example: '2026-12-01' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) opensOn!: string;
  @ApiPropertyOptional({ example: '2027-01-15', nullable: true }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() closesOn?: string | null;
  @ApiPropertyOptional({ default: false }) @IsBoolean() @IsOptional() openToAlumni?: boolean;
  @ApiPropertyOptional({ enum: VACANCY_STAFF_ROLES, default: 'coordinator' }) @IsIn(VACANCY_STAFF_ROLES) @IsOptional() staffRole?: VacancyStaffRole;
  @ApiPropertyOptional({ enum: VACANCY_STATUSES, default: 'open' }) @IsIn(VACANCY_STATUSES) @IsOptional() status?: VacancyStatus;
}

export class UpdateVacancyDto {
  @ApiPropertyOptional() @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) @IsOptional() title?: string;
  @ApiPropertyOptional({ enum: ['az', 'en', 'ru'] }) @IsIn(['az', 'en', 'ru']) @IsOptional() language?: 'az' | 'en' | 'ru';
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsUUID() @IsOptional() centerId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(trim) @IsString() @IsSingleLine() @MaxLength(200) @IsOptional() department?: string | null;
  @ApiPropertyOptional() @IsString() @MaxLength(5000) @IsOptional() description?: string;
  @ApiPropertyOptional({ type: VacancyRequirementsDto }) @ValidateNested() @Type(() => VacancyRequirementsDto) @IsOptional() requirements?: VacancyRequirementsDto;
  @ApiPropertyOptional({ type: FitWeightsDto, nullable: true }) @ValidateNested() @Type(() => FitWeightsDto) @IsOptional() fitWeights?: FitWeightsDto | null;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) @IsOptional() posts?: number;
  @ApiPropertyOptional({ example: '2026-12-01' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() opensOn?: string;
  @ApiPropertyOptional({ example: '2027-01-15', nullable: true }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() closesOn?: string | null;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() openToAlumni?: boolean;
  @ApiPropertyOptional({ enum: VACANCY_STAFF_ROLES }) @IsIn(VACANCY_STAFF_ROLES) @IsOptional() staffRole?: VacancyStaffRole;
  @ApiPropertyOptional({ enum: VACANCY_STATUSES }) @IsIn(VACANCY_STATUSES) @IsOptional() status?: VacancyStatus;
}

export class VacanciesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES }) @IsIn(VACANCY_STATUSES) @IsOptional() status?: VacancyStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsUUID() @IsOptional() centerId?: string;
}

export class AddCandidateDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() volunteerId!: string;
  @ApiPropertyOptional({ description: 'A first note' }) @Transform(trim) @IsString() @MaxLength(2000) @IsOptional() note?: string;
}

export class MoveCandidateDto {
  @ApiProperty({ enum: CANDIDATE_STAGES }) @IsIn(CANDIDATE_STAGES) to!: CandidateStage;
  /** The version the caller saw; a stale one is 409. */
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(2147483647) version!: number;
  @ApiPropertyOptional() @Transform(trim) @IsString() @MaxLength(500) @IsOptional() reason?: string;
}

export class AddNoteDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) body!: string;
}

export class ScheduleInterviewDto {
  @ApiProperty({ example: '2026-12-10T10:00:00+04:00' }) @IsISO8601({ strict: true }) @MaxLength(40) startsAt!: string;
  @ApiProperty({ example: '2026-12-10T10:45:00+04:00' }) @IsISO8601({ strict: true }) @MaxLength(40) endsAt!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(300) place!: string;
}

export class WithdrawDto {
  @ApiPropertyOptional() @Transform(trim) @IsString() @MaxLength(500) @IsOptional() reason?: string;
}

export class DashboardQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Cohort: the intake the person was onboarded through' }) @IsUUID() @IsOptional() intakeId?: string;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Period start (Baku date), default 12 months back' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31', description: 'Period end (Baku date, inclusive), default today' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() to?: string;
}

export class DashboardExportQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' }) @IsIn(['csv', 'xlsx']) @IsOptional() format?: 'csv' | 'xlsx';
}

// ——— responses ———

export class VacancyDto {
  @ApiProperty({ maxLength: 40 }) id!: string;
  @ApiProperty({ maxLength: 300 }) title!: string;
  @ApiProperty({ enum: ['az', 'en', 'ru'] }) language!: 'az' | 'en' | 'ru';
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) centerId!: string | null;
  @ApiProperty({ nullable: true, type: Object, description: '{ az, en, ru }' }) centerName!: { az: string; en: string; ru: string } | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 300 }) department!: string | null;
  @ApiProperty({ maxLength: 5000 }) description!: string;
  @ApiProperty({ type: VacancyRequirementsDto }) requirements!: VacancyRequirementsDto;
  @ApiProperty({ type: FitWeightsDto, nullable: true }) fitWeights!: FitWeightsDto | null;
  @ApiProperty() posts!: number;
  @ApiProperty({ maxLength: 40 }) opensOn!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) closesOn!: string | null;
  @ApiProperty() openToAlumni!: boolean;
  @ApiProperty({ enum: VACANCY_STAFF_ROLES }) staffRole!: VacancyStaffRole;
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) ownerId!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 300 }) ownerName!: string | null;
  @ApiProperty({ enum: VACANCY_STATUSES }) status!: VacancyStatus;
  @ApiProperty({ description: 'Candidates by stage' }) stageCounts!: Record<string, number>;
  @ApiProperty({ maxLength: 40 }) createdAt!: string;
}

export class CandidateDto {
  @ApiProperty({ maxLength: 40 }) id!: string;
  @ApiProperty({ maxLength: 40 }) vacancyId!: string;
  @ApiProperty({ maxLength: 300 }) vacancyTitle!: string;
  @ApiProperty({ maxLength: 40 }) volunteerId!: string;
  @ApiProperty({ maxLength: 300 }) fullName!: string;
  @ApiProperty({ enum: ['az', 'en', 'ru'] }) locale!: 'az' | 'en' | 'ru';
  @ApiProperty() approvedMinutes!: number;
  @ApiProperty({ type: Object, isArray: true, maxItems: 1000 }) languages!: { language: string; level: string }[];
  @ApiProperty({ enum: CANDIDATE_STAGES }) stage!: CandidateStage;
  @ApiProperty({ enum: ['sourced', 'applied'] }) source!: CandidateSource;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: CANDIDATE_STAGES, isArray: true, maxItems: 1000 }) allowedMoves!: CandidateStage[];
  @ApiProperty({ maxLength: 40 }) stageChangedAt!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) hiredAt!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) nextInterviewAt!: string | null;
  @ApiProperty() notesCount!: number;
  @ApiProperty({ maxLength: 40 }) createdAt!: string;
}

export class CandidateNoteDto {
  @ApiProperty({ maxLength: 40 }) id!: string;
  @ApiProperty({ maxLength: 300 }) authorName!: string;
  @ApiProperty({ maxLength: 2000 }) body!: string;
  @ApiProperty({ maxLength: 40 }) createdAt!: string;
}

export class CandidateStageChangeDto {
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) fromStage!: string | null;
  @ApiProperty({ maxLength: 40 }) toStage!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: 300 }) reason!: string | null;
  @ApiProperty({ maxLength: 40 }) at!: string;
}

export class CandidateInterviewDto {
  @ApiProperty({ maxLength: 40 }) id!: string;
  @ApiProperty({ maxLength: 40 }) startsAt!: string;
  @ApiProperty({ maxLength: 40 }) endsAt!: string;
  @ApiProperty({ maxLength: 300 }) place!: string;
}

export class CandidateDetailDto extends CandidateDto {
  @ApiProperty({ type: [CandidateNoteDto], maxItems: 1000 }) notes!: CandidateNoteDto[];
  @ApiProperty({ type: [CandidateStageChangeDto], maxItems: 1000 }) history!: CandidateStageChangeDto[];
  @ApiProperty({ type: [CandidateInterviewDto], maxItems: 1000 }) interviews!: CandidateInterviewDto[];
}

export class MyVacancyDto {
  @ApiProperty({ maxLength: 40 }) id!: string;
  @ApiProperty({ maxLength: 300 }) title!: string;
  @ApiProperty({ nullable: true, type: Object }) centerName!: { az: string; en: string; ru: string } | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 300 }) department!: string | null;
  @ApiProperty({ maxLength: 5000 }) description!: string;
  @ApiProperty({ type: VacancyRequirementsDto }) requirements!: VacancyRequirementsDto;
  @ApiProperty() posts!: number;
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) closesOn!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'My application to it, if any', maxLength: 40 }) myApplicationId!: string | null;
}

export class MyApplicationDto {
  @ApiProperty({ maxLength: 40 }) id!: string;
  @ApiProperty({ maxLength: 40 }) vacancyId!: string;
  @ApiProperty({ maxLength: 300 }) vacancyTitle!: string;
  @ApiProperty({ enum: CANDIDATE_STAGES }) stage!: CandidateStage;
  @ApiProperty() version!: number;
  @ApiProperty() mayWithdraw!: boolean;
  @ApiProperty({ nullable: true, type: String, maxLength: 40 }) nextInterviewAt!: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 300 }) nextInterviewPlace!: string | null;
  @ApiProperty({ maxLength: 40 }) createdAt!: string;
}

export class FunnelCountsDto {
  @ApiProperty() volunteers!: number;
  @ApiProperty() alumni!: number;
  @ApiProperty() optedIn!: number;
  @ApiProperty() contacted!: number;
  @ApiProperty() interviewed!: number;
  @ApiProperty() hired!: number;
}

export class DashboardDto {
  @ApiProperty({ maxLength: 40 }) from!: string;
  @ApiProperty({ maxLength: 40 }) to!: string;
  @ApiProperty({ type: FunnelCountsDto }) funnel!: FunnelCountsDto;
  @ApiProperty({ type: Object }) conversion!: Record<string, number | null>;
  @ApiProperty({ type: Object, isArray: true, maxItems: 1000 }) byCenter!: (FunnelCountsDto & { centerId: string | null; centerName: { az: string; en: string; ru: string } | null })[];
  @ApiProperty({ type: Object, isArray: true, maxItems: 1000 }) byCohort!: (FunnelCountsDto & { intakeId: string | null; intakeName: { az: string; en: string; ru: string } | null })[];
  @ApiProperty({ type: Object, isArray: true, maxItems: 1000 }) byMonth!: { month: string; optedIn: number; contacted: number; interviewed: number; hired: number }[];
  @ApiProperty({ type: Object }) timeToHire!: { count: number; medianDays: number | null; averageDays: number | null };
  @ApiProperty({ type: Object }) headline!: { fromProgramme: number; otherHires: number; sharePercent: number | null };
}
