import { Body, Controller, Get, Param, ParseUUIDPipe, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Public, Roles } from '../common/decorators';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { EventIntakeDto } from './dto/event-intake.dto';
import { EventIntakesService, type EventIntakeView } from './event-intakes.service';
import { PublicRateLimitGuard } from './public-rate-limit.guard';
import type { IntakeDto } from './recruitment.mapper';

/** An event's organiser opens or closes the event's own intake and edits its questions (docs/debrief.md). */
@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('events/:id/intake')
@Roles('admin', 'organizer')
export class EventIntakesController {
  constructor(private readonly intakes: EventIntakesService) {}

  @Get()
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventIntakeView> {
    return this.intakes.get(actor, id);
  }

  @Put()
  save(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EventIntakeDto): Promise<EventIntakeView> {
    return this.intakes.save(actor, id, dto);
  }
}

/** `#/apply?event=<slug or id>`: the event's open intake (then the ordinary `POST /public/intakes/:id/applications`). */
@ApiTags('recruitment (public)')
@Public()
@Controller('public/event-intakes')
@UseGuards(PublicRateLimitGuard)
@ApiProblems(429)
export class PublicEventIntakesController {
  constructor(private readonly intakes: EventIntakesService) {}

  @Get(':id')
  @ApiParam({ name: 'id', description: "The event's intake slug (e.g. socgov-2026) or the event id", schema: { type: 'string', maxLength: 80 } })
  intake(@Param('id') event: string): Promise<IntakeDto> {
    return this.intakes.publicIntake(event.slice(0, 80));
  }
}
