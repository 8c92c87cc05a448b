import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Locale } from '../common/i18n/locale';
import { RequestLocale } from '../rostering/rostering.decorators';
import { ApplyLiaisonMatchDto, StartLiaisonMatchDto } from './dto/liaisons.dto';
import { LiaisonsService } from './liaisons.service';

/** Liaison matching for an event's delegations (docs/liaisons.md): admins and the event's organisers. */
@ApiTags('liaisons')
@ApiBearerAuth()
@Controller()
export class LiaisonsController {
  constructor(private readonly liaisons: LiaisonsService) {}

  @Get('events/:id/liaisons') @Roles('admin', 'organizer')
  overview(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @RequestLocale() locale: Locale) { return this.liaisons.overview(u, id, locale); }

  @Post('events/:id/liaisons/match') @Roles('admin', 'organizer') @HttpCode(202)
  match(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: StartLiaisonMatchDto) { return this.liaisons.match(u, id, dto.timeLimitSeconds); }

  @Post('events/:id/liaisons/apply') @Roles('admin', 'organizer') @HttpCode(200)
  apply(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ApplyLiaisonMatchDto, @RequestLocale() locale: Locale) {
    return this.liaisons.apply(u, id, dto.runId, locale);
  }

  @Post('events/:id/liaisons/notify') @Roles('admin', 'organizer') @HttpCode(200)
  notify(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.liaisons.notify(u, id); }

  /** The volunteer's own delegations as their liaison: programme, duties, guests, fellow liaisons. */
  @Get('me/liaison-delegations') @Roles('volunteer')
  mine(@CurrentUser() u: AuthUser, @RequestLocale() locale: Locale) { return this.liaisons.mine(u, locale); }
}
