import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditAs } from '../audit/audit.interceptor';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Locale } from '../common/i18n/locale';
import { RequestLocale } from '../rostering/rostering.decorators';
import { BoardQueryDto, CreateIncidentDto, ReplaceDto, StandbyQueryDto, UpdateIncidentDto } from './dto/event-desk.dto';
import { EventDeskService } from './event-desk.service';

/** The organiser's event-day desk (docs/event-desk.md). The console polls the board every 10 s with If-None-Match. */
@ApiTags('event-desk')
@ApiBearerAuth()
@Controller('events/:id/desk')
export class EventDeskController {
  constructor(private readonly desk: EventDeskService) {}

  @Get('board') @Roles('admin', 'organizer')
  @ApiHeader({ name: 'If-None-Match', required: false, schema: { type: 'string', maxLength: 200 }, description: 'The ETag of the board the client has: 304 when nothing changed' })
  @ApiResponse({ status: 304, description: 'Not modified since the given ETag' })
  async board(
    @CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: BoardQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) res: Response,
  ) {
    const { body, etag } = await this.desk.board(u, id, q.date, new Date());
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    if (ifNoneMatch && ifNoneMatch.split(',').map((t) => t.trim()).includes(etag)) {
      res.status(304);
      return undefined;
    }
    return body;
  }

  @Get('standby') @Roles('admin', 'organizer')
  standby(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() q: StandbyQueryDto, @RequestLocale() locale: Locale) {
    return this.desk.standby(u, id, q.shiftId, locale, new Date());
  }

  @Post('replacements') @Roles('admin', 'organizer') @AuditAs('event')
  replace(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReplaceDto, @RequestLocale() locale: Locale) {
    return this.desk.replace(u, id, dto, locale, new Date());
  }

  @Get('incidents') @Roles('admin', 'organizer')
  incidents(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.desk.incidents(u, id); }

  @Post('incidents') @Roles('admin', 'organizer')
  createIncident(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateIncidentDto) {
    return this.desk.createIncident(u, id, dto, new Date());
  }

  @Patch('incidents/:incidentId') @Roles('admin', 'organizer')
  updateIncident(
    @CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('incidentId', ParseUUIDPipe) incidentId: string, @Body() dto: UpdateIncidentDto,
  ) {
    return this.desk.updateIncident(u, id, incidentId, dto, new Date());
  }
}
