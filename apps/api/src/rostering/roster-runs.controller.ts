import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Locale } from '../common/i18n/locale';
import { RosterRunListQueryDto, StartRosterRunDto } from './dto/roster-runs.dto';
import { RequestLocale } from './rostering.decorators';
import { RosterRunsService } from './roster-runs.service';

const STAFF = ['admin', 'coordinator', 'organizer'] as const;

/** Auto-roster: start a run for a center or an event, follow its progress, cancel it, apply its preview. */
@ApiTags('rostering')
@ApiBearerAuth()
@Controller('roster-runs')
export class RosterRunsController {
  constructor(private readonly runs: RosterRunsService) {}

  @Post() @Roles(...STAFF) @HttpCode(202)
  start(@CurrentUser() u: AuthUser, @Body() dto: StartRosterRunDto) { return this.runs.start(u, dto); }

  @Get() @Roles(...STAFF)
  list(@CurrentUser() u: AuthUser, @Query() q: RosterRunListQueryDto, @RequestLocale() locale: Locale) { return this.runs.list(u, q, locale); }

  @Get(':id') @Roles(...STAFF)
  get(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @RequestLocale() locale: Locale) { return this.runs.get(u, id, locale); }

  @Post(':id/cancel') @Roles(...STAFF) @HttpCode(200)
  cancel(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @RequestLocale() locale: Locale) { return this.runs.cancel(u, id, locale); }

  @Post(':id/apply') @Roles(...STAFF) @HttpCode(200)
  apply(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @RequestLocale() locale: Locale) { return this.runs.apply(u, id, locale); }
}
