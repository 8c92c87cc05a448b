import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiProblems } from '../common/http/api-problems.decorator';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { AllowDuringMfaEnrolment, CurrentUser, Public } from '../common/decorators';
import { AppConfig } from '../config/app-config';
import { ChangePasswordDto } from '../users/dto/user.dto';
import { AuthService, type IssuedTokens } from './auth.service';
import { LoginDto, MeDto, TokenDto } from './dto/auth.dto';
import { AcceptedDto, ForgotPasswordDto, SetPasswordDto } from './dto/password-link.dto';
import { PasswordLinksService } from './password-links.service';
import { LoginMfaDto, MfaChallengeDto } from './two-factor/dto/two-factor.dto';

export const REFRESH_COOKIE = 'dost_refresh';
const COOKIE_PATH = '/api/v1/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    private readonly passwordLinks: PasswordLinksService,
  ) {}

  /** With two-step sign-in on for the account: no session yet, `{ mfaRequired, mfaToken }` for POST /auth/login/mfa. */
  @Public()
  @Post('login')
  @ApiProblems(401, 429)
  @HttpCode(200)
  @ApiExtraModels(TokenDto, MfaChallengeDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(TokenDto) }, { $ref: getSchemaPath(MfaChallengeDto) }] } })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenDto | MfaChallengeDto> {
    const result = await this.auth.login(dto.email, dto.password, req.ip ?? 'unknown', req.headers['user-agent']);
    if ('mfaRequired' in result) return result;
    return this.withCookie(res, result);
  }

  /** The second step: the code from the authenticator app, or one of the recovery codes (each works once). */
  @Public()
  @Post('login/mfa')
  @ApiProblems(401, 429)
  @HttpCode(200)
  async loginMfa(@Body() dto: LoginMfaDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenDto> {
    const tokens = await this.auth.loginWithSecondFactor(dto.mfaToken, { code: dto.code, recoveryCode: dto.recoveryCode }, req.ip ?? 'unknown', req.headers['user-agent']);
    return this.withCookie(res, tokens);
  }

  @Public()
  @Post('refresh')
  @ApiProblems(401)
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenDto> {
    const tokens = await this.auth.refresh(req.cookies?.[REFRESH_COOKIE], req.ip);
    return this.withCookie(res, tokens);
  }

  /** Public so that a user whose access token already expired can still end the session behind the cookie. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logoutByRefreshToken(req.cookies?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @ApiBearerAuth()
  @AllowDuringMfaEnrolment()
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.auth.me(user);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }

  /** Always 202 with the same body, whether or not the address has an account. */
  @Public()
  @Post('forgot-password')
  @ApiProblems(429)
  @HttpCode(202)
  async forgotPassword(@Body() dto: ForgotPasswordDto, @Req() req: Request): Promise<AcceptedDto> {
    await this.passwordLinks.forgotPassword(dto.email, req.ip ?? 'unknown');
    return { accepted: true };
  }

  /** From a password-reset link: sets the new password and ends every session of the account. */
  @Public()
  @Post('reset-password')
  @HttpCode(204)
  resetPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.passwordLinks.resetPassword(dto.token, dto.password);
  }

  /** From an invitation link: sets the first password; then the user logs in. */
  @Public()
  @Post('set-password')
  @HttpCode(204)
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.passwordLinks.setPassword(dto.token, dto.password);
  }

  private withCookie(res: Response, tokens: IssuedTokens): TokenDto {
    res.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
      expires: tokens.refreshExpiresAt,
    });
    return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn, user: tokens.user };
  }
}
