import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { DebriefService } from './debrief.service';
import { EventFeedbackDto } from './dto/feedback.dto';

/** The organiser's debrief of an event: feedback charts, response rate, per-role hours and no-shows, comments. */
@ApiTags('debrief')
@ApiBearerAuth()
@Controller('events/:id/debrief')
export class DebriefController {
  constructor(private readonly debrief: DebriefService) {}

  @Get() @Roles('admin', 'organizer')
  get(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.debrief.debrief(u, id); }
}

/** A volunteer's feedback form for an event they served at (the link of the mail sent when it ends). */
@ApiTags('debrief')
@ApiBearerAuth()
@Controller('me/event-feedback/:id')
export class MyEventFeedbackController {
  constructor(private readonly debrief: DebriefService) {}

  @Get() @Roles('volunteer')
  form(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.debrief.form(u, id); }

  @Post() @Roles('volunteer')
  answer(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EventFeedbackDto) { return this.debrief.answer(u, id, dto); }
}
