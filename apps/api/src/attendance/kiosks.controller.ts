import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/http/api-problems.decorator';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Public, Roles } from '../common/decorators';
import type { Locale } from '../common/i18n/locale';
import { RequestLocale } from '../rostering/rostering.decorators';
import { CreateKioskDto, KioskPinDto, KioskQueryDto, KioskSyncDto } from './dto/attendance.dto';
import type { KioskDeviceEntity } from './entities/kiosk-device.entity';
import { CurrentKiosk, KioskGuard } from './kiosk.guard';
import { KiosksService } from './kiosks.service';

const STAFF = ['admin', 'coordinator', 'organizer'] as const;

/** Staff open, list and revoke kiosks for their centers and events. */
@ApiTags('attendance')
@ApiBearerAuth()
@Controller('kiosks')
export class KiosksController {
  constructor(private readonly kiosks: KiosksService) {}

  /** The device token is in this answer only. */
  @Post() @Roles(...STAFF)
  create(@CurrentUser() u: AuthUser, @Body() dto: CreateKioskDto) { return this.kiosks.create(u, dto); }

  @Get() @Roles(...STAFF)
  list(@CurrentUser() u: AuthUser, @Query() q: KioskQueryDto) { return this.kiosks.list(u, q); }

  @Post(':id/revoke') @Roles(...STAFF) @HttpCode(204)
  revoke(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.kiosks.revoke(u, id, new Date()); }
}

/** The tablet itself: authenticated by its device token (X-Kiosk-Token), never by a user's login. */
@ApiTags('attendance')
@ApiSecurity('kioskToken')
@Public()
@UseGuards(KioskGuard)
@Controller('kiosk')
export class KioskDeviceController {
  constructor(private readonly kiosks: KiosksService) {}

  @Get('me')
  me(@CurrentKiosk() k: KioskDeviceEntity) { return this.kiosks.me(k, new Date()); }

  @Get('code')
  code(@CurrentKiosk() k: KioskDeviceEntity) { return this.kiosks.code(k, new Date()); }

  @Get('expected')
  expected(@CurrentKiosk() k: KioskDeviceEntity) { return this.kiosks.expected(k, new Date()); }

  @Post('pin') @HttpCode(200) @ApiProblems(429)
  pin(@CurrentKiosk() k: KioskDeviceEntity, @Body() dto: KioskPinDto) { return this.kiosks.pin(k, dto, new Date()); }

  @Post('sync') @HttpCode(200)
  sync(@CurrentKiosk() k: KioskDeviceEntity, @Body() dto: KioskSyncDto, @RequestLocale() locale: Locale) { return this.kiosks.sync(k, dto, locale, new Date()); }
}
