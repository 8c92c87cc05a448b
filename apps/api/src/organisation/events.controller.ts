import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Page } from '../common/http/list-query.dto';
import { CreateEventDto, EventDto, EventListQueryDto, UpdateEventDto } from './dto/event.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Roles('admin', 'hr', 'organizer')
  list(@CurrentUser() user: AuthUser, @Query() query: EventListQueryDto): Promise<Page<EventDto>> {
    return this.organisation.listEvents(user, query);
  }

  @Get(':id')
  @Roles('admin', 'hr', 'organizer')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventDto> {
    return this.organisation.getEvent(user, id);
  }

  /** Organisers may create events too: they become an organiser of what they create (docs/rostering.md). */
  @Post()
  @Roles('admin', 'organizer')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEventDto): Promise<EventDto> {
    return this.organisation.createEvent(dto, user);
  }

  @Patch(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEventDto): Promise<EventDto> {
    return this.organisation.updateEvent(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.organisation.deleteEvent(id);
  }
}
