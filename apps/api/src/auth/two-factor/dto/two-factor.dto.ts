import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class TwoFactorStatusDto {
  @ApiProperty({ enum: ['required', 'optional', 'off'], description: 'STAFF_2FA of this system' }) mode!: 'required' | 'optional' | 'off';
  @ApiProperty({ description: 'The account holds a staff role (admin, hr, coordinator, organizer)' }) staff!: boolean;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) enabledAt!: string | null;
  @ApiProperty({ description: 'Required for this account: it cannot be turned off' }) required!: boolean;
  @ApiProperty({ maximum: 10 }) recoveryCodesLeft!: number;
}

export class EnrolmentDto {
  @ApiProperty({ description: 'Base32 secret, for typing into the app by hand. Shown only in this answer.', maxLength: 64 }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI (RFC 6238 parameters: SHA1, 6 digits, 30 s)', maxLength: 500 }) otpauthUrl!: string;
  @ApiProperty({ description: 'The URI as a PNG QR code (data: URL)', maxLength: 20000 }) qrDataUrl!: string;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: [String], maxItems: 10, description: 'Ten one-time codes, shown only in this answer' }) recoveryCodes!: string[];
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456', description: 'Six digits from the authenticator app', maxLength: 12 })
  @IsString()
  @MaxLength(12)
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/)
  code!: string;
}

/** A TOTP code or one of the recovery codes. */
export class SecondFactorDto {
  @ApiPropertyOptional({ example: '123456', maxLength: 12 })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/)
  code?: string;

  @ApiPropertyOptional({ example: 'abcde-fghjk', maxLength: 40 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  recoveryCode?: string;
}

export class LoginMfaDto extends SecondFactorDto {
  @ApiProperty({ description: 'From the answer of POST /auth/login; good for 5 minutes', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  mfaToken!: string;
}

export class MfaChallengeDto {
  @ApiProperty({ enum: [true] }) mfaRequired!: true;
  @ApiProperty({ maxLength: 2000 }) mfaToken!: string;
  @ApiProperty({ description: 'Seconds the mfaToken lives' }) expiresIn!: number;
}

export class UserTwoFactorDto {
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) enabledAt!: string | null;
}
