import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const KINDS = ['arrival', 'session', 'visit', 'departure'] as const;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const lowerEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);

// ——— delegations ———

export class ProgrammeItemDto {
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind!: (typeof KINDS)[number];
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ format: 'date-time', maxLength: 40 }) @IsISO8601({ strict: true }) @MaxLength(40) startsAt!: string;
  @ApiProperty({ format: 'date-time', maxLength: 40 }) @IsISO8601({ strict: true }) @MaxLength(40) endsAt!: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @MaxLength(200) place!: string;
}

export class SaveDelegationDto {
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }) @Transform(upper) @IsString() @Matches(/^[A-Z]{2}$/) @MaxLength(2) country!: string;
  @ApiProperty({ type: 'array', items: { type: 'string', minLength: 2, maxLength: 2 }, maxItems: 10, description: 'ISO 639-1 codes; the first is the one liaisons must speak' })
  @Transform(lowerEach) @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(2, { each: true }) @Matches(/^[a-z]{2}$/, { each: true })
  languages!: string[];
  @ApiPropertyOptional({ enum: CEFR, default: 'B2' }) @IsOptional() @IsIn(CEFR) minLevel?: (typeof CEFR)[number];
  @ApiPropertyOptional({ minimum: 1, maximum: 2, default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(2) liaisonsNeeded?: number;
  @ApiPropertyOptional({ type: [ProgrammeItemDto], maxItems: 60 })
  @IsOptional() @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => ProgrammeItemDto)
  programme?: ProgrammeItemDto[];
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}

export class DelegationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ enum: CEFR }) minLevel!: string;
  @ApiProperty() liaisonsNeeded!: number;
  @ApiProperty({ type: [ProgrammeItemDto] }) programme!: ProgrammeItemDto[];
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ description: 'Guests in this delegation' }) guestCount!: number;
}

// ——— guests ———

export class GuestsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this delegation\'s guests' }) @IsOptional() @IsUUID() delegationId?: string;
  @ApiPropertyOptional({ enum: ['none'], description: '"none": guests without a delegation' }) @IsOptional() @IsIn(['none']) delegation?: 'none';
  @ApiPropertyOptional({ minLength: 2, maxLength: 2 }) @IsOptional() @Transform(upper) @Matches(/^[A-Z]{2}$/) @MaxLength(2) country?: string;
}

export class SaveGuestDto {
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @Length(1, 200) fullName!: string;
  @ApiProperty({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }) @Transform(upper) @IsString() @Matches(/^[A-Z]{2}$/) @MaxLength(2) country!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) @IsOptional() @IsUUID() delegationId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) organisation?: string | null;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', minLength: 2, maxLength: 2 }, maxItems: 10 })
  @IsOptional() @Transform(lowerEach) @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(2, { each: true }) @Matches(/^[a-z]{2}$/, { each: true })
  languages?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', maxLength: 40 }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40) arrivalAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) arrivalPlace?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', maxLength: 40 }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40) departureAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) departurePlace?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) hotel?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) needs?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() vip?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 }) @IsOptional() @Transform(trim) @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 }) @IsOptional() @IsString() @MaxLength(40) phone?: string | null;
}

export class GuestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: String, nullable: true }) delegationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) delegationName!: string | null;
  @ApiProperty() importKey!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: String, nullable: true }) arrivalAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) arrivalPlace!: string | null;
  @ApiProperty({ type: String, nullable: true }) departureAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) departurePlace!: string | null;
  @ApiProperty({ type: String, nullable: true }) hotel!: string | null;
  @ApiProperty({ type: String, nullable: true }) needs!: string | null;
  @ApiProperty() vip!: boolean;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) pseudonymisedAt!: string | null;
}

export class GuestPageDto {
  @ApiProperty({ type: [GuestDto] }) data!: GuestDto[];
  @ApiProperty() total!: number;
}

// ——— import ———

export class ImportRowErrorDto {
  @ApiProperty({ description: 'The column: fullName, country, languages, arrivalAt, …' }) field!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'In the caller\'s language (Accept-Language)' }) message!: string;
}

export class ImportRowDto {
  @ApiProperty({ description: 'The line in the file (the header is line 1)' }) line!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The cells as the file has them' }) cells!: Record<string, string>;
  @ApiProperty({ enum: ['create', 'update', 'error'] }) action!: 'create' | 'update' | 'error';
  @ApiProperty({ type: [ImportRowErrorDto] }) errors!: ImportRowErrorDto[];
  @ApiProperty({ type: [ImportRowErrorDto], description: 'Worth a look but not blocking: an arrival or departure more than 7 days before the event starts or after it ends' })
  warnings!: ImportRowErrorDto[];
}

export class ImportPreviewDto {
  @ApiProperty({ type: [String] }) columns!: string[];
  @ApiProperty({ type: [String] }) ignoredColumns!: string[];
  @ApiProperty({ type: [ImportRowDto] }) rows!: ImportRowDto[];
  @ApiProperty() create!: number;
  @ApiProperty() update!: number;
  @ApiProperty() errors!: number;
  @ApiProperty({ description: 'Rows with warnings (imported all the same)' }) warnings!: number;
  @ApiProperty({ type: [String], description: 'Delegations the file names that the event does not have yet: made on import' }) newDelegations!: string[];
}

export class ImportResultDto {
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty({ description: 'Rows with errors, not imported' }) skipped!: number;
  @ApiProperty({ type: [String] }) delegationsCreated!: string[];
}
