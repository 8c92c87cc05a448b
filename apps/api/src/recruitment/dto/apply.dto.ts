import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID,
  Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { APPLICANT_OCCUPATIONS, CEFR_LEVELS, educationRequired, HALF_DAYS, type ApplicantOccupation } from '@dost/domain';
import { IsSingleLine } from '../../common/http/text.validators';
import { IsAzPhone, IsFin, IsIsoDate } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EducationDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) institution!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) faculty!: string;
  @ApiProperty({ description: 'Year of graduation (or expected)' }) @IsInt() @Min(1950) @Max(2040) year!: number;
}

export class LanguageSkillDto {
  @ApiProperty({ example: 'en', description: 'ISO 639-1' }) @IsString() @Matches(/^[a-z]{2}$/, { message: 'languageCode' }) @MaxLength(2) language!: string;
  @ApiProperty({ enum: CEFR_LEVELS }) @IsIn(CEFR_LEVELS) level!: (typeof CEFR_LEVELS)[number];
}

export class ApplyDto {
  @ApiProperty() @Transform(trim) @IsString() @MinLength(3) @MaxLength(200) @IsSingleLine() fullName!: string;
  @ApiProperty({ example: '5ABCD12', description: '7 Latin capitals and digits (no I, O)' }) @IsFin() @MaxLength(20) fin!: string;
  @ApiProperty({ example: '2001-05-20' }) @IsIsoDate() @MaxLength(10) birthDate!: string;
  @ApiProperty({ example: '+994 50 123 45 67' }) @IsAzPhone() @MaxLength(30) phone!: string;
  @ApiProperty() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({
    enum: APPLICANT_OCCUPATIONS,
    description: 'What the applicant does now. `student` must give `education`; `working` and `neither` may leave it out. ' +
      'Left out by an older client that sends `education`: stored as not asked (null).',
  })
  @ValidateIf((o: ApplyDto) => o.occupation != null || o.education == null) @IsIn(APPLICANT_OCCUPATIONS) @MaxLength(20)
  occupation?: ApplicantOccupation;
  @ApiPropertyOptional({ type: EducationDto, description: 'Required when `occupation` is `student`; optional otherwise (an older client without `occupation` sends it)' })
  @ValidateIf((o: ApplyDto) => educationRequired(o.occupation) || o.education != null) @IsObject() @ValidateNested() @Type(() => EducationDto)
  education?: EducationDto;
  @ApiProperty({ type: [LanguageSkillDto] }) @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LanguageSkillDto) languages!: LanguageSkillDto[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(60, { each: true }) skills?: string[];
  @ApiProperty({ enum: HALF_DAYS, isArray: true }) @IsArray() @ArrayMinSize(1, { message: 'chooseAvailability' }) @ArrayMaxSize(HALF_DAYS.length) @ArrayUnique() @IsIn(HALF_DAYS, { each: true }) availability!: string[];
  @ApiProperty({ type: [String], description: 'Preferred centers, first = most preferred (1–3)' })
  @IsArray() @ArrayMinSize(1, { message: 'chooseCenter' }) @ArrayMaxSize(3) @ArrayUnique() @IsUUID('all', { each: true }) centerIds!: string[];
  @ApiProperty() @Transform(trim) @IsString() @MinLength(20) @MaxLength(3000) motivation!: string;
  @ApiPropertyOptional({ description: 'questionId → text or option id(s)' }) @IsOptional() @IsObject() answers?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', minLength: 10, maxLength: 10 }, maxItems: 60, description: "An event intake's days (YYYY-MM-DD, Baku) the applicant can come" })
  @IsOptional() @IsArray() @ArrayMaxSize(60) @ArrayUnique() @MaxLength(10, { each: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'isIsoDate' }) eventDays?: string[];
  @ApiProperty({ description: 'The consent text version shown' }) @IsInt() @Min(1) consentVersion!: number;
  @ApiProperty({ description: 'Must be true' }) @IsOptional() @IsBoolean() consentAccepted?: boolean;
  @ApiPropertyOptional({ enum: ['az', 'en', 'ru'] }) @IsOptional() @IsIn(['az', 'en', 'ru']) locale?: 'az' | 'en' | 'ru';
}

/** Named apart from auth's TokenDto: OpenAPI schemas are keyed by class name. */
export class StatusTokenDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) token!: string;
}

export class VerifyDto {
  @ApiPropertyOptional({ description: 'The token of the mail link' }) @IsOptional() @IsString() @MaxLength(300) token?: string;
  @ApiPropertyOptional({ description: 'The status token (with `code`)' }) @IsOptional() @IsString() @MaxLength(300) statusToken?: string;
  @ApiPropertyOptional({ description: 'The 6-digit code of the mail' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'sixDigits' }) @MaxLength(6) code?: string;
}

export class PickSlotDto extends StatusTokenDto {
  @ApiProperty() @IsUUID() slotId!: string;
}

export class AppliedDto {
  @ApiProperty() id!: string;
  @ApiProperty() number!: number;
  @ApiProperty() status!: string;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ description: 'Opens the status page (also in the mails)' }) statusToken!: string;
}
