import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import { localeFrom } from '../common/i18n/locale';
import { GuestsQueryDto, SaveDelegationDto, SaveGuestDto } from './dto/event-guests.dto';
import { EventGuestsService, type UploadedSheet } from './event-guests.service';
import { GUEST_IMPORT_MAX_BYTES } from './guest-import';
import { GuestUploadInterceptor } from './guest-upload.interceptor';

const requestIdOf = (req: Request & { id?: unknown }) => (req.id ? String(req.id) : undefined);
const FILE_BODY = {
  schema: {
    type: 'object', required: ['file'],
    properties: { file: { type: 'string', format: 'binary', maxLength: GUEST_IMPORT_MAX_BYTES, description: 'CSV (UTF-8) or XLSX, at most 2 MB' } },
  },
};

/**
 * The guest's / delegation's id is checked after the event's scope (see EventGuestsService.assertEvent), so another
 * event's organiser gets 404 whatever id they send.
 */
const ID_PARAM = (name: string) => ({ name, schema: { type: 'string' as const, format: 'uuid', maxLength: 36 } });

/** An event's delegations: admins and the event's organisers (docs/event-guests.md). */
@ApiTags('event-guests')
@ApiBearerAuth()
@Controller('events/:id/delegations')
export class EventDelegationsController {
  constructor(private readonly guests: EventGuestsService) {}

  @Get() @Roles('admin', 'organizer')
  list(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string) { return this.guests.delegations(u, eventId); }

  @Post() @Roles('admin', 'organizer')
  create(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Body() dto: SaveDelegationDto) { return this.guests.createDelegation(u, eventId, dto); }

  @Put(':delegationId') @Roles('admin', 'organizer') @ApiParam(ID_PARAM('delegationId'))
  update(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Param('delegationId') id: string, @Body() dto: SaveDelegationDto) {
    return this.guests.updateDelegation(u, eventId, id, dto);
  }

  @Delete(':delegationId') @Roles('admin', 'organizer') @ApiParam(ID_PARAM('delegationId')) @HttpCode(204)
  remove(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Param('delegationId') id: string) { return this.guests.deleteDelegation(u, eventId, id); }
}

/** An event's guests — personal data: admins and the event's organisers; reads are audited. */
@ApiTags('event-guests')
@ApiBearerAuth()
@Controller('events/:id/guests')
export class EventGuestsController {
  constructor(private readonly guests: EventGuestsService) {}

  @Get() @Roles('admin', 'organizer')
  list(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Query() q: GuestsQueryDto, @Req() req: Request) {
    return this.guests.guests(u, eventId, q, requestIdOf(req));
  }

  /** Checks a CSV/XLSX guest list and shows what importing it would do, row by row; saves nothing. */
  @Post('import/preview') @Roles('admin', 'organizer') @HttpCode(200)
  @UseInterceptors(GuestUploadInterceptor) @ApiConsumes('multipart/form-data') @ApiBody(FILE_BODY)
  preview(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @UploadedFile() file: UploadedSheet | undefined, @Req() req: Request) {
    return this.guests.preview(u, eventId, file, localeFrom(req.headers['accept-language']));
  }

  /** Imports the same file's valid rows (rows with errors are skipped); a known key updates its guest. */
  @Post('import') @Roles('admin', 'organizer') @HttpCode(200)
  @UseInterceptors(GuestUploadInterceptor) @ApiConsumes('multipart/form-data') @ApiBody(FILE_BODY)
  accept(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @UploadedFile() file: UploadedSheet | undefined, @Req() req: Request) {
    return this.guests.accept(u, eventId, file, requestIdOf(req));
  }

  @Get(':guestId') @Roles('admin', 'organizer') @ApiParam(ID_PARAM('guestId'))
  one(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Param('guestId') id: string, @Req() req: Request) {
    return this.guests.guest(u, eventId, id, requestIdOf(req));
  }

  @Post() @Roles('admin', 'organizer')
  create(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Body() dto: SaveGuestDto) { return this.guests.createGuest(u, eventId, dto); }

  @Put(':guestId') @Roles('admin', 'organizer') @ApiParam(ID_PARAM('guestId'))
  update(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Param('guestId') id: string, @Body() dto: SaveGuestDto) {
    return this.guests.updateGuest(u, eventId, id, dto);
  }

  @Delete(':guestId') @Roles('admin', 'organizer') @ApiParam(ID_PARAM('guestId')) @HttpCode(204)
  remove(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) eventId: string, @Param('guestId') id: string) { return this.guests.deleteGuest(u, eventId, id); }
}
