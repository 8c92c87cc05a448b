import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { CopyEventDayDto, CreateEventBlocksDto, StaffingAreaDto } from './dto/event-setup.dto';
import { EventSetupService } from './event-setup.service';

/** The organiser builds an event's time blocks and chooses where its volunteers come from. */
@ApiTags('rostering')
@ApiBearerAuth()
@Controller('rostering/events/:id')
export class EventSetupController {
  constructor(private readonly setup: EventSetupService) {}

  /** Days × blocks (position, from–to, slots, place) → shifts; blocks already there are not doubled. */
  @Post('blocks') @Roles('admin', 'organizer') @HttpCode(200)
  blocks(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateEventBlocksDto) { return this.setup.createBlocks(u, id, dto); }

  @Post('copy-day') @Roles('admin', 'organizer') @HttpCode(200)
  copyDay(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CopyEventDayDto) { return this.setup.copyDay(u, id, dto); }

  @Get('staffing-area') @Roles('admin', 'organizer')
  area(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.setup.staffingArea(u, id); }

  @Put('staffing-area') @Roles('admin', 'organizer')
  saveArea(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: StaffingAreaDto) { return this.setup.saveStaffingArea(u, id, dto); }
}
