import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { localeFrom } from '../common/i18n/locale';
import type { Page } from '../common/http/list-query.dto';
import { UsersService } from '../users/users.service';
import { ApplicationsService, type ApplicationDetailDto, type BulkResult } from './applications.service';
import { ApplicationListQueryDto, BulkTransitionDto, ChecklistDto, ExportQueryDto, HomeCenterDto, LinkPersonDto, ScoresDto, TransitionDto } from './dto/application.dto';
import type { ApplicationSummaryDto } from './recruitment.mapper';

@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('applications')
@Roles('admin', 'hr', 'coordinator')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly users: UsersService,
  ) {}

  private async nameOf(actor: AuthUser): Promise<string> {
    return (await this.users.findWithAccess(actor.id))?.user.fullName ?? actor.email;
  }

  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: ApplicationListQueryDto): Promise<Page<ApplicationSummaryDto>> {
    return this.applications.list(actor, query);
  }

  /** CSV (default) or XLSX of the filtered list; audited. */
  @Get('export')
  async export(@CurrentUser() actor: AuthUser, @Query() query: ExportQueryDto, @Req() req: Request & { id?: string }, @Res() res: Response): Promise<void> {
    const file = await this.applications.export(actor, query, localeFrom(req.headers['accept-language']), req.id ? String(req.id) : undefined);
    if (query.envelope === 'true') {
      res.json({ filename: file.filename, contentType: file.contentType, base64: file.body.toString('base64') });
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }

  @Post('bulk-transitions')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  async bulk(@CurrentUser() actor: AuthUser, @Body() dto: BulkTransitionDto): Promise<{ results: BulkResult[] }> {
    return this.applications.bulk(actor, dto.ids, dto, await this.nameOf(actor));
  }

  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationDetailDto> {
    return this.applications.get(actor, id);
  }

  /** The full FİN (admin, HR); each read is audited. */
  @Get(':id/fin')
  @Roles('admin', 'hr')
  fin(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request & { id?: string }): Promise<{ fin: string | null }> {
    return this.applications.revealFin(actor, id, req.id ? String(req.id) : undefined);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles('admin', 'hr', 'coordinator')
  async transition(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: TransitionDto): Promise<ApplicationDetailDto> {
    return this.applications.transition(actor, id, dto, await this.nameOf(actor));
  }

  @Put(':id/scores')
  @Roles('admin', 'coordinator')
  async scores(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ScoresDto): Promise<ApplicationDetailDto> {
    return this.applications.score(actor, id, dto.scores, await this.nameOf(actor));
  }

  @Post(':id/checklist')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  checklist(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChecklistDto): Promise<ApplicationDetailDto> {
    return this.applications.setChecklist(actor, id, dto.item, dto.done);
  }

  /** Resolves a FİN conflict: links the verified application to one of `identityCandidates`. */
  @Post(':id/person')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  async person(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: LinkPersonDto): Promise<ApplicationDetailDto> {
    return this.applications.linkPerson(actor, id, dto.volunteerId, await this.nameOf(actor));
  }

  @Post(':id/home-center')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  homeCenter(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: HomeCenterDto): Promise<ApplicationDetailDto> {
    return this.applications.setHomeCenter(actor, id, dto.homeCenterId);
  }
}
