import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/api-problems.decorator';
import { AuditAs } from '../../audit/audit.interceptor';
import type { AuthUser } from '../../common/auth-user';
import { AllowDuringMfaEnrolment, CurrentUser, Roles } from '../../common/decorators';
import { ApiProblem } from '../../common/http/api-problem';
import { EnrolmentDto, UserTwoFactorDto, RecoveryCodesDto, SecondFactorDto, TotpCodeDto, TwoFactorStatusDto } from './dto/two-factor.dto';
import { TwoFactorService } from './two-factor.service';

/** The caller's own second factor ("My account → Security"). Enrolment stays reachable while it is owed. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/2fa')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Get()
  @AllowDuringMfaEnrolment()
  status(@CurrentUser() user: AuthUser): Promise<TwoFactorStatusDto> {
    return this.twoFactor.status(user);
  }

  /** A new secret as a QR code and as text (replaces an unfinished enrolment); 409 when 2FA is already on. */
  @Post('enrolment')
  @AllowDuringMfaEnrolment()
  startEnrolment(@CurrentUser() user: AuthUser): Promise<EnrolmentDto> {
    return this.twoFactor.startEnrolment(user);
  }

  /** The first code turns 2FA on; the answer holds the ten recovery codes, shown only here. Other sessions end. */
  @Post('enrolment/confirm')
  @ApiProblems(429)
  @AllowDuringMfaEnrolment()
  confirmEnrolment(@CurrentUser() user: AuthUser, @Body() dto: TotpCodeDto): Promise<RecoveryCodesDto> {
    return this.twoFactor.confirmEnrolment(user, dto.code);
  }

  /** Only where STAFF_2FA=optional; needs a code or a recovery code. */
  @Post('disable')
  @ApiProblems(429)
  @HttpCode(204)
  disable(@CurrentUser() user: AuthUser, @Body() dto: SecondFactorDto): Promise<void> {
    return this.twoFactor.disable(user, dto);
  }

  /** Ten new recovery codes; the old ones stop working. Needs a code or a recovery code. */
  @Post('recovery-codes')
  @ApiProblems(429)
  regenerate(@CurrentUser() user: AuthUser, @Body() dto: SecondFactorDto): Promise<RecoveryCodesDto> {
    return this.twoFactor.regenerateRecoveryCodes(user, dto);
  }
}

/** Lost phone: an admin removes a user's authenticator (audited as users.resetTwoFactor); their sessions end. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin')
export class TwoFactorResetController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Get(':id/2fa')
  async statusOf(@Param('id', ParseUUIDPipe) id: string): Promise<UserTwoFactorDto> {
    return this.twoFactor.statusOf(id);
  }

  @Post(':id/2fa/reset')
  @HttpCode(204)
  @AuditAs('users')
  async resetTwoFactor(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    if (!(await this.twoFactor.reset(id))) throw new ApiProblem(409, 'detail.twoFactorNotOn', {}, [], {}, 'TWO_FACTOR_NOT_ON');
  }
}
