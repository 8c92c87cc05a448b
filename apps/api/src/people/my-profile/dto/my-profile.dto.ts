import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';
import { HALF_DAYS, MAX_PREFERRED_CENTERS, NOTIFICATION_KINDS } from '@dost/domain';
import { IsSingleLine } from '../../../common/http/text.validators';
import { LanguageSkillDto } from '../../../recruitment/dto/apply.dto';
import { IsAzPhone } from '../../../recruitment/dto/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const LOCALES = ['az', 'en', 'ru'] as const;

export class NotificationPreferencesDto {
  @ApiPropertyOptional({ description: 'Shift reminders 24 h and 2 h before' }) @IsOptional() @IsBoolean() reminders?: boolean;
  @ApiPropertyOptional({ description: 'News about swaps of my shifts' }) @IsOptional() @IsBoolean() swaps?: boolean;
  @ApiPropertyOptional({ description: 'Messages of coordinators and vacancy invitations' }) @IsOptional() @IsBoolean() messages?: boolean;
}

export class EmergencyContactDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine() name!: string;
  @ApiProperty({ example: '+994 50 123 45 67' }) @IsAzPhone() @MaxLength(30) phone!: string;
}

/** Every field optional: only what is sent changes. `null` clears phone and emergency contact. */
export class UpdateMyProfileDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '+994 50 123 45 67' }) @IsOptional() @IsAzPhone() @MaxLength(30) phone?: string | null;
  @ApiPropertyOptional({ type: [LanguageSkillDto] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LanguageSkillDto) languages?: LanguageSkillDto[];
  @ApiPropertyOptional({ enum: HALF_DAYS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(HALF_DAYS.length) @ArrayUnique() @IsIn(HALF_DAYS, { each: true }) availability?: string[];
  @ApiPropertyOptional({ type: [String], description: 'First = most preferred' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_PREFERRED_CENTERS) @ArrayUnique() @IsUUID('all', { each: true }) preferredCenterIds?: string[];
  @ApiPropertyOptional({ type: EmergencyContactDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => EmergencyContactDto) emergencyContact?: EmergencyContactDto | null;
  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of mail and screens, kept on the account' }) @IsOptional() @IsIn(LOCALES) locale?: (typeof LOCALES)[number];
  @ApiPropertyOptional({ type: NotificationPreferencesDto }) @IsOptional() @ValidateNested() @Type(() => NotificationPreferencesDto) notifications?: NotificationPreferencesDto;
}

export class MyVolunteerProfileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: [LanguageSkillDto] }) languages!: LanguageSkillDto[];
  @ApiProperty({ enum: HALF_DAYS, isArray: true }) availability!: string[];
  @ApiProperty({ type: [String] }) preferredCenterIds!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) homeCenterId!: string | null;
  @ApiProperty({ type: EmergencyContactDto, nullable: true }) emergencyContact!: EmergencyContactDto | null;
}

export class ClosureRequestStateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['open', 'done', 'withdrawn'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MyProfileDto {
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Waiting for the link mailed to it' }) pendingEmail!: string | null;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: MyVolunteerProfileDto, nullable: true, description: 'Null for an account without a person record (staff)' }) volunteer!: MyVolunteerProfileDto | null;
  @ApiProperty({ type: NotificationPreferencesDto }) notifications!: Record<(typeof NOTIFICATION_KINDS)[number], boolean>;
  @ApiProperty({ type: ClosureRequestStateDto, nullable: true }) closureRequest!: ClosureRequestStateDto | null;
  @ApiProperty({ type: [Object], maxItems: 2000, description: 'Active centers to choose preferred ones from: { id, region, name: { az, en, ru } }' })
  centerOptions!: { id: string; region: string; name: { az: string; en: string; ru: string } }[];
}

export class EmailChangeDto {
  @ApiProperty() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254) email!: string;
}

export class EmailChangeTokenDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) token!: string;
}

export class PendingEmailDto {
  @ApiProperty() pendingEmail!: string;
}

export class ChangedEmailDto {
  @ApiProperty() email!: string;
}

export class ClosureRequestDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
}

export class ClosureRequestListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ enum: ['open', 'done', 'withdrawn'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) handledAt!: string | null;
}

export class ApplicantHomeApplicationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ format: 'uuid' }) intakeId!: string;
  @ApiProperty({ description: '{ az, en, ru }' }) intakeName!: { az: string; en: string; ru: string };
  @ApiProperty() intakeOpen!: boolean;
  @ApiProperty() status!: string;
  @ApiProperty({ enum: ['verifyEmail', 'waitForScreening', 'bookInterview', 'attendInterview', 'waitForDecision', 'onboarding', 'done', 'waitlisted', 'applyAgain'] }) nextStep!: string;
  @ApiProperty({ type: Object, nullable: true, description: 'The booked interview: { startsAt, endsAt, location }' }) interview!: { startsAt: string; endsAt: string; location: string } | null;
  @ApiProperty({ description: 'The status page (booking of interviews, withdrawal) — the same link as in the mails' }) statusUrl!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ApplicantPrefillDto {
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) fin!: string | null;
  @ApiProperty() birthDate!: string;
  @ApiProperty() phone!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['student', 'working', 'neither'], description: 'Null when the application predates the question' }) occupation!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: '{ institution, faculty, year }; null when a non-student left it out' }) education!: { institution: string; faculty: string; year: number } | null;
  @ApiProperty({ type: [LanguageSkillDto] }) languages!: LanguageSkillDto[];
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty({ type: [String] }) availability!: string[];
  @ApiProperty({ type: [String] }) centerIds!: string[];
}

export class ApplicantHomeDto {
  @ApiProperty({ type: [ApplicantHomeApplicationDto] }) data!: ApplicantHomeApplicationDto[];
  @ApiProperty({ type: ApplicantPrefillDto, nullable: true, description: 'From the latest application, for applying again' }) prefill!: ApplicantPrefillDto | null;
  @ApiProperty({ type: [Object], description: 'Intakes open now: { id, name: { az, en, ru } }' }) openIntakes!: { id: string; name: { az: string; en: string; ru: string } }[];
}
