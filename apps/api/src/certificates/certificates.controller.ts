import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Public, Roles } from '../common/decorators';
import { ApiProblem } from '../common/http/api-problem';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { localeFrom } from '../common/i18n/locale';
import {
  CertificatesExportQueryDto, CertificatesQueryDto, CertificateTypesQueryDto, CreateCertificateTypeDto, IssueCertificateDto, PdfQueryDto, ReissueCertificateDto,
  RevokeCertificateDto, UpdateCertificateTypeDto,
} from './dto/certificates.dto';
import { CertificatesService, type FileAnswer } from './certificates.service';

const CREDENTIAL_TYPE = 'application/vc+ld+json';

function sendFile(res: Response, f: FileAnswer, disposition: 'inline' | 'attachment' = 'attachment'): void {
  res.setHeader('Content-Type', f.contentType);
  res.setHeader('Content-Disposition', `${disposition}; filename="${f.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(f.body);
}

function sendCredential(res: Response, credential: object, serialOrCode: string): void {
  res.setHeader('Content-Type', CREDENTIAL_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${serialOrCode}.json"`);
  res.send(JSON.stringify(credential, null, 2));
}

/** What can be earned: staff read, admins edit. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificate-types')
export class CertificateTypesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get() @Roles('admin', 'hr', 'coordinator', 'organizer')
  list(@Query() q: CertificateTypesQueryDto) { return this.certificates.listTypes(q); }

  @Get(':id') @Roles('admin', 'hr', 'coordinator', 'organizer')
  one(@Param('id', ParseUUIDPipe) id: string) { return this.certificates.oneType(id); }

  @Post() @Roles('admin')
  create(@Body() dto: CreateCertificateTypeDto) { return this.certificates.createType(dto); }

  @Patch(':id') @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCertificateTypeDto) { return this.certificates.updateType(id, dto); }
}

/** Staff: certificates of their centers / events (hr and admin: all); issue, revoke, reissue, files, export. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get() @Roles('admin', 'hr', 'coordinator', 'organizer')
  list(@CurrentUser() u: AuthUser, @Query() q: CertificatesQueryDto) { return this.certificates.list(u, q); }

  @Get('export') @Roles('admin', 'hr', 'coordinator', 'organizer')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentUser() u: AuthUser, @Query() q: CertificatesExportQueryDto, @Req() req: Request & { id?: string }, @Res() res: Response): Promise<void> {
    sendFile(res, await this.certificates.export(u, q, localeFrom(req.headers['accept-language']), req.id ? String(req.id) : undefined));
  }

  @Get(':id') @Roles('admin', 'hr', 'coordinator', 'organizer')
  one(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.certificates.one(u, id); }

  @Get(':id/pdf') @Roles('admin', 'hr', 'coordinator', 'organizer') @ApiProduces('application/pdf')
  async pdf(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: PdfQueryDto, @Res() res: Response): Promise<void> {
    sendFile(res, await this.certificates.pdf(u, id, q.lang));
  }

  @Get(':id/credential') @Roles('admin', 'hr', 'coordinator', 'organizer') @ApiProduces(CREDENTIAL_TYPE)
  async credential(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    sendCredential(res, await this.certificates.credential(u, id), id);
  }

  @Post() @Roles('admin', 'coordinator', 'organizer')
  issue(@CurrentUser() u: AuthUser, @Body() dto: IssueCertificateDto) { return this.certificates.issue(u, dto); }

  @Post(':id/revoke') @Roles('admin', 'coordinator', 'organizer') @HttpCode(200)
  revoke(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RevokeCertificateDto) { return this.certificates.revoke(u, id, dto); }

  @Post(':id/reissue') @Roles('admin', 'coordinator', 'organizer')
  reissue(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReissueCertificateDto) { return this.certificates.reissue(u, id, dto); }
}

/** Staff: a volunteer's progress toward each type. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('volunteers')
export class VolunteerCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':id/certificate-progress') @Roles('admin', 'hr', 'coordinator', 'organizer')
  progress(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.certificates.progressOf(u, id); }
}

/** The holder: My certificates, progress, own files. */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('me/certificates')
export class MyCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get() @Roles('volunteer')
  list(@CurrentUser() u: AuthUser) { return this.certificates.mine(u); }

  @Get('progress') @Roles('volunteer')
  progress(@CurrentUser() u: AuthUser) { return this.certificates.myProgress(u); }

  @Get(':id/pdf') @Roles('volunteer') @ApiProduces('application/pdf')
  async pdf(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: PdfQueryDto, @Res() res: Response): Promise<void> {
    sendFile(res, await this.certificates.myPdf(u, id, q.lang));
  }

  @Get(':id/credential') @Roles('volunteer') @ApiProduces(CREDENTIAL_TYPE)
  async credential(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    sendCredential(res, await this.certificates.myCredential(u, id), id);
  }
}

/** The printed code: 20 characters, perhaps grouped by spaces or dashes; anything longer cannot be one. */
const MAX_TYPED_CODE = 40;
const CODE_PARAM = { name: 'code', description: 'The verification code as printed (spaces and dashes ignored)', schema: { type: 'string' as const, minLength: 1, maxLength: MAX_TYPED_CODE } };
function typedCode(code: string): string {
  if (code.length > MAX_TYPED_CODE) throw ApiProblem.notFound();
  return code;
}

/** Anyone: verification by the code on the certificate (rate-limited per address; unknown → 404). */
@ApiTags('certificates')
@Public()
@ApiProblems(429)
@Controller('public/certificates')
export class PublicCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':code') @ApiParam(CODE_PARAM)
  verify(@Param('code') code: string, @Req() req: Request) { return this.certificates.verify(typedCode(code), req.ip ?? 'unknown'); }

  @Get(':code/credential') @ApiProduces(CREDENTIAL_TYPE) @ApiParam(CODE_PARAM)
  async credential(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendCredential(res, await this.certificates.publicCredential(typedCode(code), req.ip ?? 'unknown'), code.replace(/[^A-Za-z0-9]/g, '').slice(0, 20));
  }
}
