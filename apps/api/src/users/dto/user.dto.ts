import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength,
} from 'class-validator';
import { ROLES, type Role } from '@dost/domain';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { IsSingleLine } from '../../common/http/text.validators';
import { LOCALES, type Locale } from '../../common/i18n/locale';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** At least 10 characters with a letter and a digit; long passphrases welcome (argon2 has no 72-byte limit). */
export const STRONG_PASSWORD = /^(?=.*\p{L})(?=.*\d).{10,200}$/u;

export class CreateUserDto {
  @ApiProperty({ example: 'leyla@dost.gov.az' })
  @Transform(lower) @IsEmail({ require_tld: false }) @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Leyla Məmmədova' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) @IsSingleLine()
  fullName!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'az' })
  @IsIn(LOCALES) @IsOptional()
  locale?: Locale;

  @ApiPropertyOptional({ description: 'Omit to let the user set it from an invitation' })
  @IsString() @Matches(STRONG_PASSWORD, { message: 'isStrongPassword' }) @MaxLength(200) @IsOptional()
  password?: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({ type: [String], description: 'Centers this coordinator coordinates' })
  @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) @IsOptional()
  centerIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Events this organizer organises' })
  @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) @IsOptional()
  eventIds?: string[];

  @ApiPropertyOptional({ default: true })
  @IsBoolean() @IsOptional()
  active?: boolean;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['password'] as const)) {}

export class UserListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsIn(ROLES) @IsOptional() role?: Role;
  @ApiPropertyOptional() @Transform(toBool) @IsBoolean() @IsOptional() active?: boolean;
  @ApiPropertyOptional() @IsUUID() @IsOptional() centerId?: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) currentPassword!: string;
  @ApiProperty() @IsString() @Matches(STRONG_PASSWORD, { message: 'isStrongPassword' }) @MaxLength(200) newPassword!: string;
}

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Invited and has not set a password yet' }) invited!: boolean;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String] }) centerIds!: string[];
  @ApiProperty({ type: [String] }) eventIds!: string[];
  @ApiProperty() demo!: boolean;
  @ApiProperty() createdAt!: string;
}

