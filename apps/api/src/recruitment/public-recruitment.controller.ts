import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/decorators';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { localeFrom } from '../common/i18n/locale';
import { ApplyService, type StatusViewDto } from './apply.service';
import { ApplyBodyPipe, type ApplyInput } from './dto/apply-body.pipe';
import { AppliedDto, ApplyDto, PickSlotDto, StatusTokenDto, VerifyDto } from './dto/apply.dto';
import { PublicLimit, PublicRateLimitGuard } from './public-rate-limit.guard';
import type { IntakeDto } from './recruitment.mapper';

/** The applicant's side: no account, rate-limited per IP address, the status page opened by its token. */
@ApiTags('recruitment (public)')
@Public()
@Controller('public')
@UseGuards(PublicRateLimitGuard)
@ApiProblems(429)
export class PublicRecruitmentController {
  constructor(private readonly apply: ApplyService) {}

  @Get('intakes')
  intakes(): Promise<IntakeDto[]> {
    return this.apply.openIntakes();
  }

  @Get('intakes/:id')
  intake(@Param('id', ParseUUIDPipe) id: string): Promise<IntakeDto> {
    return this.apply.openIntake(id);
  }

  @Post('intakes/:id/applications')
  @PublicLimit('apply')
  @ApiBody({ type: ApplyDto })
  submit(@Param('id', ParseUUIDPipe) id: string, @Body(ApplyBodyPipe) input: ApplyInput, @Headers('accept-language') lang?: string): Promise<AppliedDto> {
    return this.apply.apply(id, input, localeFrom(lang));
  }

  @Post('applications/verify')
  @HttpCode(200)
  @PublicLimit('verify')
  verify(@Body() dto: VerifyDto) {
    return this.apply.verify(dto);
  }

  /** Token in the query: the request log drops query strings. */
  @Get('application-status')
  status(@Query() dto: StatusTokenDto): Promise<StatusViewDto> {
    return this.apply.status(dto.token);
  }

  @Post('application-status/resend-verification')
  @HttpCode(202)
  @PublicLimit('verify')
  async resend(@Body() dto: StatusTokenDto): Promise<{ accepted: true }> {
    await this.apply.resendVerification(dto.token);
    return { accepted: true };
  }

  @Post('application-status/withdraw')
  @HttpCode(200)
  withdraw(@Body() dto: StatusTokenDto): Promise<StatusViewDto> {
    return this.apply.withdraw(dto.token);
  }

  /** Withdrawing consent (Law on Personal Data) also withdraws an open application: it can no longer be processed. */
  @Post('application-status/withdraw-consent')
  @HttpCode(200)
  withdrawConsent(@Body() dto: StatusTokenDto): Promise<StatusViewDto> {
    return this.apply.withdraw(dto.token, { consent: true });
  }

  @Post('application-status/interview')
  @HttpCode(200)
  pick(@Body() dto: PickSlotDto): Promise<StatusViewDto> {
    return this.apply.pickSlot(dto.token, dto.slotId);
  }
}
