import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Public, Roles } from '../common/decorators';
import { ApiProblem } from '../common/http/api-problem';
import type { Locale } from '../common/i18n/locale';
import { CalendarService } from './calendar.service';
import { MyShiftsQueryDto, OfferSwapDto, OpenShiftsQueryDto, PositionQueryDto } from './dto/rostering.dto';
import { RequestLocale } from './rostering.decorators';
import { SignupService } from './signup.service';
import { SwapViewsService } from './swap-views.service';
import { VolunteerShiftsService } from './volunteer-shifts.service';

/** The volunteer's own pages (mobile-first console screens) and the public calendar feeds. */
@ApiTags('rostering')
@ApiBearerAuth()
@Controller()
export class VolunteerShiftsController {
  constructor(
    private readonly mine: VolunteerShiftsService,
    private readonly signup: SignupService,
    private readonly calendar: CalendarService,
    private readonly swapViews: SwapViewsService,
  ) {}

  @Get('me/shifts') @Roles('volunteer')
  myShifts(@CurrentUser() u: AuthUser, @Query() q: MyShiftsQueryDto, @RequestLocale() locale: Locale) { return this.mine.myShifts(u, q.when ?? 'upcoming', locale); }

  @Get('me/open-shifts') @Roles('volunteer')
  openShifts(@CurrentUser() u: AuthUser, @Query() q: OpenShiftsQueryDto, @RequestLocale() locale: Locale) { return this.mine.openShifts(u, q, locale); }

  @Get('me/open-shift-centers') @Roles('volunteer')
  openShiftCenters() { return this.mine.openShiftCenters(); }

  @Get('me/open-shift-positions') @Roles('volunteer')
  positions(@Query() q: PositionQueryDto) { return this.mine.positions(q); }

  @Post('me/assignments/:id/cancel') @Roles('volunteer') @HttpCode(204)
  cancel(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @RequestLocale() locale: Locale) { return this.signup.cancelMine(u, id, locale); }

  @Post('me/assignments/:id/swap') @Roles('volunteer')
  offer(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: OfferSwapDto) { return this.signup.offerSwap(u, id, dto.toVolunteerId); }

  /** Colleagues of my home center I may offer this shift to (names only). */
  @Get('me/assignments/:id/swap-candidates') @Roles('volunteer')
  swapCandidates(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.swapViews.swapCandidates(u, id); }

  /** Offers open to me (to me by name or to the pool) and the ones I took that wait for approval, with the shift and whether I may take it. */
  @Get('me/swaps') @Roles('volunteer')
  swaps(@CurrentUser() u: AuthUser, @RequestLocale() locale: Locale) { return this.swapViews.openToMe(u, locale); }

  @Post('swaps/:id/take') @Roles('volunteer') @HttpCode(200)
  take(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @RequestLocale() locale: Locale) { return this.signup.takeSwap(u, id, locale); }

  @Post('swaps/:id/withdraw') @Roles('volunteer') @HttpCode(204)
  withdraw(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.signup.withdrawSwap(u, id); }

  // ——— calendar feeds ———
  @Get('me/calendar-feed') @Roles('volunteer')
  feed(@CurrentUser() u: AuthUser) { return this.calendar.myFeed(u); }

  @Post('me/calendar-feed') @Roles('volunteer')
  newFeed(@CurrentUser() u: AuthUser) { return this.calendar.newMyFeed(u); }

  @Delete('me/calendar-feed') @Roles('volunteer') @HttpCode(204)
  revokeFeed(@CurrentUser() u: AuthUser) { return this.calendar.revokeMyFeed(u); }

  @Post('rostering/centers/:id/calendar-feed') @Roles('admin', 'coordinator')
  newCenterFeed(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.calendar.newCenterFeed(u, id); }

  @Delete('rostering/centers/:id/calendar-feed') @Roles('admin', 'coordinator') @HttpCode(204)
  revokeCenterFeed(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.calendar.revokeCenterFeed(u, id); }

  /** The feed itself: the secret token is the only credential (calendar apps cannot log in). */
  @Public()
  @Get('calendar/:file')
  @ApiParam({ name: 'file', description: 'The feed token, optionally with .ics (anything else is 404)', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{20,64}(\\.ics)?$', maxLength: 68 } })
  async ics(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = file.replace(/\.ics$/, '');
    const body = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await this.calendar.render(token) : null;
    if (!body) throw ApiProblem.notFound();
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.type('text/calendar; charset=utf-8').send(body);
  }
}
