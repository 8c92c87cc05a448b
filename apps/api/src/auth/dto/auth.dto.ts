import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@dost/domain';
import { LOCALES, type Locale } from '../../common/i18n/locale';

export class LoginDto {
  @ApiProperty({ example: 'admin@dost.local' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 }) id!: string;
  @ApiProperty({ maxLength: 254 }) email!: string;
  @ApiProperty({ maxLength: 200 }) fullName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty({ enum: ROLES, isArray: true, maxItems: ROLES.length }) roles!: Role[];
  // The same bounds as CreateUserDto's.
  @ApiProperty({ type: [String], format: 'uuid', maxLength: 36, maxItems: 500 }) centerIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid', maxLength: 36, maxItems: 500 }) eventIds!: string[];
  @ApiProperty({ description: 'STAFF_2FA=required and no authenticator yet: only enrolment is reachable' }) mfaEnrolmentRequired!: boolean;
}

export class TokenDto {
  @ApiProperty({ description: 'A JWT', maxLength: 4096 }) accessToken!: string;
  @ApiProperty({ description: 'Seconds' }) expiresIn!: number;
  @ApiProperty({ type: MeDto }) user!: MeDto;
}
