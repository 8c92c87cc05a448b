import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { CorrectHourEntryDto, CreateHourEntryDto, CreateMyHourEntryDto, DecideHourEntriesDto, HourEntriesQueryDto, MyHourEntriesQueryDto } from './dto/hours.dto';
import { HourEntriesService } from './hour-entries.service';
import { MyHoursService } from './my-hours.service';

/** Staff: the approval queue and the ledger of their centers / events (hr reads all, changes nothing). */
@ApiTags('hours')
@ApiBearerAuth()
@Controller('hour-entries')
export class HourEntriesController {
  constructor(private readonly entries: HourEntriesService) {}

  @Get() @Roles('admin', 'hr', 'coordinator', 'organizer')
  list(@CurrentUser() u: AuthUser, @Query() q: HourEntriesQueryDto) { return this.entries.list(u, q); }

  @Get('pending-count') @Roles('admin', 'hr', 'coordinator', 'organizer')
  pendingCount(@CurrentUser() u: AuthUser) { return this.entries.pendingCount(u); }

  @Post('decide') @Roles('admin', 'coordinator', 'organizer') @HttpCode(200)
  decide(@CurrentUser() u: AuthUser, @Body() dto: DecideHourEntriesDto) { return this.entries.decide(u, dto); }

  @Post() @Roles('admin', 'coordinator', 'organizer')
  create(@CurrentUser() u: AuthUser, @Body() dto: CreateHourEntryDto) { return this.entries.create(u, dto); }

  @Get(':id') @Roles('admin', 'hr', 'coordinator', 'organizer')
  one(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.entries.one(u, id); }

  @Post(':id/correct') @Roles('admin', 'coordinator', 'organizer') @HttpCode(200)
  correct(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CorrectHourEntryDto) { return this.entries.correct(u, id, dto); }
}

/** The volunteer's own hours. */
@ApiTags('hours')
@ApiBearerAuth()
@Controller('me')
export class MyHoursController {
  constructor(private readonly mine: MyHoursService) {}

  @Get('hours') @Roles('volunteer')
  summary(@CurrentUser() u: AuthUser) { return this.mine.summary(u); }

  @Get('hour-entries') @Roles('volunteer')
  list(@CurrentUser() u: AuthUser, @Query() q: MyHourEntriesQueryDto) { return this.mine.list(u, q); }

  @Post('hour-entries') @Roles('volunteer')
  create(@CurrentUser() u: AuthUser, @Body() dto: CreateMyHourEntryDto) { return this.mine.create(u, dto); }
}
