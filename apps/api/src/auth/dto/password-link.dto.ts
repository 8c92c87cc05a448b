import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { STRONG_PASSWORD } from '../../users/dto/user.dto';

export class ForgotPasswordDto {
  @ApiProperty({ example: 'leyla@dost.gov.az' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email!: string;
}

/** The token from an invitation or reset link, and the new password. */
export class SetPasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
  @ApiProperty() @IsString() @Matches(STRONG_PASSWORD, { message: 'isStrongPassword' }) @MaxLength(200) password!: string;
}

export class AcceptedDto {
  @ApiProperty({ description: 'Always true: the answer never tells whether the address has an account' }) accepted!: boolean;
}
