import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditAs } from '../audit/audit.interceptor';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { ApiProblems } from '../common/http/api-problems.decorator';
import type { Page } from '../common/http/list-query.dto';
import { localeFrom } from '../common/i18n/locale';
import { AddNoteDto, ChangeHomeCenterDto, ChangeStatusDto, VolunteerDirectoryQueryDto, VolunteerExportQueryDto } from './dto/volunteers.dto';
import { VolunteerDirectoryService, type VolunteerListItemDto } from './volunteer-directory.service';
import { VolunteerProfileService, type VolunteerProfileDto } from './volunteer-profile.service';

const STAFF = ['admin', 'hr', 'coordinator', 'organizer'] as const;
const requestIdOf = (req: Request & { id?: unknown }) => (req.id ? String(req.id) : undefined);

/**
 * The staff directory of volunteers and their profiles (docs/people.md). Coordinators see their centers'
 * people, organisers the people on their events' shifts, HR and admins everyone; someone else's is a 404.
 */
@ApiTags('people')
@ApiBearerAuth()
@Controller('volunteers')
@Roles(...STAFF)
export class VolunteersController {
  constructor(
    private readonly directory: VolunteerDirectoryService,
    private readonly profiles: VolunteerProfileService,
  ) {}

  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: VolunteerDirectoryQueryDto): Promise<Page<VolunteerListItemDto>> {
    return this.directory.list(actor, query);
  }

  /** CSV (default) or XLSX of the filtered directory; audited. */
  @Get('export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentUser() actor: AuthUser, @Query() query: VolunteerExportQueryDto, @Req() req: Request & { id?: unknown }, @Res() res: Response): Promise<void> {
    const file = await this.directory.export(actor, query, localeFrom(req.headers['accept-language']), requestIdOf(req));
    if (query.envelope === 'true') {
      res.json({ filename: file.filename, contentType: file.contentType, base64: file.body.toString('base64') });
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }

  @Get(':id')
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<VolunteerProfileDto> {
    return this.profiles.get(actor, id);
  }

  /** The full FİN (admin, HR); each read is audited. */
  @Get(':id/fin')
  @Roles('admin', 'hr')
  fin(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request & { id?: unknown }): Promise<{ fin: string | null }> {
    return this.profiles.revealFin(actor, id, requestIdOf(req));
  }

  /** Pause, reactivate, alumni, left (the domain rule decides who may do which). */
  @Post(':id/status')
  @HttpCode(200)
  @Roles('admin', 'hr', 'coordinator')
  @AuditAs('volunteer')
  @ApiProblems(409)
  changeStatus(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeStatusDto): Promise<VolunteerProfileDto> {
    return this.profiles.changeStatus(actor, id, dto);
  }

  @Post(':id/home-center')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @AuditAs('volunteer')
  changeHomeCenter(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeHomeCenterDto): Promise<VolunteerProfileDto> {
    return this.profiles.changeHomeCenter(actor, id, dto);
  }

  @Post(':id/notes')
  @HttpCode(201)
  @AuditAs('volunteer')
  addNote(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddNoteDto): Promise<VolunteerProfileDto> {
    return this.profiles.addNote(actor, id, dto.body);
  }
}
