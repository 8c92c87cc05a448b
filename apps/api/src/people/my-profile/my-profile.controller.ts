import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser, Public, Roles } from '../../common/decorators';
import { ListQueryDto, type Page } from '../../common/http/list-query.dto';
import {
  ChangedEmailDto, ClosureRequestDto, ClosureRequestListItemDto, ClosureRequestStateDto, EmailChangeDto, EmailChangeTokenDto, ApplicantHomeDto, MyProfileDto,
  PendingEmailDto, UpdateMyProfileDto,
} from './dto/my-profile.dto';
import { MyDataExportService } from './my-data-export';
import { MyProfileService } from './my-profile.service';

const requestIdOf = (req: Request) => ((req as { id?: unknown }).id ? String((req as { id?: unknown }).id) : undefined);

/** "My profile" of any signed-in person (volunteer, applicant, staff): only ever the caller's own data. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MyProfileController {
  constructor(
    private readonly profile: MyProfileService,
    private readonly exports: MyDataExportService,
  ) {}

  @Get('profile')
  get(@CurrentUser() u: AuthUser): Promise<MyProfileDto> {
    return this.profile.get(u);
  }

  @Patch('profile')
  update(@CurrentUser() u: AuthUser, @Body() dto: UpdateMyProfileDto): Promise<MyProfileDto> {
    return this.profile.update(u, dto);
  }

  /** Mails a confirmation link to the new address; the login e-mail changes only when the link is opened. */
  @Post('email-change')
  @HttpCode(202)
  requestEmailChange(@CurrentUser() u: AuthUser, @Body() dto: EmailChangeDto): Promise<PendingEmailDto> {
    return this.profile.requestEmailChange(u, dto.email);
  }

  /** Everything the programme keeps about me, machine-readable (audited). */
  @Get('export')
  @ApiOkResponse({ description: 'JSON file (attachment)' })
  async exportJson(@CurrentUser() u: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.exports.collect(u.id);
    await this.profile.auditExport(u, 'json', requestIdOf(req));
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="my-data.json"');
    res.setHeader('Cache-Control', 'no-store');
    res.send(JSON.stringify(data, null, 2));
  }

  /** The same, as a readable PDF in the account's language (audited). */
  @Get('export/pdf')
  @ApiProduces('application/pdf')
  async exportPdf(@CurrentUser() u: AuthUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.exports.collect(u.id);
    const pdf = await this.exports.pdf(data, data.account.locale as 'az' | 'en' | 'ru');
    await this.profile.auditExport(u, 'pdf', requestIdOf(req));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', 'attachment; filename="my-data.pdf"');
    res.setHeader('Cache-Control', 'no-store');
    res.send(pdf);
  }

  /** A request to close my account: recorded for HR/admin (docs/my-profile.md says what happens next). */
  @Post('closure-request')
  requestClosure(@CurrentUser() u: AuthUser, @Body() dto: ClosureRequestDto): Promise<ClosureRequestStateDto> {
    return this.profile.requestClosure(u, dto);
  }

  @Delete('closure-request')
  @HttpCode(204)
  withdrawClosure(@CurrentUser() u: AuthUser): Promise<void> {
    return this.profile.withdrawClosure(u);
  }

  /** Applicant home: my applications with their stage, interview and next step, and a pre-fill for applying again. */
  @Get('applications')
  applications(@CurrentUser() u: AuthUser): Promise<ApplicantHomeDto> {
    return this.profile.applications(u);
  }
}

/** Opening the link of the mail sent to the new address (no login needed: the token is the proof). */
@ApiTags('me')
@Controller('email-change')
export class EmailChangeController {
  constructor(private readonly profile: MyProfileService) {}

  @Public()
  @Post('confirm')
  @HttpCode(200)
  confirm(@Body() dto: EmailChangeTokenDto): Promise<ChangedEmailDto> {
    return this.profile.confirmEmailChange(dto.token);
  }
}

/** Staff see the requests to close accounts (and act on them in Users). */
@ApiTags('me')
@ApiBearerAuth()
@Controller('account-closure-requests')
@Roles('admin', 'hr')
export class ClosureRequestsController {
  constructor(private readonly profile: MyProfileService) {}

  @Get()
  list(@Query() q: ListQueryDto): Promise<Page<ClosureRequestListItemDto>> {
    return this.profile.listClosureRequests(q.perPage, (q.page - 1) * q.perPage);
  }
}
