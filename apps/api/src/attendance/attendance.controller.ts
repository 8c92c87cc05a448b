import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditAs } from '../audit/audit.interceptor';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Roles } from '../common/decorators';
import type { Locale } from '../common/i18n/locale';
import { RequestLocale } from '../rostering/rostering.decorators';
import { MarkAttendanceDto, NoShowCorrectionDto, PlaceQueryDto, ReasonDto, ScanDto, SetPinDto } from './dto/attendance.dto';
import { KiosksService } from './kiosks.service';
import { StaffAttendanceService } from './staff-attendance.service';

const STAFF = ['admin', 'coordinator', 'organizer'] as const;

@ApiTags('attendance')
@ApiBearerAuth()
@Controller()
export class AttendanceController {
  constructor(
    private readonly kiosks: KiosksService,
    private readonly staff: StaffAttendanceService,
  ) {}

  // ——— the volunteer ———

  /** The phone opened a kiosk's QR link: check in (or out) to the shift the volunteer has now at that place. */
  @Post('attendance/scan') @Roles('volunteer') @HttpCode(200)
  scan(@CurrentUser() u: AuthUser, @Body() dto: ScanDto) { return this.kiosks.scan(u, dto, new Date()); }

  @Get('me/kiosk-pin') @Roles('volunteer')
  pinStatus(@CurrentUser() u: AuthUser) { return this.kiosks.pinStatus(u); }

  @Put('me/kiosk-pin') @Roles('volunteer') @HttpCode(204)
  setPin(@CurrentUser() u: AuthUser, @Body() dto: SetPinDto) { return this.kiosks.setPin(u, dto.pin); }

  // ——— staff ———

  @Get('attendance/now') @Roles(...STAFF)
  now(@CurrentUser() u: AuthUser, @Query() q: PlaceQueryDto) { return this.staff.now(u, q, new Date()); }

  @Get('attendance/blocked') @Roles(...STAFF)
  blocked(@CurrentUser() u: AuthUser, @Query() q: PlaceQueryDto) { return this.staff.blocked(u, q); }

  @Get('shifts/:id/attendance') @Roles(...STAFF)
  shiftAttendance(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string) { return this.staff.shiftAttendance(u, id); }

  @Post('shifts/:id/attendance') @Roles(...STAFF) @HttpCode(200) @AuditAs('shift')
  mark(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MarkAttendanceDto, @RequestLocale() locale: Locale) {
    return this.staff.mark(u, id, dto, locale, new Date());
  }

  @Post('assignments/:id/no-show-correction') @Roles(...STAFF) @HttpCode(200) @AuditAs('assignment')
  correctNoShow(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: NoShowCorrectionDto) {
    return this.staff.correctNoShow(u, id, dto, new Date());
  }

  @Post('volunteers/:id/no-show-block/clear') @Roles(...STAFF) @HttpCode(200) @AuditAs('volunteer')
  clearBlock(@CurrentUser() u: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.staff.clearBlock(u, id, dto.reason);
  }
}
