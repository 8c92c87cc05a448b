import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CERTIFICATE_KINDS, CERTIFICATE_STATUSES, type CertificateKind, type CertificateStatus } from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class LocalizedNameDto {
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) az!: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) en!: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) ru!: string;
}

export class CertificateRuleDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 10000 }) @IsNumber() @Min(0) @Max(10000) @IsOptional() minHours?: number;
  @ApiPropertyOptional({ example: '2026-01-01' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() periodFrom?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @Matches(DATE, { message: 'isIsoDate' }) @MaxLength(10) @IsOptional() periodTo?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional({ enum: [100, 250, 500] }) @IsInt() @IsOptional() milestoneHours?: number;
  @ApiPropertyOptional({ maxLength: 60, example: 'protocol' }) @Transform(trim) @IsString() @IsSingleLine() @MaxLength(60) @IsOptional() qualification?: string;
}

export class CreateCertificateTypeDto {
  @ApiProperty({ maxLength: 60, example: 'socgov-2025' }) @Transform(trim) @IsString() @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'certificateTypeCode' }) @MaxLength(60) code!: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS }) @IsIn(CERTIFICATE_KINDS) kind!: CertificateKind;
  @ApiProperty({ type: LocalizedNameDto }) @ValidateNested() @Type(() => LocalizedNameDto) name!: LocalizedNameDto;
  @ApiProperty({ type: CertificateRuleDto }) @ValidateNested() @Type(() => CertificateRuleDto) rule!: CertificateRuleDto;
  @ApiPropertyOptional({ default: false }) @IsBoolean() @IsOptional() autoIssue?: boolean;
  @ApiPropertyOptional({ default: true }) @IsBoolean() @IsOptional() active?: boolean;
}

/** The code and the kind stay as created (certificates already issued name them). */
export class UpdateCertificateTypeDto {
  @ApiPropertyOptional({ type: LocalizedNameDto }) @ValidateNested() @Type(() => LocalizedNameDto) @IsOptional() name?: LocalizedNameDto;
  @ApiPropertyOptional({ type: CertificateRuleDto }) @ValidateNested() @Type(() => CertificateRuleDto) @IsOptional() rule?: CertificateRuleDto;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() autoIssue?: boolean;
  @ApiPropertyOptional() @IsBoolean() @IsOptional() active?: boolean;
}

export class CertificateTypesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CERTIFICATE_KINDS }) @IsIn(CERTIFICATE_KINDS) @IsOptional() kind?: CertificateKind;
  @ApiPropertyOptional() @Transform(toBool) @IsBoolean() @IsOptional() active?: boolean;
}

export class CertificatesQueryDto extends ListQueryDto {
  @ApiPropertyOptional() @IsUUID() @IsOptional() typeId?: string;
  @ApiPropertyOptional({ enum: CERTIFICATE_KINDS }) @IsIn(CERTIFICATE_KINDS) @IsOptional() kind?: CertificateKind;
  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES }) @IsIn(CERTIFICATE_STATUSES) @IsOptional() status?: CertificateStatus;
  @ApiPropertyOptional() @IsUUID() @IsOptional() eventId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
  @ApiPropertyOptional() @IsUUID() @IsOptional() volunteerId?: string;
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) @IsOptional() year?: number;
}

export class CertificatesExportQueryDto extends CertificatesQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx']) format!: 'csv' | 'xlsx';
}

export class PdfQueryDto {
  @ApiPropertyOptional({ enum: ['az-en', 'az-ru'], default: 'az-en' }) @IsIn(['az-en', 'az-ru']) @IsOptional() lang?: 'az-en' | 'az-ru';
}

export class IssueCertificateDto {
  @ApiProperty() @IsUUID() typeId!: string;
  @ApiProperty() @IsUUID() volunteerId!: string;
}

export class RevokeCertificateDto {
  @ApiProperty({ maxLength: 500, description: 'Kept for staff; never shown publicly.' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class ReissueCertificateDto {
  @ApiProperty({ maxLength: 200, description: 'The holder\'s name as on the ID card' }) @Transform(trim) @IsString() @IsNotEmpty() @IsSingleLine() @MaxLength(200) holderName!: string;
  @ApiProperty({ maxLength: 500 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

// ——— answers (docs/certificates.md) ———

export type Localized = { az: string; en: string; ru: string };

export interface CertificateTypeDto {
  id: string;
  code: string;
  kind: CertificateKind;
  name: Localized;
  rule: Record<string, unknown>;
  autoIssue: boolean;
  active: boolean;
}

export interface CertificateDto {
  id: string;
  serial: string;
  verificationCode: string;
  verifyUrl: string;
  volunteerId: string;
  holderName: string;
  type: { id: string; kind: CertificateKind; name: Localized };
  minutes: number;
  roles: Localized[];
  place: { kind: 'center' | 'event'; id: string; name: Localized } | null;
  periodFrom: string | null;
  periodTo: string | null;
  issuedAt: string;
  issuedBy: string | null;
  status: CertificateStatus;
  revokedAt: string | null;
  revokedReason: string | null;
  supersededById: string | null;
}

export type MyCertificateDto = Omit<CertificateDto, 'revokedReason' | 'issuedBy'> & { pdfUrl: string; credentialUrl: string; linkedInUrl: string };

export interface CertificateProgressDto {
  typeId: string;
  kind: CertificateKind;
  name: Localized;
  minutes: number;
  requiredMinutes: number | null;
  eligible: boolean;
  reasons: string[];
  held: boolean;
}

export interface PublicCertificateDto {
  status: CertificateStatus;
  revokedAt: string | null;
  serial: string;
  holderName: string;
  type: { kind: CertificateKind; name: Localized };
  minutes: number;
  roles: Localized[];
  place: { name: Localized } | null;
  periodFrom: string | null;
  periodTo: string | null;
  issuedAt: string;
  issuer: { name: Localized };
}
